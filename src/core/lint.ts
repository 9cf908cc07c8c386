import { runCheck } from './checks/index.js'
import { redact } from './credentials.js'
import { byPosition } from './findings.js'
import { scanCredentials } from './scan-credentials.js'
import { LineIndex } from './lines.js'
import { parseBody } from './markdown.js'
import { findSections } from './sections.js'
import { DEFAULT_SECTIONS } from './sections-defaults.js'
import type {
  Finding,
  FoundSection,
  Report,
  SectionReport,
  SectionSpec
} from './types.js'

/** GitHub's limit for an issue body; longer text is checked up to here. */
export const MAX_BODY = 65_536

/** How much text is scanned for credentials at most (a local file may be large). */
export const MAX_SCANNED = 1 << 20

/**
 * Check an issue body against the configured sections. Pure: the same body and
 * specs always give the same report.
 */
export async function lint(
  input: string | null | undefined,
  specs: readonly SectionSpec[] = DEFAULT_SECTIONS,
  issue: number | null = null
): Promise<Report> {
  return (await lintSections(input, specs, issue)).report
}

/**
 * `lint`, with the sections as found (the record renders the TLDR from them).
 * `scanned`: the credential scan of this body when it was made already (the
 * record scans every body in one pass); by default it is made here.
 */
export async function lintSections(
  input: string | null | undefined,
  specs: readonly SectionSpec[] = DEFAULT_SECTIONS,
  issue: number | null = null,
  scanned?: readonly Finding[]
): Promise<{ report: Report; found: readonly FoundSection[] }> {
  // The structure is checked up to GitHub's limit; credentials are looked for
  // in all of it (a local draft may be longer), up to a bound on the work.
  const whole = (input ?? '').slice(0, MAX_SCANNED).replace(/\r\n?/g, '\n')
  const body = whole.slice(0, MAX_BODY)
  const root = parseBody(body)
  const lines = new LineIndex(whole)
  const {
    sections: found,
    duplicates,
    otherHeadings
  } = findSections(root, body, specs)
  const context = { body, sections: found, lines }
  const bySpec = new Map<SectionSpec, FoundSection>(
    found.map((s) => [s.spec, s])
  )
  const perSpec = new Map<SectionSpec, Finding[]>(specs.map((s) => [s, []]))
  const loose: Finding[] = []

  /** Attach a finding to the section whose lines hold it, else to the report. */
  const place = (finding: Finding) => {
    const home = found.find(
      (s) => finding.line >= s.start.line && finding.line <= s.endLine
    )
    if (home) perSpec.get(home.spec)!.push(finding)
    else loose.push(finding)
  }
  for (const { spec, finding } of duplicates) perSpec.get(spec)!.push(finding)
  const credentials = scanned ?? (await scanCredentials(whole, lines))
  for (const finding of credentials) place(finding)
  const secretLines = new Set(credentials.map((f) => f.line))
  /** A title is shown only when no line of it holds a credential, and then redacted. */
  const shown = (title: string, from: number, to: number) => {
    for (let line = from; line <= to; line++)
      if (secretLines.has(line)) return null
    return redact(title)
  }

  const sections: SectionReport[] = specs.map((spec) => {
    const section = bySpec.get(spec)
    const findings = perSpec.get(spec)!
    if (!section) {
      if (spec.required) {
        findings.unshift({
          severity: 'error',
          message: `Missing section \`${spec.name}\`, expected a heading \`## ${spec.name}\``,
          line: 1,
          column: 1,
          source: 'section',
          rule: 'missing-section'
        })
      }
      return sectionReport(spec, null, findings, null)
    }
    if (section.empty) {
      // An optional section left empty (an issue form's `_No response_`) is fine.
      if (spec.required) {
        findings.unshift({
          severity: 'error',
          message: `Unexpected empty \`${spec.name}\`, expected some text`,
          line: section.start.line,
          column: section.start.column,
          source: 'section',
          rule: 'empty-section'
        })
      }
    } else if (spec.check) {
      findings.push(...runCheck(spec.check, section, context))
    }
    return sectionReport(
      spec,
      section,
      findings,
      shown(section.title, section.start.line, section.titleEndLine)
    )
  })

  const missing = sections
    .filter((s) => s.required && (!s.present || s.empty))
    .map((s) => s.name)
  // A credential makes the report incomplete: it must go before anything else.
  const credential = credentials.some((f) => f.severity === 'error')
  const report: Report = {
    issue,
    complete: missing.length === 0 && !credential,
    missing,
    sections,
    findings: loose.sort(byPosition),
    otherHeadings: otherHeadings.flatMap((h) => {
      const title = shown(h.title, h.line, h.endLine)
      return title === null ? [] : [{ title, line: h.line }]
    })
  }
  return { report, found }
}

function sectionReport(
  spec: SectionSpec,
  section: FoundSection | null,
  findings: Finding[],
  title: string | null
): SectionReport {
  return {
    name: spec.name,
    required: spec.required,
    present: section !== null,
    empty: section?.empty ?? false,
    line: section?.start.line ?? null,
    title,
    findings: findings.sort(byPosition)
  }
}
