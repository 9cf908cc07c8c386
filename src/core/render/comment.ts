import type { Finding, Report, SectionReport, SectionSpec } from '../types.js'
import { titleKey } from '../normalise.js'
import { allFindings, credentialLines, exposesCredential } from '../findings.js'
import { isTooComplex } from '../report.js'
import { escapeText } from './escape.js'

/** First line of every report comment; found together with the author. */
export const MARKER = '<!-- incident-issues:report -->'

/** GitHub's limit for a comment body. */
export const MAX_COMMENT = 65_536

/** Findings listed before the list is cut (the rest are counted). */
const MAX_LISTED = 50

/** What each default section is for: the skeleton's guidance, in a comment. */
const HINTS: Record<string, string> = {
  TLDR: 'One or two sentences: who is affected, and must they act? At most 100 words; it comes first.',
  Summary:
    'What happened, what was exposed, and what the project did about it.',
  Timeline:
    'One line per event, oldest first, with a date and time in UTC: - 2022-04-15 14:05 UTC: what happened',
  References:
    "Links: the provider's notice, advisories (GHSA, CVE), related issues and pull requests.",
  Evidence:
    'Optional: logs or screenshots, with names, e-mail addresses, IP addresses and tokens removed.'
}

export interface CommentOptions {
  readonly specs: readonly SectionSpec[]
  readonly label: string
  /** Why the issue could not be pinned, if it could not. */
  readonly pinNotice?: string | undefined
  /** What happens to the comment once the report is complete. */
  readonly onComplete: 'minimize' | 'keep' | 'delete'
}

const ONCE_COMPLETE = {
  minimize: 'hidden once the report is complete',
  keep: 'kept once the report is complete',
  delete: 'deleted once the report is complete'
}

const ICON: Record<Finding['severity'], string> = {
  error: '❌',
  warning: '⚠️',
  info: 'ℹ️'
}

/** Whether the report needs the author's attention (a missing part, an error or a warning). */
export function needsAttention(report: Report): boolean {
  return (
    !report.complete || allFindings(report).some((f) => f.severity !== 'info')
  )
}

/** Our own short text (a label name from the inputs) as inline code. */
function code(text: string): string {
  return '`' + text.replace(/[`\r\n]/g, ' ').slice(0, 50) + '`'
}

/** How the section was written, when that differs from its name: `as “Timeline (UTC)”`. */
function as(s: SectionReport): string {
  if (!s.title || titleKey(s.title) === titleKey(s.name)) return ''
  return `, as “${escapeText(s.title, 60)}”`
}

function state(s: SectionReport): string {
  const counts = s.findings.filter((f) => f.source !== 'section').length
  const extra =
    counts > 0 ? `, ${counts} finding${counts === 1 ? '' : 's'}` : ''
  if (!s.present) return s.required ? '❌ missing' : '➖ not present (optional)'
  if (s.empty)
    return s.required
      ? `❌ empty (line ${s.line}${as(s)})`
      : `➖ empty (line ${s.line}${as(s)}, optional)`
  const worst = s.findings.some((f) => f.severity !== 'info') ? '⚠️' : '✅'
  return `${worst} line ${s.line}${as(s)}${extra}`
}

function findingLine(f: Finding): string {
  const cause = f.cause
    ? ` (${f.cause.message.toLowerCase()}: line ${f.cause.line})`
    : ''
  return `- ${ICON[f.severity]} line ${f.line}: ${f.message}${cause}`
}

/** A skeleton for the missing or empty required sections, from the specs. */
export function skeleton(
  names: readonly string[],
  specs: readonly SectionSpec[]
): string {
  return names
    .map((name) => {
      const spec = specs.find((s) => s.name === name)
      const hint = HINTS[name] ?? `What readers need to know under ${name}.`
      return `## ${spec?.name ?? name}\n<!-- ${hint} -->\n`
    })
    .join('\n')
}

/**
 * Render the report comment. Deterministic (no time stamps), so an unchanged
 * report renders the same text and the comment is not edited.
 */
export function renderComment(report: Report, options: CommentOptions): string {
  const attention = needsAttention(report)
  const missing = report.sections.filter(
    (s) => s.required && (!s.present || s.empty)
  )
  const lines: string[] = [MARKER]
  const exposed = exposesCredential(report)
  if (isTooComplex(report)) {
    lines.push(
      '### ⏱️ Incident report: too complex to check',
      '',
      `${report.findings[0]!.message}. Until it can be checked, the report counts as not complete.`,
      '',
      `<sub>Checked by incident-issues. This comment is updated when the issue is edited and ${ONCE_COMPLETE[options.onComplete]}.</sub>`
    )
    return lines.join('\n') + '\n'
  }
  if (exposed) {
    const where = credentialLines(report)
    lines.push(
      '### 🚨 Incident report: a credential is exposed in this issue',
      '',
      '> [!CAUTION]',
      `> Something that looks like a credential is in the issue body (line${where.length === 1 ? '' : 's'} ${where.slice(0, 10).join(', ')}). Anyone can read it already. In this order:`,
      '> 1. **Rotate it now**: revoke the credential where it was issued and make a new one.',
      '> 2. **Remove it** from the issue body.',
      "> 3. **Delete the old revision from the issue's edit history** (the *edited* menu above the body → the revision → *Delete revision from history*). GitHub keeps every revision until someone with write access deletes it.",
      '',
      'The report counts as not complete until the credential is gone.'
    )
  } else if (!attention) {
    lines.push(
      '### ✅ Incident report: complete',
      '',
      'Every required section is present. Thank you: readers can now tell quickly whether they were affected.'
    )
  } else if (missing.length > 0) {
    lines.push(
      `### 🛡️ Incident report: ${missing.length} required section${missing.length === 1 ? '' : 's'} to add`,
      '',
      `This issue carries the ${code(options.label)} label, so it is a public incident report. People read it to decide whether they were affected and what to do; the sections below help them decide quickly.`
    )
  } else {
    lines.push(
      '### ⚠️ Incident report: please check the findings below',
      '',
      'Every required section is present, but something needs a look.'
    )
  }
  lines.push('', '| Section | State |', '|---|---|')
  for (const s of report.sections) {
    lines.push(
      `| ${escapeText(s.name)}${s.required ? '' : ' *(optional)*'} | ${state(s)} |`
    )
  }
  // Missing and empty sections are in the table already.
  const findings = allFindings(report).filter(
    (f) => f.rule !== 'missing-section' && f.rule !== 'empty-section'
  )
  if (findings.length > 0) {
    lines.push('', '**Findings** (line numbers are in the issue body)', '')
    for (const f of findings.slice(0, MAX_LISTED)) lines.push(findingLine(f))
    if (findings.length > MAX_LISTED) {
      lines.push(
        `- … and ${findings.length - MAX_LISTED} more findings not shown. To see them all, lint the body locally as the incident-issues README says under “Linting a draft locally”.`
      )
    }
  }
  if (missing.length > 0 && report.otherHeadings.length > 0) {
    const named = report.otherHeadings
      .slice(0, 5)
      .map((h) => `“${escapeText(h.title, 60)}” (line ${h.line})`)
      .join(', ')
    lines.push(
      '',
      `Headings that name no section: ${named}. If one of them holds a missing section, rename it to the section's name.`
    )
  }
  if (missing.length > 0) {
    lines.push(
      '',
      '**To do:** add the missing sections. A heading per section works best; a bold label on its own line (`**TLDR**`) works too.',
      '',
      '<details><summary>Skeleton to copy</summary>',
      '',
      '```markdown',
      skeleton(
        missing.map((s) => s.name),
        options.specs
      ).trimEnd(),
      '```',
      '',
      '</details>'
    )
  }
  if (options.pinNotice) {
    lines.push('', '> [!NOTE]', `> ${options.pinNotice}`)
  }
  lines.push(
    '',
    attention
      ? `<sub>Checked by incident-issues. This comment is updated when the issue is edited and ${ONCE_COMPLETE[options.onComplete]}.</sub>`
      : '<sub>Checked by incident-issues.</sub>'
  )
  const text = lines.join('\n') + '\n'
  return text.length <= MAX_COMMENT
    ? text
    : text.slice(0, MAX_COMMENT - 200) +
        "\n\n… (cut at GitHub's comment limit)\n"
}
