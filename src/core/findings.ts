import type { Finding, Report } from './types.js'

/** Findings in body order: by line, then column. The one position sort. */
export const byPosition = (
  a: Pick<Finding, 'line' | 'column'>,
  b: Pick<Finding, 'line' | 'column'>
) => a.line - b.line || a.column - b.column

/** Every finding of a report, in body order. */
export function allFindings(report: Report): Finding[] {
  return [
    ...report.sections.flatMap((s) => s.findings),
    ...report.findings
  ].sort(byPosition)
}

/** Whether the body holds a credential (a finding of the body-wide scan). */
export const exposesCredential = (report: Report) =>
  allFindings(report).some(
    (f) => f.rule === 'credential' && f.severity === 'error'
  )

/** The lines that hold a credential. */
export const credentialLines = (report: Report) => [
  ...new Set(
    allFindings(report)
      .filter((f) => f.rule === 'credential')
      .map((f) => f.line)
  )
]
