import { checks } from './checks/index.js'
import { scanCredentials } from './checks/secrets.js'
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

const byPosition = (a: Finding, b: Finding) =>
  a.line - b.line || a.column - b.column

/**
 * Check an issue body against the configured sections. Pure: the same body and
 * specs always give the same report.
 */
export async function lint(
  input: string | null | undefined,
  specs: readonly SectionSpec[] = DEFAULT_SECTIONS,
  issue: number | null = null
): Promise<Report> {
  const body = (input ?? '').slice(0, MAX_BODY).replace(/\r\n?/g, '\n')
  const root = parseBody(body)
  const lines = new LineIndex(body)
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
  const credentials = await scanCredentials(body, lines)
  for (const finding of credentials) place(finding)
  const secretLines = new Set(credentials.map((f) => f.line))

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
          source: 'section'
        })
      }
      return report(spec, null, findings, secretLines)
    }
    if (section.empty) {
      // An optional section left empty (an issue form's `_No response_`) is fine.
      if (spec.required) {
        findings.unshift({
          severity: 'error',
          message: `Unexpected empty \`${spec.name}\`, expected some text`,
          line: section.start.line,
          column: section.start.column,
          source: 'section'
        })
      }
    } else if (spec.check) {
      findings.push(...checks[spec.check].run(section, context))
    }
    return report(spec, section, findings, secretLines)
  })

  const missing = sections
    .filter((s) => s.required && (!s.present || s.empty))
    .map((s) => s.name)
  return {
    issue,
    complete: missing.length === 0,
    missing,
    sections,
    findings: loose.sort(byPosition),
    otherHeadings: otherHeadings.filter((h) => !secretLines.has(h.line))
  }
}

function report(
  spec: SectionSpec,
  section: FoundSection | null,
  findings: Finding[],
  secretLines: ReadonlySet<number>
): SectionReport {
  return {
    name: spec.name,
    required: spec.required,
    present: section !== null,
    empty: section?.empty ?? false,
    line: section?.start.line ?? null,
    title:
      section && !secretLines.has(section.start.line) ? section.title : null,
    findings: findings.sort(byPosition)
  }
}

/** Every finding of a report, in body order. */
export function allFindings(report: Report): Finding[] {
  return [
    ...report.sections.flatMap((s) => s.findings),
    ...report.findings
  ].sort(byPosition)
}
