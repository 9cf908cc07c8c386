import type { IssueOutcome, Report, SweepRow } from '../types.js'
import { exposesCredential } from '../findings.js'
import { isTooComplex } from '../report.js'
import { escapeText } from './escape.js'

const yesNo = (b: boolean) => (b ? 'pinned' : 'not pinned')
const cell = (text: string) => escapeText(text, 120)

/** Why a report is not complete, in words (no issue text). */
function whyIncomplete(report: Report): string {
  if (isTooComplex(report)) return 'the body is too complex to check in time'
  const why: string[] = []
  if (report.missing.length > 0)
    why.push(
      `missing or empty ${report.missing.map((m) => `\`${escapeText(m)}\``).join(', ')}`
    )
  if (exposesCredential(report))
    why.push(
      'a credential is exposed in the body (rotate it, remove it, delete the old revision)'
    )
  return why.join('; ')
}

/** The job summary for one issue event, as Markdown. */
export function renderIssueSummary(
  s: IssueOutcome,
  run: { readonly actions: readonly string[]; readonly dryRun: boolean }
): string {
  const title = s.found ? cell(s.title) : '(not found)'
  const lines = [`### incident-issues: #${s.number} ${title}`, '']
  if (s.untrusted) {
    lines.push(
      `**Not treated as an incident**: ${cell(s.untrusted)}. Nothing was written.`
    )
  } else if (!s.incident) {
    lines.push('Not an incident report (no incident label).')
  } else if (s.report) {
    lines.push(
      s.report.complete
        ? 'The report is **complete**.'
        : `The report is **incomplete**: ${whyIncomplete(s.report)}.`,
      '',
      '| Section | Present | Empty | Line | Findings |',
      '|---|---|---|---|---|'
    )
    for (const sec of s.report.sections) {
      lines.push(
        `| ${escapeText(sec.name)}${sec.required ? '' : ' (optional)'} | ${sec.present ? 'yes' : 'no'} | ${sec.empty ? 'yes' : 'no'} | ${sec.line ?? ''} | ${sec.findings.length} |`
      )
    }
  }
  lines.push(
    '',
    `Pin: ${yesNo(s.pinnedBefore)} → ${yesNo(s.pinned)} (${cell(s.pinReason)})`,
    ''
  )
  lines.push(
    run.dryRun ? '**Dry run**: nothing was written. It would have:' : 'Done:'
  )
  if (run.actions.length === 0) lines.push('- nothing (no change needed)')
  for (const a of run.actions) lines.push(`- ${cell(a)}`)
  return lines.join('\n') + '\n'
}

/** The sweep's job summary: one row an incident, then totals. */
export function renderSweepSummary(
  rows: readonly SweepRow[],
  unpinned: readonly number[],
  pinned: readonly number[],
  dryRun: boolean,
  untrusted: readonly {
    readonly number: number
    readonly reason: string
  }[] = []
): string {
  const lines = [
    `### incident-issues sweep${dryRun ? ' (dry run: nothing was written)' : ''}`,
    '',
    '| Issue | State | Closed | Days since close | Pinned before → after | Why |',
    '|---|---|---|---|---|---|'
  ]
  for (const r of rows) {
    lines.push(
      `| #${r.number} ${cell(r.title)} | ${r.state} | ${r.closedAt ? r.closedAt.slice(0, 10) : ''} | ${r.daysClosed ?? ''} | ${yesNo(r.pinnedBefore)} → ${yesNo(r.pinnedAfter)} | ${cell(r.why)} |`
    )
  }
  if (rows.length === 0)
    lines.push('| (no incident is open or pinned) | | | | | |')
  if (untrusted.length > 0) {
    lines.push(
      '',
      `Not treated as incidents (the label was not applied by a maintainer): ${untrusted
        .map((u) => `#${u.number} (${cell(u.reason)})`)
        .join('; ')}.`
    )
  }
  const verb = dryRun ? 'would be ' : ''
  lines.push(
    '',
    `${rows.length} incident(s) considered; ${unpinned.length} ${verb}unpinned${unpinned.length ? ` (${unpinned.map((n) => `#${n}`).join(', ')})` : ''}; ${pinned.length} ${verb}pinned${pinned.length ? ` (${pinned.map((n) => `#${n}`).join(', ')})` : ''}.`
  )
  return lines.join('\n') + '\n'
}

/** What the public record did that a maintainer should know. */
export function renderRecordNotes(
  notes: readonly { readonly number: number; readonly note: string }[]
): string {
  return [
    '### incident-issues: the public record',
    '',
    ...notes.map((n) => `- #${n.number}: ${escapeText(n.note, 300)}`),
    ''
  ].join('\n')
}
