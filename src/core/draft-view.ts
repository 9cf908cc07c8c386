import { byPosition } from './findings.js'
import { skeleton } from './render/comment.js'
import type { Report, SectionSpec, Severity } from './types.js'

/**
 * What the private drafting page shows of a report: the same findings as the
 * report comment and `lint --json`, each named by its section (null: outside
 * every section), rule and line. Pure, so that the page (in the browser) and
 * the tests (in Node.js) make the same view of the same report.
 */
export interface DraftFinding {
  readonly section: string | null
  readonly rule: string
  readonly line: number
  readonly severity: Severity
  readonly message: string
}

export interface DraftView {
  readonly complete: boolean
  readonly missing: readonly string[]
  readonly findings: readonly DraftFinding[]
  /** The headings to paste for what is missing or empty ('' when nothing is). */
  readonly skeleton: string
}

export function draftView(
  report: Report,
  specs: readonly SectionSpec[]
): DraftView {
  const findings = [
    ...report.sections.flatMap((s) =>
      s.findings.map((f) => ({ ...f, section: s.name }))
    ),
    ...report.findings.map((f) => ({ ...f, section: null }))
  ]
    .sort(byPosition)
    .map(({ section, rule, line, severity, message }) => ({
      section,
      rule,
      line,
      severity,
      message
    }))
  return {
    complete: report.complete,
    missing: report.missing,
    findings,
    skeleton: report.missing.length ? skeleton(report.missing, specs) : ''
  }
}
