import { describe, expect, it } from 'vitest'
import {
  event,
  issueEvent,
  LABEL,
  ownComments,
  withApi,
  type Api
} from './harness.js'
import { daysFromNow, DRAFT } from './scenario.js'

const FORBIDDEN = {
  status: 200,
  body: {
    data: null,
    errors: [
      { type: 'FORBIDDEN', message: 'Resource not accessible by integration' }
    ]
  }
}
const op = (name: string) => (r: { operation?: string }) => r.operation === name

const lostAnswer = (
  api: Api,
  match: (r: { method: string; path: string; operation?: string }) => boolean,
  times = 1
) =>
  api.fault({
    match,
    status: 502,
    body: { message: 'Bad Gateway' },
    lost: true,
    times
  })

describe.concurrent('one refused write loses nothing', () => {
  it('a refused pin does not stop the comment, the label, the outputs or the summary; the run fails naming it with causes and the switch', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      api.fault({ match: op('PinIncident'), ...FORBIDDEN })
      const run = await issueEvent(api, 'opened', 1, {
        inputs: { 'incomplete-label': 'needs-details' }
      })
      expect(run.code).toBe(1)
      expect(api.pinned()).toEqual([])
      expect(ownComments(api, 1)).toHaveLength(1)
      expect(api.issue(1).labels).toContain('needs-details')
      expect(run.outputs).toMatchObject({
        incident: 'true',
        complete: 'false',
        pinned: 'false'
      })
      expect(run.summary).toContain('created the report comment')
      expect(run.stdout).toContain('::error::GitHub refused 1 write')
      expect(run.stdout).toContain('#1: pin the issue: GitHub refused')
      const error = run.stdout.slice(run.stdout.indexOf('::error::'))
      expect(error).toContain('issues: write')
      expect(error).toContain('read-only')
      expect(error).toContain('fork')
      expect(error).toContain('`pin: false`')
      expect(error).not.toContain('`comment: false`')
    }))

  it('a refused comment does not stop the pin; the switch named is comment: false', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      api.fault({
        match: (r) => r.method === 'POST' && r.path.endsWith('/comments'),
        status: 403,
        body: { message: 'Resource not accessible by integration' }
      })
      const run = await issueEvent(api, 'opened', 1)
      expect(run.code).toBe(1)
      expect(api.pinned()).toEqual([1])
      expect(api.comments(1)).toEqual([])
      expect(run.stdout).toContain('#1: create the report comment')
      expect(run.stdout).toContain('`comment: false`')
      // A refusal is not tried again (it would be refused again).
      expect(
        api.requests.filter(
          (r) => r.method === 'POST' && r.path.endsWith('/comments')
        )
      ).toHaveLength(1)
    }))

  it('with a read-only token every write is tried once and listed; reads and outputs still happen', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      api.setPermission('read')
      const run = await issueEvent(api, 'opened', 1)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('GitHub refused 2 writes')
      expect(run.outputs.incident).toBe('true')
      expect(run.summary).toContain('incident-issues: #1')
      expect(api.comments(1)).toEqual([])
    }))

  it('an issue number that is a pull request, or gone, is logged and exits 0', () =>
    withApi(async (api) => {
      api.addIssue({ number: 2, isPullRequest: true })
      for (const n of ['2', '404']) {
        const run = await event(
          api,
          'workflow_dispatch',
          {},
          {
            inputs: { 'issue-number': n }
          }
        )
        expect(run.code).toBe(0)
        expect(run.stdout).toContain(`#${n}: not found`)
      }
    }))
})

describe.concurrent('a lost answer duplicates nothing', () => {
  it('a comment created whose answer was lost is not created twice', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      lostAnswer(
        api,
        (r) => r.method === 'POST' && r.path.endsWith('/comments')
      )
      const run = await issueEvent(api, 'opened', 1)
      expect(ownComments(api, 1)).toHaveLength(1)
      expect(run.code).toBe(0)
      api.resetCounts()
      const again = await issueEvent(api, 'edited', 1)
      expect(again.code).toBe(0)
      expect(api.counts().writes).toBe(0)
    }))

  it('a comment that failed without landing is created once more after reading the thread', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      api.fault({
        match: (r) => r.method === 'POST' && r.path.endsWith('/comments'),
        status: 502
      })
      const run = await issueEvent(api, 'opened', 1)
      expect(run.code).toBe(0)
      expect(ownComments(api, 1)).toHaveLength(1)
    }))

  it('a pin whose answers were all lost is pinned, not "refused"', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      lostAnswer(api, op('PinIncident'), 10)
      const run = await issueEvent(api, 'opened', 1)
      expect(api.pinned()).toEqual([1])
      expect(run.outputs.pinned).toBe('true')
      expect(run.code).toBe(0)
      expect(run.stdout).not.toContain('::error::')
    }))
})

describe.concurrent('the maintainers decide last', () => {
  it('a person’s unpin wins over the keep-pinned label: the sweep does not pin it again', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL, 'keep-pinned'],
        pinnedBy: 'github-actions'
      })
      api.unpinAs(1, 'maintainer')
      const run = await event(api, 'schedule', {})
      expect(run.code).toBe(0)
      expect(api.pinned()).toEqual([])
    }))

  it('keep-pinned keeps the pin when the incident label is removed', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL, 'keep-pinned'],
        pinnedBy: 'github-actions'
      })
      api.unlabelAs(1, LABEL, 'maintainer')
      const run = await issueEvent(api, 'unlabeled', 1, { label: LABEL })
      expect(run.code).toBe(0)
      expect(api.pinned()).toEqual([1])
    }))

  it('the comment’s "not pinned" notice goes when the sweep later pins the issue', () =>
    withApi(async (api) => {
      const at = daysFromNow
      api.addIssue({
        number: 1,
        labels: ['announcement'],
        pinnedBy: 'maintainer'
      })
      api.addIssue({
        number: 2,
        labels: ['announcement'],
        pinnedBy: 'maintainer'
      })
      api.addIssue({
        number: 3,
        labels: [LABEL],
        closedAt: at(-1),
        pinnedBy: 'github-actions'
      })
      api.addIssue({ number: 10, labels: [LABEL], body: DRAFT })
      const opened = await issueEvent(api, 'opened', 10)
      expect(opened.outputs.pinned).toBe('false')
      expect(ownComments(api, 10)[0]!.body).toContain(
        'This incident is not pinned'
      )
      const swept = await event(api, 'schedule', {}, { now: at(3) })
      expect(swept.code).toBe(0)
      expect(api.pinned().sort((a, b) => a - b)).toEqual([1, 2, 10])
      const [comment, ...more] = ownComments(api, 10)
      expect(more).toEqual([])
      expect(comment!.body).not.toContain('not pinned')
      expect(comment!.body).toContain('required section')
    }))
})
