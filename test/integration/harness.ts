import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createApiDouble } from '../support/api-double/server.mjs'
import { copyBundle, runAction } from '../support/run-action.mjs'

export const LABEL = 'security-incident'
export const NOW = '2026-03-10T12:00:00Z'
export const ACTION_ACTOR = 'github-actions'

const reports = join(import.meta.dirname, '../fixtures/reports')
/** A fixture report body by case name. */
export const body = (name: string) =>
  readFileSync(join(reports, `${name}.md`), 'utf8')

/** The API double, as its own module declares it (JSDoc, checked by tsc). */
export type Api = Awaited<
  ReturnType<ReturnType<typeof createApiDouble>['start']>
>
export type Comment = ReturnType<Api['comments']>[number]

export const newApi = async (): Promise<Api> => createApiDouble().start()

let entry: string | undefined
/** The bundle, copied once per test file to a folder without node_modules. */
export const bundle = () => (entry ??= copyBundle() as string)

export interface Run {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** Everything a run showed to anyone: logs, outputs and the job summary. */
export const everything = (r: Run) =>
  [r.stdout, r.stderr, JSON.stringify(r.outputs), r.summary].join('\n')

/** Run the bundled action for an `issues` event on issue `number` as the double holds it. */
export async function issueEvent(
  api: Api,
  action: string,
  number: number,
  options: {
    inputs?: Record<string, string>
    now?: string
    label?: string
    labels?: string[]
    env?: Record<string, string>
  } = {}
): Promise<Run> {
  const labels = options.labels ?? api.issue(number).labels
  return runAction({
    entry: bundle(),
    apiUrl: api.url,
    repository: `${api.owner}/${api.repo}`,
    event: 'issues',
    payload: {
      action,
      issue: { number, labels: labels.map((name) => ({ name })) },
      ...(options.label ? { label: { name: options.label } } : {})
    },
    inputs: options.inputs ?? {},
    now: options.now ?? NOW,
    env: options.env ?? {}
  }) as Promise<Run>
}

/** Run the bundled action for any event. */
export async function event(
  api: Api,
  name: string,
  payload: unknown,
  options: {
    inputs?: Record<string, string>
    now?: string
    env?: Record<string, string>
  } = {}
): Promise<Run> {
  return runAction({
    entry: bundle(),
    apiUrl: api.url,
    repository: `${api.owner}/${api.repo}`,
    event: name,
    payload,
    inputs: options.inputs ?? {},
    now: options.now ?? NOW,
    env: options.env ?? {}
  }) as Promise<Run>
}

/** The report comments the action wrote on an issue. */
export const ownComments = (api: Api, n: number) =>
  api.comments(n).filter((c) => c.author === 'github-actions[bot]')

/** Each test starts its own API double, so that tests run side by side. */
export async function withApi(fn: (api: Api) => Promise<void>): Promise<void> {
  const api = await newApi()
  try {
    await fn(api)
  } finally {
    await api.stop()
  }
}
