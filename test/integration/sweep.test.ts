import { describe, expect, it } from 'vitest'
import { event, LABEL, withApi } from './harness.js'
import { ago, COMPLETE as complete, NOW, sweep } from './scenario.js'

describe.concurrent('the nightly sweep', () => {
  it('unpins at exactly unpin-after-days whole days, not a second before', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: complete,
        state: 'CLOSED',
        closedAt: ago(3, 1000),
        pinnedBy: 'github-actions'
      })
      api.addIssue({
        number: 2,
        labels: [LABEL],
        body: complete,
        state: 'CLOSED',
        closedAt: ago(3),
        pinnedBy: 'github-actions'
      })
      api.addIssue({
        number: 3,
        labels: [LABEL],
        body: complete,
        state: 'CLOSED',
        closedAt: ago(2),
        pinnedBy: 'github-actions'
      })
      const run = await sweep(api)
      expect(run.code).toBe(0)
      expect(api.pinned()).toEqual([1, 3])
      expect(JSON.parse(run.outputs.unpinned!)).toEqual([2])
      expect(run.summary).toMatch(
        /\| #2 .* \| closed \| 2026-03-07 \| 3 \| pinned → not pinned \|/
      )
      expect(run.summary).toMatch(
        /\| #1 .* \| closed \| .* \| 2 \| pinned → pinned \|/
      )
    }))

  it('keeps keep-pinned and reopened incidents pinned; counts from the latest close', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL, 'keep-pinned'],
        state: 'CLOSED',
        closedAt: ago(400),
        pinnedBy: 'github-actions'
      })
      api.addIssue({
        number: 2,
        labels: [LABEL],
        state: 'OPEN',
        closedAt: ago(30),
        pinnedBy: 'github-actions'
      })
      api.addIssue({
        number: 3,
        labels: [LABEL],
        state: 'CLOSED',
        closedAt: ago(1),
        createdAt: ago(90),
        pinnedBy: 'github-actions'
      })
      const run = await sweep(api)
      expect(api.pinned()).toEqual([1, 2, 3])
      expect(JSON.parse(run.outputs.unpinned!)).toEqual([])
      expect(run.summary).toContain('keep\\-pinned label')
    }))

  it('pins an open incident when a slot is free, and never touches pinned non-incidents', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: ['roadmap'], pinnedBy: 'maintainer' })
      api.addIssue({
        number: 2,
        labels: ['roadmap'],
        state: 'CLOSED',
        closedAt: ago(900),
        pinnedBy: 'github-actions'
      })
      api.addIssue({ number: 5, labels: [LABEL] })
      await sweep(api)
      expect(api.pinned()).toEqual([1, 2, 5])
    }))

  it('with four open incidents and three free slots pins the newest three', () =>
    withApi(async (api) => {
      for (const n of [1, 2, 3, 4])
        api.addIssue({ number: n, labels: [LABEL], createdAt: ago(10 - n) })
      const run = await sweep(api)
      expect(api.pinned().sort((a, b) => a - b)).toEqual([2, 3, 4])
      expect(run.summary).toMatch(
        /\| #1 .* not pinned → not pinned \| not pinned\\: GitHub allows 3 pinned issues/
      )
    }))

  it('never unpins an open incident to make room for a newer one', () =>
    withApi(async (api) => {
      for (const n of [1, 2, 3])
        api.addIssue({
          number: n,
          labels: [LABEL],
          createdAt: ago(20 - n),
          pinnedBy: 'github-actions'
        })
      api.addIssue({ number: 4, labels: [LABEL], createdAt: ago(1) })
      const run = await sweep(api)
      expect(run.code).toBe(0)
      expect(api.pinned()).toEqual([1, 2, 3])
      expect(run.stdout).toContain('#4: not pinned')
    }))

  it('frees slots from expired incidents before pinning new ones', () =>
    withApi(async (api) => {
      for (const n of [1, 2, 3])
        api.addIssue({
          number: n,
          labels: [LABEL],
          state: 'CLOSED',
          closedAt: ago(10),
          pinnedBy: 'github-actions'
        })
      api.addIssue({ number: 4, labels: [LABEL] })
      const run = await sweep(api)
      expect(api.pinned()).toEqual([4])
      expect(JSON.parse(run.outputs.unpinned!)).toEqual([1, 2, 3])
      const order = api.requests
        .filter((r) => r.kind === 'write')
        .map((r) => r.operation)
      expect(order).toEqual([
        'UnpinIncident',
        'UnpinIncident',
        'UnpinIncident',
        'PinIncident'
      ])
    }))

  it('is idempotent: a second run right after the first writes nothing', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        state: 'CLOSED',
        closedAt: ago(10),
        pinnedBy: 'github-actions'
      })
      api.addIssue({ number: 2, labels: [LABEL] })
      await sweep(api)
      api.resetCounts()
      const again = await sweep(api)
      expect(again.code).toBe(0)
      expect(api.counts()).toEqual({ reads: 2, writes: 0 })
      expect(JSON.parse(again.outputs.unpinned!)).toEqual([])
    }))

  it('writes nothing in dry-run and reports what it would unpin', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        state: 'CLOSED',
        closedAt: ago(10),
        pinnedBy: 'github-actions'
      })
      api.addIssue({ number: 2, labels: [LABEL] })
      const run = await sweep(api, { 'dry-run': 'true' })
      expect(api.counts().writes).toBe(0)
      expect(api.pinned()).toEqual([1])
      expect(JSON.parse(run.outputs.unpinned!)).toEqual([1])
      expect(run.summary).toContain('dry run: nothing was written')
      expect(run.summary).toContain(
        '1 would be unpinned (#1); 1 would be pinned (#2)'
      )
    }))

  it('runs on workflow_dispatch without issue-number, and does nothing with pin: false', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        state: 'CLOSED',
        closedAt: ago(10),
        pinnedBy: 'github-actions'
      })
      const off = await event(
        api,
        'workflow_dispatch',
        {},
        { inputs: { pin: 'false' } }
      )
      expect(off.code).toBe(0)
      expect(api.pinned()).toEqual([1])
      const on = await event(api, 'workflow_dispatch', {})
      expect(on.code).toBe(0)
      expect(api.pinned()).toEqual([])
    }))

  it('a refused unpin mid-sweep does not stop the others; the run fails naming it; the next run finishes the job', () =>
    withApi(async (api) => {
      for (const n of [1, 2, 3])
        api.addIssue({
          number: n,
          labels: [LABEL],
          state: 'CLOSED',
          closedAt: ago(10),
          pinnedBy: 'github-actions'
        })
      let unpins = 0
      // The token is refused on the second write only (401 is never retried).
      api.fault({
        match: (r) => r.operation === 'UnpinIncident' && ++unpins === 2,
        status: 401,
        body: { message: 'Bad credentials' },
        times: 1
      })
      const failed = await sweep(api)
      expect(failed.code).toBe(1)
      expect(failed.stdout).toContain('::error::GitHub refused 1 write')
      expect(failed.stdout).toContain(
        '#2: unpin the issue: GitHub rejected the token while trying to unpin issue #2'
      )
      expect(failed.summary).toContain('| #3 ')
      expect(api.pinned()).toEqual([2])
      const pinEvents = (n: number) =>
        api
          .issue(n)
          .events.map((e) => e.type)
          .filter((t) => t.includes('pinned') || t.includes('Pinned'))
      expect(pinEvents(1)).toEqual(['PinnedEvent', 'UnpinnedEvent'])
      expect(pinEvents(2)).toEqual(['PinnedEvent'])
      expect(pinEvents(3)).toEqual(['PinnedEvent', 'UnpinnedEvent'])
      const next = await sweep(api)
      expect(next.code).toBe(0)
      expect(api.pinned()).toEqual([])
      expect(JSON.parse(next.outputs.unpinned!)).toEqual([2])
    }))

  it('reads 1,000 incident issues in at most 12 requests and writes only what it must', () =>
    withApi(async (api) => {
      let n = 0
      for (let i = 0; i < 1000; i++) {
        const open = i % 20 === 0
        const closedDaysAgo = 1 + ((i * 7) % 730)
        api.addIssue({
          number: ++n,
          labels: [LABEL],
          body: complete,
          createdAt: ago(closedDaysAgo + 5),
          ...(open
            ? {}
            : { state: 'CLOSED' as const, closedAt: ago(closedDaysAgo) })
        })
      }
      // Three expired incidents hold the pins.
      for (const k of [2, 3, 4]) {
        api.setClosed(k, ago(100))
        api.pinAs(k, 'github-actions')
      }
      api.resetCounts()
      // GitHub's own spacing: the test seam is off for this run.
      const run = await event(
        api,
        'schedule',
        {},
        {
          now: NOW,
          env: { INCIDENT_ISSUES_WRITE_SPACING_MS: '' },
          bundle: true
        }
      )
      expect(run.code).toBe(0)
      const { reads, writes } = api.counts()
      expect(reads).toBeLessThanOrEqual(12)
      expect(writes).toBe(6)
      // Writes are a second apart at least, as GitHub asks (a lower bound,
      // which a slow machine only widens).
      const writeTimes = api.requests
        .filter((r) => r.kind === 'write')
        .map((r) => r.at)
      for (let i = 1; i < writeTimes.length; i++)
        expect(writeTimes[i]! - writeTimes[i - 1]!).toBeGreaterThanOrEqual(990)
      expect(api.pinned()).toHaveLength(3)
      expect(api.pinned().every((p) => api.issue(p).state === 'OPEN')).toBe(
        true
      )
    }))

  it('finds incidents whatever the case of the label input (GitHub filters issues by label case-sensitively)', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        state: 'CLOSED',
        closedAt: ago(10),
        pinnedBy: 'github-actions'
      })
      api.addIssue({ number: 2, labels: [LABEL] })
      const run = await sweep(api, { label: 'Security-Incident' })
      expect(run.code).toBe(0)
      expect(api.pinned()).toEqual([2])
      expect(run.stdout).toContain(
        "the label is spelled 'security-incident' in the repository"
      )
      // A page with the input's spelling, then the real one, a role lookup,
      // and a read of #2 to bring its comment's pin notice up to date.
      expect(api.counts()).toEqual({ reads: 4, writes: 2 })
    }))

  it('with the exact spelling reads the incidents in one request', () =>
    withApi(async (api) => {
      api.addIssue({ number: 2, labels: [LABEL] })
      await sweep(api)
      expect(
        api.requests.filter((r) => r.operation === 'IncidentSweep')
      ).toHaveLength(1)
    }))

  it('says so when the repository has no such label', () =>
    withApi(async (api) => {
      api.addIssue({ number: 2, labels: ['bug'] })
      const run = await sweep(api, { label: 'incident' })
      expect(run.code).toBe(0)
      expect(run.stdout).toContain("the repository has no label 'incident'")
      expect(api.counts().writes).toBe(0)
    }))
})
