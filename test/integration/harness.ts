import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createApiDouble } from '../support/api-double/server.mjs'
import { copyBundle, runAction } from '../support/run-action.mjs'
import { runInProcess } from '../support/run-in-process.js'

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
export const bundle = () => (entry ??= copyBundle())

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

/**
 * How a scenario runs: in this process from source (fast), or as the spawned
 * bundle (`bundle: true`, for what only the bundle proves). With
 * INCIDENT_ISSUES_NODE set (`.ci/run`'s Node.js 24 pass) every scenario runs
 * the bundle, so that the whole suite proves the shipped artefact too.
 */
function runner(bundled: boolean | undefined) {
  return bundled || process.env.INCIDENT_ISSUES_NODE
    ? (o: Parameters<typeof runAction>[0]) => runAction(o) as Promise<Run>
    : (o: Parameters<typeof runAction>[0]) => runInProcess(o)
}

/** Run the action for an `issues` event on issue `number` as the double holds it. */
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
    /** Spawn the bundle (what only the bundle proves). */
    bundle?: boolean
  } = {}
): Promise<Run> {
  const labels = options.labels ?? api.issue(number).labels
  return runner(options.bundle)({
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
  })
}

/** Run the action for any event (in this process unless `bundle`). */
export async function event(
  api: Api,
  name: string,
  payload: unknown,
  options: {
    inputs?: Record<string, string>
    now?: string
    env?: Record<string, string>
    bundle?: boolean
  } = {}
): Promise<Run> {
  return runner(options.bundle)({
    entry: bundle(),
    apiUrl: api.url,
    repository: `${api.owner}/${api.repo}`,
    event: name,
    payload,
    inputs: options.inputs ?? {},
    now: options.now ?? NOW,
    env: options.env ?? {}
  })
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
