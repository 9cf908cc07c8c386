import { describe, expect, it } from 'vitest'
import { body, issueEvent, LABEL, ownComments, withApi } from './harness.js'

/** Costs micromark itself seconds (quadratic in its emphasis resolution). */
const HOSTILE = '## TLDR\nx\n\n' + '*a'.repeat(32_000)
/** The budget a test sets (the action's is a fixed 10 s; see lint-budget.ts). */
const SHORT = { INCIDENT_ISSUES_LINT_BUDGET_MS: '700' }

describe.concurrent('the lint time budget', () => {
  it('a body too complex to check in time: the report says so and is not complete; comment, pin and summary still happen', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: HOSTILE })
      const run = await issueEvent(api, 'opened', 1, {
        env: SHORT,
        bundle: true
      })
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({
        incident: 'true',
        complete: 'false',
        missing: '',
        pinned: 'true'
      })
      expect(api.pinned()).toEqual([1])
      const [comment, ...more] = ownComments(api, 1)
      expect(more).toEqual([])
      expect(comment!.body).toContain(
        '### ⏱️ Incident report: too complex to check'
      )
      expect(run.summary).toContain('The report is **incomplete**')
      expect(JSON.parse(run.outputs.report!).findings[0].message).toMatch(
        /^Unexpected body too complex to check in 1 s/
      )
    }))

  it('an ordinary report is checked within the same budget', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: body('ok-all-sections')
      })
      const run = await issueEvent(api, 'opened', 1, {
        env: { INCIDENT_ISSUES_LINT_BUDGET_MS: '10000' },
        bundle: true
      })
      expect(run.outputs.complete).toBe('true')
    }))
})
