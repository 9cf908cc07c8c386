import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { BodyAnalysis } from './core/record/analyse.js'
import { tooComplex } from './core/report.js'
import type { Report, SectionSpec } from './core/types.js'
import { LINT_WORKER_ROLE } from './roles.js'

/** How long linting one body may take: fixed, not an input (SPEC "Failures"). */
export const LINT_BUDGET_MS = 10_000

type Lint = (
  body: string,
  specs: readonly SectionSpec[],
  issue: number
) => Promise<Report>

/**
 * The bundle's entry beside this chunk (dist/index.js), which lints in a
 * worker thread; null when running from source.
 */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url)
  if (!here.endsWith('.js')) return null
  const file = join(dirname(here), 'index.js')
  return existsSync(file) ? file : null
}

/**
 * Lint in a worker thread, stopped after the budget: a body that takes longer
 * gets a report that says it is too complex to check in time (not complete),
 * and the run goes on. `INCIDENT_ISSUES_LINT_BUDGET_MS` lets tests shorten it.
 */
export function lintWithBudget(env: NodeJS.ProcessEnv): Lint {
  const budget = Number(env.INCIDENT_ISSUES_LINT_BUDGET_MS) || LINT_BUDGET_MS
  return async (body, specs, issue) => {
    const file = workerFile()
    if (!file) {
      // Run from source (tests of the handlers): no worker, no budget.
      const { lint } = await import('./core/lint.js')
      return lint(body, specs, issue)
    }
    return new Promise<Report>((resolve, reject) => {
      const worker = new Worker(file, {
        workerData: { body, specs, issue },
        env: { ...process.env, INCIDENT_ISSUES_ROLE: LINT_WORKER_ROLE }
      })
      const timer = setTimeout(() => {
        void worker.terminate()
        resolve(tooComplex(issue, specs, budget))
      }, budget)
      worker.once('message', (report: Report) => {
        clearTimeout(timer)
        void worker.terminate()
        resolve(report)
      })
      worker.once('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
    })
  }
}

/** What the record gives a body that could not be checked within the budget. */
export const TOO_COMPLEX: BodyAnalysis = {
  complete: false,
  withheld: false,
  tldr: null,
  tooComplex: true
}

/**
 * The record's analysis of many bodies, each under the time budget, on as
 * many worker threads as the machine has cores (at most 4): a body that takes
 * longer is "too complex to check" (not complete, no TLDR published) and its
 * worker is replaced; the others go on. From source (tests), in this thread.
 */
export function analyseWithBudget(
  env: NodeJS.ProcessEnv
): (
  bodies: readonly string[],
  specs: readonly SectionSpec[]
) => Promise<BodyAnalysis[]> {
  return async (bodies, specs) => {
    const pool = analysisPool(env)
    try {
      return await pool.analyse(bodies, specs)
    } finally {
      pool.close()
    }
  }
}

/**
 * `analyseWithBudget` whose workers outlive one call: an organisation's
 * record analyses each repository's bodies in turn, and starting workers
 * for each would cost more than the analysis. `close` ends them.
 */
export function analysisPool(env: NodeJS.ProcessEnv): {
  analyse: (
    bodies: readonly string[],
    specs: readonly SectionSpec[]
  ) => Promise<BodyAnalysis[]>
  close: () => void
} {
  const budget = Number(env.INCIDENT_ISSUES_LINT_BUDGET_MS) || LINT_BUDGET_MS
  const idle: { worker: Worker; specs: readonly SectionSpec[] }[] = []
  const start = (file: string, specs: readonly SectionSpec[]) =>
    new Worker(file, {
      workerData: { mode: 'record', specs },
      env: { ...process.env, INCIDENT_ISSUES_ROLE: LINT_WORKER_ROLE }
    })
  const analyse = async (
    bodies: readonly string[],
    specs: readonly SectionSpec[]
  ): Promise<BodyAnalysis[]> => {
    const file = workerFile()
    if (!file || bodies.length === 0) {
      const { analyseBodies } = await import('./core/record/analyse.js')
      return analyseBodies(bodies, specs)
    }
    const results: BodyAnalysis[] = new Array<BodyAnalysis>(bodies.length)
    let next = 0
    /** A worker for these sections: an idle one, or a new one. */
    const take = () => {
      const at = idle.findIndex((w) => w.specs === specs)
      const found = at === -1 ? undefined : idle.splice(at, 1)[0]
      if (found) found.worker.ref()
      return found?.worker ?? start(file, specs)
    }
    /** One lane: a worker that takes the next body until none is left. */
    const lane = async (): Promise<void> => {
      let worker = take()
      try {
        while (next < bodies.length) {
          const id = next++
          results[id] = await new Promise<BodyAnalysis>((resolve, reject) => {
            const timer = setTimeout(() => {
              worker.removeAllListeners()
              void worker.terminate()
              worker = start(file, specs)
              resolve(TOO_COMPLEX)
            }, budget)
            worker.once(
              'message',
              (m: { id: number; analysis: BodyAnalysis }) => {
                clearTimeout(timer)
                worker.removeAllListeners('error')
                resolve(m.analysis)
              }
            )
            worker.once('error', (error) => {
              clearTimeout(timer)
              reject(error)
            })
            worker.postMessage({ id, body: bodies[id] })
          })
        }
        // Idle, it does not keep the process alive.
        worker.unref()
        idle.push({ worker, specs })
      } catch (error) {
        void worker.terminate()
        throw error
      }
    }
    const lanes = Math.max(
      1,
      Math.min(4, availableParallelism(), bodies.length)
    )
    await Promise.all(Array.from({ length: lanes }, lane))
    return results
  }
  return {
    analyse,
    close: () => {
      for (const { worker } of idle.splice(0)) void worker.terminate()
    }
  }
}
