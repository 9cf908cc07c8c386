import { describe, expect, it } from 'vitest'
import { issueEvent, LABEL, ownComments, withApi } from './harness.js'
import { ago, COMPLETE as complete, DRAFT, sweep } from './scenario.js'

describe.concurrent('working with the maintainers', () => {
  it('never pins again an incident a maintainer unpinned after the action pinned it', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: complete })
      await issueEvent(api, 'opened', 1)
      expect(api.pinned()).toEqual([1])
      api.unpinAs(1, 'alice')
      api.resetCounts()
      const edited = await issueEvent(api, 'edited', 1)
      expect(edited.outputs.pinned).toBe('false')
      expect(edited.summary).toContain('unpinned by @')
      const swept = await sweep(api)
      expect(swept.code).toBe(0)
      expect(api.pinned()).toEqual([])
      expect(api.counts().writes).toBe(0)
      expect(swept.summary).toMatch(
        /unpinned by @\u200Balice; not pinned again/
      )
    }))

  it('leaves a maintainer’s pin of a long-closed incident alone', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: complete,
        state: 'CLOSED',
        closedAt: ago(200),
        pinnedBy: 'alice'
      })
      const swept = await sweep(api)
      expect(api.pinned()).toEqual([1])
      expect(api.counts().writes).toBe(0)
      expect(swept.summary).toMatch(/pinned by @\u200Balice; theirs to unpin/)
      const unlabeled = await issueEvent(api, 'unlabeled', 1, {
        label: LABEL,
        labels: []
      })
      expect(unlabeled.code).toBe(0)
      expect(api.pinned()).toEqual([1])
    }))

  it('unpins an incident the action pinned once it has been closed long enough', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: complete,
        state: 'CLOSED',
        closedAt: ago(200),
        pinnedBy: 'github-actions'
      })
      await sweep(api)
      expect(api.pinned()).toEqual([])
    }))

  it('says nothing about a report that is complete the first time it is checked', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: complete })
      const run = await issueEvent(api, 'opened', 1)
      expect(run.outputs.complete).toBe('true')
      expect(api.comments(1)).toEqual([])
      expect(
        api.requests.filter((r) => r.kind === 'write').map((r) => r.operation)
      ).toEqual(['PinIncident'])
    }))

  it('un-minimizes and updates the comment when a complete report breaks again; then writes nothing', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      await issueEvent(api, 'opened', 1)
      api.issue(1).body = complete
      await issueEvent(api, 'edited', 1)
      const [minimized] = ownComments(api, 1)
      expect(minimized!.isMinimized).toBe(true)

      api.issue(1).body = complete.replace(
        /## References[\s\S]*?(?=## Evidence)/,
        ''
      )
      const broken = await issueEvent(api, 'edited', 1)
      expect(broken.outputs.missing).toBe('References')
      const [again] = ownComments(api, 1)
      expect(again!.databaseId).toBe(minimized!.databaseId)
      expect(again!.isMinimized).toBe(false)
      expect(again!.body).toContain('| References | ❌ missing |')

      api.resetCounts()
      await issueEvent(api, 'edited', 1)
      expect(api.counts()).toEqual({ reads: 2, writes: 0 })
    }))

  it('deletes the comment once complete with on-complete: delete, and writes it anew if it breaks', () =>
    withApi(async (api) => {
      const inputs = { 'on-complete': 'delete' }
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      await issueEvent(api, 'opened', 1, { inputs })
      expect(ownComments(api, 1)[0]!.body).toContain(
        'deleted once the report is complete'
      )
      api.issue(1).body = complete
      await issueEvent(api, 'edited', 1, { inputs })
      expect(api.comments(1)).toEqual([])
      api.resetCounts()
      await issueEvent(api, 'edited', 1, { inputs })
      expect(api.counts().writes).toBe(0)
      api.issue(1).body = DRAFT
      await issueEvent(api, 'edited', 1, { inputs })
      expect(ownComments(api, 1)).toHaveLength(1)
    }))

  it('keeps the comment, saying complete, with on-complete: keep', () =>
    withApi(async (api) => {
      const inputs = { 'on-complete': 'keep' }
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      await issueEvent(api, 'opened', 1, { inputs })
      api.issue(1).body = complete
      await issueEvent(api, 'edited', 1, { inputs })
      const [kept] = ownComments(api, 1)
      expect(kept!.isMinimized).toBe(false)
      expect(kept!.body).toContain('Incident report: complete')
      api.resetCounts()
      await issueEvent(api, 'edited', 1, { inputs })
      expect(api.counts().writes).toBe(0)
    }))

  it('removing the label unpins only the pin the action made', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [],
        body: complete,
        pinnedBy: 'github-actions'
      })
      api.addIssue({ number: 2, labels: [], body: complete, pinnedBy: 'alice' })
      await issueEvent(api, 'unlabeled', 1, { label: LABEL })
      await issueEvent(api, 'unlabeled', 2, { label: LABEL })
      expect(api.pinned()).toEqual([2])
      // Another label removed from a non-incident: not ours to judge, no request.
      api.resetCounts()
      await issueEvent(api, 'unlabeled', 2, { label: 'bug' })
      expect(api.requests).toEqual([])
    }))

  it('pins again after the action itself unpinned, when the incident is reopened', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: complete,
        state: 'CLOSED',
        closedAt: ago(10),
        pinnedBy: 'github-actions'
      })
      await sweep(api)
      expect(api.pinned()).toEqual([])
      api.setClosed(1, null)
      await issueEvent(api, 'reopened', 1)
      expect(api.pinned()).toEqual([1])
    }))
})
