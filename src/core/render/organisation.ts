import type { LeftOut } from '../repositories.js'
import type { SweepRow } from '../types.js'
import { escapeText } from './escape.js'

/** A repository name in a table cell (names are GitHub's, but still escaped). */
const repo = (name: string) => `\`${name.replace(/`/g, '')}\``
const cell = (text: string, max = 300) => escapeText(text, max)
const numbers = (ns: readonly number[]) =>
  ns.length ? ns.map((n) => `#${n}`).join(', ') : '—'

/** The job summary gives up on details past this size (GitHub's limit is 1 MiB). */
const DETAILS_BUDGET = 400_000

export interface OrganisationSweepView {
  readonly covered: readonly string[]
  readonly leftOut: LeftOut
  readonly ownersFailed: readonly {
    readonly owner: string
    readonly why: string
  }[]
  readonly via: 'installation' | 'owner' | null
  readonly outcomes: readonly {
    readonly repository: string
    readonly failure: string | null
    readonly rows: readonly SweepRow[]
    readonly untrusted: readonly { readonly number: number }[]
    readonly pinned: readonly number[]
    readonly unpinned: readonly number[]
  }[]
}

/** What discovery left out, in words; '' when nothing. */
export function leftOutLine(l: LeftOut): string {
  const parts = [
    l.archived && `${l.archived} archived`,
    l.forks && `${l.forks} fork${l.forks === 1 ? '' : 's'}`,
    l.issuesDisabled && `${l.issuesDisabled} with issues turned off`,
    l.excluded && `${l.excluded} left out by \`!owner/name\``
  ].filter(Boolean)
  return parts.length ? `Not covered: ${parts.join(', ')}.` : ''
}

/** The organisation sweep's job summary: one row per repository, then each one's incidents. */
export function renderOrganisationSweep(
  v: OrganisationSweepView,
  dryRun: boolean
): string {
  const failed = v.outcomes.filter((o) => o.failure !== null)
  const lines = [
    `### incident-issues sweep of ${v.covered.length} repositor${v.covered.length === 1 ? 'y' : 'ies'}${dryRun ? ' (dry run: nothing was written)' : ''}`,
    '',
    [
      v.via === 'installation'
        ? 'Repositories from the GitHub App installation.'
        : v.via === 'owner'
          ? "Repositories from the owners' lists (the token is not an App installation's)."
          : '',
      leftOutLine(v.leftOut),
      failed.length
        ? `**${failed.length} failed** (named below and in the run's error).`
        : ''
    ]
      .filter(Boolean)
      .join(' '),
    '',
    '| Repository | Incidents | Pinned | Unpinned | Outcome |',
    '|---|---|---|---|---|'
  ]
  for (const o of v.ownersFailed)
    lines.push(`| ${repo(`${o.owner}/*`)} | | | | ❌ ${cell(o.why)} |`)
  for (const o of v.outcomes)
    lines.push(
      `| ${repo(o.repository)} | ${o.failure !== null && o.rows.length === 0 ? '' : o.rows.length} | ${numbers(o.pinned)} | ${numbers(o.unpinned)} | ${o.failure === null ? '✅ ok' : `❌ ${cell(o.failure)}`} |`
    )
  if (v.outcomes.length === 0 && v.ownersFailed.length === 0)
    lines.push('| (no repository is covered) | | | | |')
  let size = lines.join('\n').length
  const details: string[] = []
  for (const o of v.outcomes) {
    if (o.rows.length === 0 && o.untrusted.length === 0) continue
    const table = [
      '',
      `<details><summary>${o.repository.replace(/[<>&"]/g, '')}: ${o.rows.length} incident(s)</summary>`,
      '',
      '| Issue | State | Closed | Pinned before → after | Why |',
      '|---|---|---|---|---|',
      ...o.rows.map(
        (r) =>
          `| #${r.number} ${cell(r.title, 120)} | ${r.state} | ${r.closedAt ? r.closedAt.slice(0, 10) : ''} | ${r.pinnedBefore ? 'pinned' : 'not pinned'} → ${r.pinnedAfter ? 'pinned' : 'not pinned'} | ${cell(r.why, 120)} |`
      ),
      ...(o.untrusted.length
        ? [
            '',
            `Not treated as incidents (the label was not applied by a maintainer): ${numbers(o.untrusted.map((u) => u.number))}.`
          ]
        : []),
      '',
      '</details>'
    ].join('\n')
    if (size + table.length > DETAILS_BUDGET) {
      details.push(
        '',
        'The other repositories’ incidents are left out of this summary (it would be too long); the log has every line.'
      )
      break
    }
    size += table.length
    details.push(table)
  }
  return [...lines, ...details, ''].join('\n')
}

/** Why an organisation run failed: each failed repository (or owner) and why. */
export function renderOrganisationFailure(
  failed: readonly { readonly name: string; readonly why: string }[]
): string {
  return [
    `${failed.length} repositor${failed.length === 1 ? 'y' : 'ies'} failed; every other one was served:`,
    ...failed.map((f) => `- ${f.name}: ${oneLine(f.why)}`),
    'Likely causes: the GitHub App is not installed on the repository, or lacks "Issues: read and write" there; the repository is archived or has issues turned off (leave it out with `!owner/name`). See docs/organisation.md.'
  ].join('\n')
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').slice(0, 600)

/** The notice issues of each report, and what happened to each. */
export function renderNotices(n: {
  readonly reports: ReadonlyMap<
    string,
    readonly {
      readonly repository: string
      readonly number: number | null
      readonly did: string
    }[]
  >
  readonly foreign: readonly {
    readonly repository: string
    readonly number: number
    readonly report: string
  }[]
}): string {
  const code = (s: string) => `\`${s.replace(/`/g, '')}\``
  const lines = ['### incident-issues: notice issues', '']
  if (n.reports.size === 0 && n.foreign.length === 0)
    lines.push('No report names another repository.')
  for (const [report, notices] of n.reports)
    lines.push(
      `- ${code(report)}: ${
        notices.length
          ? notices
              .map(
                (x) =>
                  `${code(x.number === null ? x.repository : `${x.repository}#${x.number}`)} ${x.did}`
              )
              .join('; ')
          : 'no notice'
      }`
    )
  if (n.foreign.length)
    lines.push(
      '',
      `Left alone (they carry a notice marker but the token did not write them): ${n.foreign
        .map(
          (f) =>
            `${code(`${f.repository}#${f.number}`)} (for ${code(f.report)})`
        )
        .join(', ')}.`
    )
  return lines.join('\n') + '\n'
}
