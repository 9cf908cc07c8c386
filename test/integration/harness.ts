import { readFileSync } from 'node:fs'
import { join } from 'node:path'
// @ts-expect-error plain JavaScript shared with the demo
import { createApiDouble } from '../support/api-double/server.mjs'
// @ts-expect-error plain JavaScript shared with the demo
import { copyBundle, runAction } from '../support/run-action.mjs'

export const LABEL = 'security-incident'
export const NOW = '2026-03-10T12:00:00Z'
export const ACTION_ACTOR = 'github-actions'

const reports = join(import.meta.dirname, '../fixtures/reports')
/** A fixture report body by case name. */
export const body = (name: string) =>
  readFileSync(join(reports, `${name}.md`), 'utf8')

export interface Comment {
  id: string
  databaseId: number
  issue: number
  author: string
  body: string
  isMinimized: boolean
  minimizedReason: string | null
}

export interface Api {
  url: string
  owner: string
  repo: string
  requests: {
    method: string
    path: string
    kind: 'read' | 'write'
    operation?: string
  }[]
  start(): Promise<Api>
  stop(): Promise<void>
  addIssue(spec: {
    number: number
    title?: string
    body?: string
    state?: 'OPEN' | 'CLOSED'
    labels?: string[]
    createdAt?: string
    closedAt?: string | null
    pinnedBy?: string
    isPullRequest?: boolean
    author?: string | null
    labeledBy?: string | null
    stateReason?: string | null
  }): {
    body: string
    labels: string[]
    events: { type: string; actor: string }[]
  }
  issue(n: number): {
    body: string
    labels: string[]
    state: string
    events: { type: string; actor: string }[]
  }
  addComment(issue: number, author: string, body: string): Comment
  comments(issue: number): Comment[]
  deleteComment(id: number): void
  pinned(): number[]
  pinAs(n: number, login: string): void
  unpinAs(n: number, login: string): void
  setClosed(
    n: number,
    closedAt: string | null,
    reason?: 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE'
  ): void
  labelAs(n: number, label: string, login: string): void
  unlabelAs(n: number, label: string, login: string): void
  setRole(login: string, role: string, base?: string): void
  addRepoLabel(name: string): void
  setPermission(level: 'read' | 'write'): void
  fault(f: {
    match: (r: {
      method: string
      path: string
      kind: string
      operation?: string
    }) => boolean
    status: number
    headers?: Record<string, string>
    body?: unknown
    times?: number
    /** The request is carried out, then its answer replaced by this fault. */
    lost?: boolean
  }): void
  afterNextRead(fn: () => void): void
  clearFaults(): void
  counts(): { reads: number; writes: number }
  resetCounts(): void
}

export const newApi = async (): Promise<Api> =>
  (createApiDouble() as Api).start()

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
