import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { lint } from './core/lint.js'
import { analyseBodies } from './core/record/analyse.js'
import type { SectionSpec } from './core/types.js'

/**
 * The linter off the main thread, so that the action can stop it when a
 * hostile body would take longer than the time budget (micromark has
 * inputs that cost it seconds). Two modes: lint the one body it was given
 * (issue events), or analyse the bodies it is sent one at a time for the
 * record (`mode: 'record'`), until it is stopped.
 */
export async function runLintWorker(): Promise<boolean> {
  if (isMainThread || !parentPort) return false
  const port = parentPort
  const data = workerData as
    | { mode?: undefined; body: string; specs: SectionSpec[]; issue: number }
    | { mode: 'record'; specs: SectionSpec[] }
  if (data.mode === 'record') {
    port.on('message', (job: { id: number; body: string }) => {
      void analyseBodies([job.body], data.specs).then(([analysis]) =>
        port.postMessage({ id: job.id, analysis })
      )
    })
    return true
  }
  port.postMessage(await lint(data.body, data.specs, data.issue))
  return true
}
