import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { lint } from './core/lint.js'
import type { SectionSpec } from './core/types.js'

/**
 * The linter off the main thread, so that the action can stop it when a
 * hostile body would take longer than the time budget (micromark has
 * inputs that cost it seconds). Its only effect: lint the body it was given.
 */
export async function runLintWorker(): Promise<boolean> {
  if (isMainThread || !parentPort) return false
  const { body, specs, issue } = workerData as {
    body: string
    specs: SectionSpec[]
    issue: number
  }
  parentPort.postMessage(await lint(body, specs, issue))
  return true
}
