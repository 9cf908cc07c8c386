import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  body,
  event,
  issueEvent,
  LABEL,
  ownComments,
  withApi
} from './harness.js'
import { recordWorkspace } from './scenario.js'

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

describe('the time budget in the record', () => {
  it('a body too complex to check is listed as not complete, without its summary; the others are checked', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: `## TLDR\nFine.\n\n## Evidence\n${'*a'.repeat(32_768)}\n`
      })
      api.addIssue({
        number: 2,
        labels: [LABEL],
        body: body('ok-all-sections')
      })
      const { dir, inputs, env } = recordWorkspace()
      const run = await event(
        api,
        'schedule',
        {},
        {
          inputs: { ...inputs, pin: 'false' },
          env: { ...env, INCIDENT_ISSUES_LINT_BUDGET_MS: '500' },
          bundle: true
        }
      )
      expect(run.code, run.stdout).toBe(0)
      const json = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8'))
      const byNumber = Object.fromEntries(
        json.incidents.map((i: { number: number }) => [i.number, i])
      )
      expect(byNumber[1]).toMatchObject({ complete: false, tldr: null })
      expect(byNumber[1].analysis).toBeUndefined()
      expect(byNumber[2]).toMatchObject({ complete: true })
      expect(byNumber[2].tldr).not.toBeNull()
      expect(run.summary).toContain('too complex to check in time')
    }))
})
