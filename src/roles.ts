/**
 * The environment variable value that starts the bundle's entry as the lint
 * worker (lint-budget.ts sets it in the worker's own environment). The entry
 * reads it without loading node:worker_threads, to keep the action's cold
 * start short; the worker checks that it really is one.
 */
export const LINT_WORKER_ROLE = 'lint-worker'
