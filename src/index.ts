import { main } from './main.js'
import { LINT_WORKER_ROLE } from './roles.js'

/*
 * The only module with top-level effects. One bundle, three roles, so that
 * the action, the CLI and the lint worker share one copy of what they share:
 * - a worker thread (lint-budget.ts starts this file as one, with the role in
 *   its environment; lint-worker.ts checks that it is a worker): lint one body;
 * - the CLI (dist/cli/index.js sets the flag, then imports this file);
 * - otherwise the action.
 * Each role loads its code with `await import()`: the action still decides an
 * unrelated event before remark or Octokit load.
 */
const cliRole = (globalThis as { incidentIssuesCli?: boolean })
  .incidentIssuesCli
if (process.env.INCIDENT_ISSUES_ROLE === LINT_WORKER_ROLE) {
  const { runLintWorker } = await import('./lint-worker.js')
  // Not a worker after all (the variable set in a workflow): the action.
  if (!(await runLintWorker())) await main()
} else if (cliRole === true) {
  const { cli, processIo } = await import('./cli/lint.js')
  process.exitCode = await cli(process.argv.slice(2), processIo)
} else {
  await main()
}
