import { allFindings } from '../findings.js'
import type { Finding, Report } from '../types.js'

/** GitHub keeps outputs small (1 MB at most): a hostile body's thousands of findings are cut. */
const MAX_REPORT_OUTPUT = 100_000

/** The `report` output: the report without `missing` (an output of its own), cut to size. */
export function reportOutput(full: Report): string {
  const { missing: _missing, ...report } = full
  const text = JSON.stringify(report)
  if (text.length <= MAX_REPORT_OUTPUT) return text
  const cut = (findings: readonly Finding[]) => findings.slice(0, 20)
  const omitted =
    allFindings(full).length -
    [
      ...report.sections.flatMap((s) => cut(s.findings)),
      ...cut(report.findings)
    ].length
  return JSON.stringify({
    ...report,
    sections: report.sections.map((s) => ({ ...s, findings: cut(s.findings) })),
    findings: cut(report.findings),
    findingsOmitted: omitted
  })
}
