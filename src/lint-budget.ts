import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
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
