import type { Report, SectionSpec } from './types.js'

/**
 * The report of a body that could not be checked within the time budget: not
 * complete, every section unknown, and one finding that says why.
 */
export function tooComplex(
  issue: number | null,
  specs: readonly SectionSpec[],
  budgetMs: number
): Report {
  return {
    issue,
    complete: false,
    missing: [],
    sections: specs.map((spec) => ({
      name: spec.name,
      required: spec.required,
      present: false,
      empty: false,
      line: null,
      title: null,
      findings: []
    })),
    findings: [
      {
        severity: 'error',
        message: `Unexpected body too complex to check in ${Math.round(budgetMs / 1000)} s, expected plainer Markdown (long runs of *, _, [ or > are the usual cause)`,
        line: 1,
        column: 1,
        source: 'budget',
        rule: 'too-complex'
      }
    ],
    otherHeadings: []
  }
}

/** Whether the report is one of a body that could not be checked in time. */
export const isTooComplex = (report: Report) =>
  report.findings.some((f) => f.rule === 'too-complex')
