import { isMainThread } from 'node:worker_threads'
import { main } from './main.js'

/*
 * The only module with top-level effects. One bundle, three roles, so that
 * the action, the CLI and the lint worker share one copy of what they share:
 * - a worker thread (lint-budget.ts starts this file as one): lint one body;
 * - the CLI (dist/cli/index.js sets the flag, then imports this file);
 * - otherwise the action.
 * Each role loads its code with `await import()`: the action still decides an
 * unrelated event before remark or Octokit load.
 */
const cliRole = (globalThis as { incidentIssuesCli?: boolean })
  .incidentIssuesCli
if (!isMainThread) {
  const { runLintWorker } = await import('./lint-worker.js')
  await runLintWorker()
} else if (cliRole === true) {
  const { cli, processIo } = await import('./cli/lint.js')
  process.exitCode = await cli(process.argv.slice(2), processIo)
} else {
  await main()
}
