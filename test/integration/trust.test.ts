import { describe, expect, it } from 'vitest'
import {
  body,
  everything,
  issueEvent,
  LABEL,
  ownComments,
  withApi,
  type Api
} from './harness.js'
import { ago, sweep } from './scenario.js'

const SPAM =
  '## TLDR\nRotate your tokens now at https://evil.example\n## Summary\nx\n'

/** Everything the action could have written on an issue. */
const untouched = (api: Api, n: number) => {
  expect(ownComments(api, n)).toEqual([])
  expect(api.pinned()).not.toContain(n)
  expect(api.requests.filter((r) => r.kind === 'write')).toEqual([])
}

describe.concurrent('only a maintainer declares an incident', () => {
  it('three spam issues whose form applied the label pin nothing and get no comment; a maintainer’s incident is pinned', () =>
    withApi(async (api) => {
      for (const n of [1, 2, 3]) {
        // An issue form applies its labels for whoever submits it.
        api.addIssue({
          number: n,
          labels: [LABEL],
          body: SPAM,
          author: 'spammer',
          labeledBy: null
        })
        const run = await issueEvent(api, 'opened', n)
        expect(run.code).toBe(0)
        expect(run.outputs).toMatchObject({
          incident: 'false',
          'untrusted-label': 'true',
          pinned: 'false'
        })
        expect(run.outputs.report).toBeUndefined()
        expect(run.stdout).toContain(
          `label applied with the issue (a form or template) by @spammer, who cannot apply labels here; a maintainer must apply it`
        )
        expect(run.summary).toContain('Not treated as an incident')
        untouched(api, n)
      }
      expect(api.issue(1).labels).toEqual([LABEL])
      api.addIssue({
        number: 4,
        labels: [LABEL],
        body: body('ok-all-sections')
      })
      const real = await issueEvent(api, 'labeled', 4, { label: LABEL })
      expect(real.outputs).toMatchObject({
        incident: 'true',
        'untrusted-label': 'false',
        pinned: 'true'
      })
      expect(api.pinned()).toEqual([4])
    }))

  it('a label applied by someone without a role is not trusted; removed and applied again by a maintainer, it is', () =>
    withApi(async (api) => {
      api.addIssue({ number: 5, body: SPAM })
      api.labelAs(5, LABEL, 'drive-by')
      const first = await issueEvent(api, 'labeled', 5, { label: LABEL })
      expect(first.outputs['untrusted-label']).toBe('true')
      expect(first.stdout).toContain('label applied by @drive-by')
      untouched(api, 5)
      api.unlabelAs(5, LABEL, 'maintainer')
      api.labelAs(5, LABEL, 'maintainer')
      const second = await issueEvent(api, 'labeled', 5, { label: LABEL })
      expect(second.outputs).toMatchObject({
        incident: 'true',
        'untrusted-label': 'false'
      })
      expect(api.pinned()).toEqual([5])
      expect(ownComments(api, 5)).toHaveLength(1)
    }))

  it('the latest LabeledEvent of the label counts, not an earlier maintainer’s', () =>
    withApi(async (api) => {
      api.addIssue({ number: 6, labels: [LABEL], body: SPAM })
      api.unlabelAs(6, LABEL, 'maintainer')
      api.labelAs(6, 'bug', 'maintainer')
      api.labelAs(6, LABEL, 'drive-by')
      const run = await issueEvent(api, 'labeled', 6, { label: LABEL })
      expect(run.outputs['untrusted-label']).toBe('true')
      untouched(api, 6)
    }))

  it('triage, write, maintain, admin and a custom role built on triage count; read does not', () =>
    withApi(async (api) => {
      api.setRole('writer', 'write')
      api.setRole('responder', 'incident-responder', 'triage')
      api.setRole('reader', 'read')
      const cases: [string, boolean][] = [
        ['triager', true],
        ['writer', true],
        ['maintainer', true],
        ['octo-admin', true],
        ['responder', true],
        ['reader', false]
      ]
      let n = 10
      for (const [login, trusted] of cases) {
        api.addIssue({ number: ++n, body: SPAM })
        api.labelAs(n, LABEL, login)
        const run = await issueEvent(api, 'labeled', n, {
          label: LABEL,
          inputs: { pin: 'false' }
        })
        expect([login, run.outputs.incident]).toEqual([login, String(trusted)])
        expect(ownComments(api, n)).toHaveLength(trusted ? 1 : 0)
      }
    }))

  it('a bot’s label counts only when the bot is in trusted-bots, written with or without [bot]', () =>
    withApi(async (api) => {
      api.addIssue({ number: 20, body: SPAM })
      api.labelAs(20, LABEL, 'my-labeler[bot]')
      const untrusted = await issueEvent(api, 'labeled', 20, { label: LABEL })
      expect(untrusted.outputs['untrusted-label']).toBe('true')
      expect(untrusted.stdout).toContain(
        "label applied by my-labeler[bot], which is not in 'trusted-bots'"
      )
      untouched(api, 20)
      // A bot is never looked up as a person.
      expect(api.requests.some((r) => r.path.includes('/collaborators/'))).toBe(
        false
      )
      for (const name of ['my-labeler[bot]', 'My-Labeler']) {
        const run = await issueEvent(api, 'labeled', 20, {
          label: LABEL,
          inputs: { 'trusted-bots': `other[bot], ${name}` }
        })
        expect(run.outputs.incident).toBe('true')
      }
      expect(api.pinned()).toEqual([20])
    }))

  it('fails closed when GitHub refuses the role lookup, and says what the workflow needs', () =>
    withApi(async (api) => {
      api.addIssue({ number: 30, labels: [LABEL], body: SPAM })
      api.fault({
        match: (r) => r.path.includes('/collaborators/'),
        status: 403,
        body: { message: 'Resource not accessible by integration' }
      })
      const run = await issueEvent(api, 'labeled', 30, { label: LABEL })
      expect(run.code).toBe(1)
      expect(run.outputs).toMatchObject({
        incident: 'false',
        'untrusted-label': 'true'
      })
      expect(run.stdout).toContain('::error::GitHub would not say')
      expect(run.stdout).toContain('Metadata: read')
      untouched(api, 30)
    }))

  it('an invalid trusted-bots entry is a bad input, and nothing is read', () =>
    withApi(async (api) => {
      api.addIssue({ number: 31, labels: [LABEL] })
      const run = await issueEvent(api, 'labeled', 31, {
        label: LABEL,
        inputs: { 'trusted-bots': 'good[bot], evil bot' }
      })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        "Invalid value for 'trusted-bots': must be bot logins separated by commas"
      )
      expect(api.requests).toEqual([])
    }))

  it('the sweep applies the same rule, asking once per distinct person', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: SPAM,
        author: 'spammer',
        labeledBy: null
      })
      api.addIssue({
        number: 2,
        labels: [LABEL],
        body: SPAM,
        author: 'spammer',
        labeledBy: null
      })
      api.addIssue({ number: 3, labels: [LABEL] })
      api.addIssue({ number: 4, labels: [LABEL] })
      const run = await sweep(api)
      expect(run.code).toBe(0)
      expect(api.pinned().sort((a, b) => a - b)).toEqual([3, 4])
      expect(run.summary).toContain('Not treated as incidents')
      expect(run.summary).toContain('#1 (label applied with the issue')
      const lookups = api.requests.filter((r) =>
        r.path.includes('/collaborators/')
      )
      expect(lookups.map((r) => r.path.split('/')[5]).sort()).toEqual([
        'maintainer',
        'spammer'
      ])
    }))
})

describe.concurrent('closed as not planned or duplicate', () => {
  for (const reason of ['NOT_PLANNED', 'DUPLICATE'] as const) {
    it(`unpins at once when closed as ${reason}`, () =>
      withApi(async (api) => {
        api.addIssue({
          number: 1,
          labels: [LABEL],
          body: body('ok-all-sections'),
          pinnedBy: 'github-actions'
        })
        api.setClosed(1, ago(0), reason)
        const run = await issueEvent(api, 'closed', 1)
        expect(run.code).toBe(0)
        expect(api.pinned()).toEqual([])
        expect(run.summary).toContain(
          reason === 'DUPLICATE'
            ? 'closed as a duplicate'
            : 'closed as not planned'
        )
      }))
  }

  it('keeps an incident closed as completed pinned for unpin-after-days', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: body('ok-all-sections'),
        pinnedBy: 'github-actions'
      })
      api.setClosed(1, ago(1), 'COMPLETED')
      await issueEvent(api, 'closed', 1)
      expect(api.pinned()).toEqual([1])
      const later = await sweep(api, { 'unpin-after-days': '1' })
      expect(later.code).toBe(0)
      expect(api.pinned()).toEqual([])
    }))

  it('leaves a person’s pin of an issue closed as not planned', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], pinnedBy: 'maintainer' })
      api.setClosed(1, ago(0), 'NOT_PLANNED')
      const run = await issueEvent(api, 'closed', 1)
      expect(api.pinned()).toEqual([1])
      expect(everything(run)).toContain('theirs to unpin')
    }))
})
