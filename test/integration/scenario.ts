/**
 * The words the integration tests tell their stories in: one place for the
 * clock, the sample bodies and the common moves.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { body, event, LABEL, NOW, type Api, type Run } from './harness.js'

export { LABEL, NOW }

const DAY = 86_400_000

/** `days` whole days (and `ms` milliseconds) after NOW, as GitHub writes dates. */
export const daysFromNow = (days: number, ms = 0) =>
  new Date(Date.parse(NOW) + days * DAY + ms).toISOString()
/** `days` days before NOW, then `ms` milliseconds later (`ago(3, 1000)` is not yet 3 days). */
export const ago = (days: number, ms = 0) => daysFromNow(-days, ms)

/** A first draft: TLDR and Summary, Timeline and References still to write. */
export const DRAFT =
  '## TLDR\nNo action needed.\n\n## Summary\nThe provider leaked OAuth tokens.\n'
/** A complete report. */
export const COMPLETE = body('ok-all-sections')

/** The nightly sweep, at `now`. */
export const sweep = (
  api: Api,
  inputs: Record<string, string> = {},
  now = NOW,
  env: Record<string, string> = {}
): Promise<Run> =>
  event(api, 'schedule', { schedule: '17 3 * * *' }, { inputs, now, env })

/**
 * A workspace for `record-dir` (a folder of its own inside it): the input
 * and the environment to pass, and where the files land.
 */
export function recordWorkspace(): {
  readonly dir: string
  readonly inputs: Record<string, string>
  readonly env: Record<string, string>
} {
  const workspace = mkdtempSync(join(tmpdir(), 'incident-issues-ws-'))
  return {
    dir: join(workspace, 'record'),
    inputs: { 'record-dir': 'record' },
    env: { GITHUB_WORKSPACE: workspace }
  }
}

/** An incident closed `days` ago and pinned by `pinnedBy` (the action by default). */
export const closedIncident = (
  api: Api,
  number: number,
  days: number,
  pinnedBy = 'github-actions'
) =>
  api.addIssue({
    number,
    labels: [LABEL],
    body: COMPLETE,
    closedAt: ago(days),
    pinnedBy
  })
