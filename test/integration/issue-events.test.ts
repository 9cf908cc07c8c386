import { describe, expect, it } from 'vitest'
import {
  body,
  event,
  everything,
  issueEvent,
  LABEL,
  ownComments,
  withApi,
  type Api
} from './harness.js'
import { DRAFT } from './scenario.js'

describe.concurrent('issue events against the API double', () => {
  it('opened incomplete → one comment, pinned; edited complete → comment says so and is minimized; again → zero writes', () =>
    withApi(async (api) => {
      api.addIssue({ number: 7, labels: [LABEL], body: DRAFT })
      const first = await issueEvent(api, 'opened', 7)
      expect(first.code).toBe(0)
      expect(first.outputs).toMatchObject({
        incident: 'true',
        complete: 'false',
        missing: 'Timeline,References',
        pinned: 'true'
      })
      const report = JSON.parse(first.outputs.report!)
      expect(report).toMatchObject({ issue: 7, complete: false })
      expect(
        report.sections.map((s: { name: string; present: boolean }) => [
          s.name,
          s.present
        ])
      ).toEqual([
        ['TLDR', true],
        ['Summary', true],
        ['Timeline', false],
        ['References', false],
        ['Evidence', false],
        ['Affected repositories', false]
      ])
      expect(api.pinned()).toEqual([7])
      const [comment, ...others] = ownComments(api, 7)
      expect(others).toEqual([])
      expect(comment!.body.split('\n')[0]).toBe(
        '<!-- incident-issues:report -->'
      )
      expect(comment!.body).toContain('| Timeline | ❌ missing |')
      expect(comment!.body).toContain('| References | ❌ missing |')
      expect(comment!.body).toContain('| TLDR | ✅ line 1 |')
      expect(comment!.body).toContain('## Timeline\n<!--')
      expect(comment!.body).not.toContain('## TLDR\n<!--')
      expect(api.counts()).toEqual({ reads: 2, writes: 2 })

      api.issue(7).body = body('ok-all-sections')
      api.resetCounts()
      const second = await issueEvent(api, 'edited', 7)
      expect(second.outputs).toMatchObject({
        complete: 'true',
        missing: '',
        pinned: 'true'
      })
      const after = ownComments(api, 7)
      expect(after).toHaveLength(1)
      expect(after[0]!.databaseId).toBe(comment!.databaseId)
      expect(after[0]!.body).toContain('Incident report: complete')
      expect(after[0]!.isMinimized).toBe(true)
      expect(after[0]!.minimizedReason).toBe('resolved')
      expect(api.counts()).toEqual({ reads: 2, writes: 2 })

      api.resetCounts()
      const third = await issueEvent(api, 'edited', 7)
      expect(third.code).toBe(0)
      expect(api.counts()).toEqual({ reads: 2, writes: 0 })
      expect(third.summary).toContain('nothing (no change needed)')
    }))

  it('an edit that changes nothing the comment says writes nothing', () =>
    withApi(async (api) => {
      api.addIssue({ number: 3, labels: [LABEL], body: DRAFT })
      await issueEvent(api, 'opened', 3)
      api.issue(3).body = DRAFT + '\nA typo fixed somewhere.\n'
      api.resetCounts()
      await issueEvent(api, 'edited', 3)
      expect(api.counts()).toEqual({ reads: 2, writes: 0 })
    }))

  it('leaves an issue without the label alone, without a single request', () =>
    withApi(async (api) => {
      api.addIssue({ number: 4, labels: ['bug'], body: DRAFT })
      const run = await issueEvent(api, 'opened', 4)
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(
        "issue #4 does not carry the label 'security-incident'"
      )
      expect(run.outputs).toEqual({ incident: 'false' })
      expect(api.requests).toEqual([])
    }))

  it.each([
    ['push', {}],
    [
      'issue_comment',
      { action: 'created', issue: { number: 1, labels: [{ name: LABEL }] } }
    ],
    ['pull_request', { action: 'opened' }]
  ])('logs one line for the %s event and makes no request', (name, payload) =>
    withApi(async (api) => {
      const run = await event(api, name, payload)
      expect(run.code).toBe(0)
      expect(run.stdout.trim().split('\n')).toEqual([
        `incident-issues: the '${name}' event is not handled; nothing to do.`
      ])
      expect(api.requests).toEqual([])
    })
  )

  it.each(['assigned', 'milestoned', 'locked', 'pinned', 'deleted'])(
    'ignores issues.%s without a request, and says nothing of the incident',
    (action) =>
      withApi(async (api) => {
        api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
        const run = await issueEvent(api, action, 1)
        expect(run.code).toBe(0)
        expect(run.outputs).toEqual({})
        expect(api.requests).toEqual([])
      })
  )

  it('fails clearly on an issues event whose payload has no issue', () =>
    withApi(async (api) => {
      const run = await event(api, 'issues', { action: 'opened' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('::error::')
      expect(run.stdout).toContain('payload has no issue number')
      expect(api.requests).toEqual([])
    }))

  it('never touches a forged marker in another user’s comment and writes its own', () =>
    withApi(async (api) => {
      api.addIssue({ number: 9, labels: [LABEL], body: DRAFT })
      const forged = api.addComment(
        9,
        'mallory',
        '<!-- incident-issues:report -->\nAll good, nothing to see.'
      )
      const run = await issueEvent(api, 'opened', 9)
      expect(run.code).toBe(0)
      const all = api.comments(9)
      expect(all).toHaveLength(2)
      expect(all[0]).toEqual(forged)
      expect(all[1]!.author).toBe('github-actions[bot]')
      expect(all[1]!.body).toContain('Timeline')
    }))

  it('escapes mentions, references and HTML from headings in the comment', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 5,
        labels: [LABEL],
        body: body('not-ok-mention-and-html-in-headings')
      })
      const run = await issueEvent(api, 'opened', 5)
      expect(run.code).toBe(0)
      const [comment] = ownComments(api, 5)
      const text = comment!.body
      expect(text).not.toMatch(/@octocat/)
      expect(text).not.toMatch(/#1\b/)
      expect(text).not.toMatch(/<img/i)
      expect(text).not.toMatch(/<script/i)
      expect(text).toContain(
        'as “TLDR @\u200Boctocat fixes \\#\u200B1 &lt;script&gt;'
      )
      expect(text).not.toMatch(/javascript:/i)
      expect(text).not.toMatch(/\]\(/)
      expect(run.summary).not.toMatch(/@octocat|<img/i)
    }))

  it('never repeats a token from the body in a comment, log line, output or job summary', () =>
    withApi(async (api) => {
      const token = 'ghp_R8kZq2Lm5Nx7Vb3Cd9Fg1Hj4Kp6Qs0Tw2YeA'
      api.addIssue({
        number: 6,
        labels: [LABEL],
        title: `Leak of ${token}`,
        body: body('not-ok-secret-github-token')
      })
      const run = await issueEvent(api, 'opened', 6, {
        inputs: { 'incomplete-label': 'incident-incomplete' }
      })
      expect(run.code).toBe(0)
      const [comment] = ownComments(api, 6)
      expect(comment!.body).toContain('Unexpected GitHub token')
      expect(comment!.body).toContain('line 6')
      for (const text of [comment!.body, everything(run)])
        expect(text).not.toContain(token)
      expect(run.summary).toContain('redacted credential')
    }))

  it('with three non-incident issues pinned, unpins none, succeeds and says why everywhere', () =>
    withApi(async (api) => {
      for (const n of [1, 2, 3])
        api.addIssue({
          number: n,
          labels: ['announcement'],
          pinnedBy: 'maintainer'
        })
      api.addIssue({ number: 10, labels: [LABEL], body: DRAFT })
      const run = await issueEvent(api, 'opened', 10)
      expect(run.code).toBe(0)
      expect(api.pinned()).toEqual([1, 2, 3])
      expect(run.outputs.pinned).toBe('false')
      const why =
        'GitHub allows 3 pinned issues, all 3 are held by other issues, and none of them is an incident whose time is up'
      expect(run.stdout).toContain(`${why} (held by #1, #2, #3)`)
      // One warning annotation, not two.
      expect(run.stdout.match(/::warning::/g)).toHaveLength(1)
      const comment = ownComments(api, 10)[0]!.body
      expect(comment).toContain(why)
      // A `#N` in the comment would put a "mentioned" event in the other issues.
      expect(comment).not.toMatch(/#\d/)
      expect(run.summary).toContain('not pinned')
    }))

  it('frees a slot only from an incident whose time is up', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: ['announcement'],
        pinnedBy: 'maintainer'
      })
      api.addIssue({
        number: 2,
        labels: [LABEL],
        body: body('ok-all-sections'),
        pinnedBy: 'github-actions'
      })
      api.addIssue({
        number: 3,
        labels: [LABEL],
        body: body('ok-all-sections'),
        state: 'CLOSED',
        closedAt: '2026-03-01T00:00:00Z',
        pinnedBy: 'github-actions'
      })
      api.addIssue({
        number: 11,
        labels: [LABEL],
        body: body('ok-all-sections')
      })
      const run = await issueEvent(api, 'opened', 11)
      expect(run.code).toBe(0)
      expect(api.pinned().sort((a, b) => a - b)).toEqual([1, 2, 11])
      expect(ownComments(api, 11)).toEqual([])
    }))

  it('keeps a closed incident pinned, unpins it at once with unpin-after-days 0, and on unlabel', () =>
    withApi(async (api) => {
      const complete = body('ok-all-sections')
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: complete,
        pinnedBy: 'github-actions'
      })
      api.addIssue({
        number: 2,
        labels: [LABEL],
        body: complete,
        pinnedBy: 'github-actions'
      })
      api.addIssue({
        number: 3,
        labels: [LABEL],
        body: complete,
        pinnedBy: 'github-actions'
      })
      api.setClosed(1, '2026-03-10T11:00:00Z')
      expect((await issueEvent(api, 'closed', 1)).outputs.pinned).toBe('true')
      expect(api.pinned()).toContain(1)

      api.setClosed(2, '2026-03-10T11:00:00Z')
      const zero = await issueEvent(api, 'closed', 2, {
        inputs: { 'unpin-after-days': '0' }
      })
      expect(zero.outputs.pinned).toBe('false')
      expect(api.pinned()).not.toContain(2)

      api.issue(3).labels = []
      const unlabeled = await issueEvent(api, 'unlabeled', 3, { label: LABEL })
      expect(unlabeled.outputs).toMatchObject({
        incident: 'false',
        pinned: 'false'
      })
      expect(api.pinned()).toEqual([1])
    }))

  it.each([
    [
      { 'unpin-after-days': '-1' },
      "Invalid value for 'unpin-after-days': must be a whole number of days from 0 to 36,500 (got '-1')"
    ],
    [
      { 'unpin-after-days': 'three' },
      "Invalid value for 'unpin-after-days': must be a whole number of days from 0 to 36,500 (got 'three')"
    ],
    [{ sections: 'name: TLDR' }, "Invalid value for 'sections': not a list"],
    [
      { sections: '- name: TLDR\n  check: spelling' },
      "unknown check 'spelling'"
    ],
    [{ 'on-complete': 'hide' }, "Invalid value for 'on-complete'"],
    [
      { pin: 'maybe' },
      "Invalid value for 'pin': must be true or false (got 'maybe')"
    ]
  ])(
    'fails on bad input %j with a message naming it and zero requests',
    (inputs, message) =>
      withApi(async (api) => {
        api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
        const run = await issueEvent(api, 'opened', 1, { inputs })
        expect(run.code).not.toBe(0)
        expect(run.stdout).toContain('::error::')
        expect(run.stdout).toContain(message)
        expect(api.requests).toEqual([])
      })
  )

  it('retries a 502 and succeeds', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      api.fault({
        match: (r) => r.operation === 'IncidentIssue',
        status: 502,
        body: { message: 'Bad gateway' }
      })
      const run = await issueEvent(api, 'opened', 1)
      expect(run.code).toBe(0)
      expect(api.pinned()).toEqual([1])
      expect(ownComments(api, 1)).toHaveLength(1)
      expect(
        api.requests.filter((r) => r.operation === 'IncidentIssue')
      ).toHaveLength(2)
    }))

  it('waits out a secondary rate limit and succeeds', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      api.fault({
        match: (r) => r.method === 'POST' && r.path.endsWith('/comments'),
        status: 403,
        headers: { 'retry-after': '1' },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        }
      })
      // GitHub's own timing: the back-off seam is off for this run.
      const run = await issueEvent(api, 'opened', 1, {
        env: { INCIDENT_ISSUES_RETRY_BASE_MS: '' }
      })
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('Secondary rate limit')
      expect(ownComments(api, 1)).toHaveLength(1)
      // The retry came after the `retry-after` second (a lower bound).
      const posts = api.requests.filter(
        (r) => r.method === 'POST' && r.path.endsWith('/comments')
      )
      expect(posts).toHaveLength(2)
      expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(990)
    }))

  it('fails clearly when the token may not write issues, naming the permissions entry', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      api.setPermission('read')
      const run = await issueEvent(api, 'opened', 1)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('::error::')
      expect(run.stdout).toContain('issues: write')
      expect(api.comments(1)).toEqual([])
    }))

  it('creates the comment again when it vanished between read and write', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      await issueEvent(api, 'opened', 1)
      const [old] = ownComments(api, 1)
      api.issue(1).body = DRAFT + '\n## Timeline\n- 2022-04-12 notice\n'
      api.afterNextRead(() => api.deleteComment(old!.databaseId))
      const run = await issueEvent(api, 'edited', 1)
      expect(run.code).toBe(0)
      const now = ownComments(api, 1)
      expect(now).toHaveLength(1)
      expect(now[0]!.databaseId).not.toBe(old!.databaseId)
      expect(now[0]!.body).toMatch(/\| Timeline \| ✅ line 7 \|/)
    }))

  it('keeps the oldest of two raced report comments and deletes the other', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      const a = api.addComment(
        1,
        'github-actions[bot]',
        '<!-- incident-issues:report -->\nold text A'
      )
      api.addComment(
        1,
        'github-actions[bot]',
        '<!-- incident-issues:report -->\nold text B'
      )
      await issueEvent(api, 'edited', 1)
      const left = ownComments(api, 1)
      expect(left.map((c) => c.databaseId)).toEqual([a.databaseId])
      expect(left[0]!.body).toContain('| Timeline | ❌ missing |')
    }))

  it('adds the incomplete label while incomplete and removes it when complete', () =>
    withApi(async (api) => {
      const inputs = { 'incomplete-label': 'needs-details' }
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      await issueEvent(api, 'opened', 1, { inputs })
      expect(api.issue(1).labels).toEqual([LABEL, 'needs-details'])
      api.issue(1).body = body('ok-all-sections')
      await issueEvent(api, 'edited', 1, { inputs })
      expect(api.issue(1).labels).toEqual([LABEL])
    }))

  it('handles workflow_dispatch with issue-number as an edit', () =>
    withApi(async (api) => {
      api.addIssue({ number: 12, labels: [LABEL], body: DRAFT })
      const run = await event(
        api,
        'workflow_dispatch',
        { inputs: {} },
        { inputs: { 'issue-number': '12' } }
      )
      expect(run.code).toBe(0)
      expect(run.outputs.missing).toBe('Timeline,References')
      expect(ownComments(api, 12)).toHaveLength(1)
    }))

  it('does nothing for an issue that no longer exists', () =>
    withApi(async (api) => {
      const run = await event(api, 'issues', {
        action: 'edited',
        issue: { number: 404, labels: [{ name: LABEL }] }
      })
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('#404: not found')
      expect(api.counts()).toEqual({ reads: 1, writes: 0 })
    }))

  it('writes nothing in dry-run and says what it would do', () =>
    withApi(async (api) => {
      for (const n of [1, 2, 3])
        api.addIssue({
          number: n,
          labels: [LABEL],
          body: body('ok-all-sections'),
          state: 'CLOSED',
          closedAt: '2026-01-01T00:00:00Z',
          pinnedBy: 'github-actions'
        })
      api.addIssue({ number: 8, labels: [LABEL], body: DRAFT })
      const run = await issueEvent(api, 'opened', 8, {
        inputs: { 'dry-run': 'true', 'incomplete-label': 'needs-details' }
      })
      expect(run.code).toBe(0)
      expect(api.counts().writes).toBe(0)
      expect(api.pinned()).toEqual([1, 2, 3])
      expect(api.comments(8)).toEqual([])
      expect(run.stdout).toContain('[dry-run] would pin #8')
      expect(run.stdout).toContain('[dry-run] would unpin #')
      expect(run.stdout).toContain(
        '[dry-run] would create the report comment on #8'
      )
      expect(run.summary).toContain(
        '**Dry run**: nothing was written. It would have:'
      )
      expect(run.summary).toContain('created the report comment')
      expect(run.outputs).toMatchObject({ pinned: 'true', complete: 'false' })
    }))

  it('finds its comment among 250 others (paginated) and edits it in place', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      for (let i = 0; i < 130; i++)
        api.addComment(1, `user${i % 7}`, `Were we affected? ${i}`)
      api.addComment(
        1,
        'github-actions[bot]',
        '<!-- incident-issues:report -->\nold text'
      )
      for (let i = 0; i < 120; i++)
        api.addComment(1, `user${i % 5}`, `Thanks! ${i}`)
      api.resetCounts()
      const run = await issueEvent(api, 'edited', 1)
      expect(run.code).toBe(0)
      expect(api.counts()).toEqual({ reads: 4, writes: 2 })
      const own = ownComments(api, 1)
      expect(own).toHaveLength(1)
      expect(own[0]!.body).toContain('| Timeline | ❌ missing |')
      expect(api.comments(1)).toHaveLength(251)
    }))

  it('survives a 64 KB body with thousands of findings: comment and output stay within limits', () =>
    withApi(async (api) => {
      let timeline = ''
      for (let i = 0; timeline.length < 64_000; i++)
        timeline += `- ${2000 + ((2999 - i) % 999)}-0${1 + (i % 9)}-1${i % 10} x\n`
      const hostile = (
        '## TLDR\nx\n## Summary\nx\n## References\nhttps://x.org\n## Timeline\n' +
        timeline
      ).slice(0, 65_536)
      api.addIssue({ number: 1, labels: [LABEL], body: hostile })
      const run = await issueEvent(api, 'opened', 1)
      expect(run.code).toBe(0)
      const [comment] = ownComments(api, 1)
      expect(comment!.body.length).toBeLessThanOrEqual(65_536)
      expect(comment!.body).toMatch(/… and \d+ more findings not shown/)
      expect(run.outputs.report!.length).toBeLessThanOrEqual(100_000)
      expect(JSON.parse(run.outputs.report!).findingsOmitted).toBeGreaterThan(
        1000
      )
    }))

  it('takes "already pinned" as the state it describes when a maintainer pinned between read and write', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: body('ok-all-sections')
      })
      api.afterNextRead(() => api.pinAs(1, 'alice'))
      const run = await issueEvent(api, 'opened', 1)
      expect(run.code).toBe(0)
      expect(run.outputs.pinned).toBe('true')
      expect(api.pinned()).toEqual([1])
    }))

  it('takes "Maximum 3 pinned issues" as a full board when pins were taken between read and write', () =>
    withApi(async (api) => {
      for (const n of [2, 3, 4])
        api.addIssue({ number: n, labels: ['announcement'] })
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      api.afterNextRead(() => [2, 3, 4].forEach((n) => api.pinAs(n, 'alice')))
      const run = await issueEvent(api, 'opened', 1)
      expect(run.code).toBe(0)
      expect(run.outputs.pinned).toBe('false')
      expect(run.stdout).toContain('::warning::')
      expect(ownComments(api, 1)[0]!.body).toContain('all 3 are taken')
    }))

  it('never lets issue text become a workflow command in the log', () =>
    withApi(async (api) => {
      const evil = '::error title=pwned::injected'
      api.addIssue({
        number: 1,
        labels: [LABEL],
        title: evil,
        body: `## ${evil}\n${evil}\n## TLDR\n${evil}\n`
      })
      const issueRun = await issueEvent(api, 'opened', 1, { bundle: true })
      const sweepRun = await event(api, 'schedule', {}, { bundle: true })
      for (const run of [issueRun, sweepRun]) {
        expect(run.code).toBe(0)
        expect(run.stdout).not.toContain('pwned')
      }
    }))

  it('with comment: false and pin: false only reads and reports', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      const run = await issueEvent(api, 'opened', 1, {
        bundle: true,
        inputs: { comment: 'false', pin: 'false' }
      })
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({
        incident: 'true',
        complete: 'false',
        pinned: 'false'
      })
      expect(api.counts()).toEqual({ reads: 2, writes: 0 })
    }))

  it('keeps a closed incident with the keep-pinned label pinned even with unpin-after-days 0', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL, 'Keep-Pinned'],
        body: body('ok-all-sections'),
        state: 'CLOSED',
        closedAt: '2025-01-01T00:00:00Z'
      })
      const run = await issueEvent(api, 'labeled', 1, {
        bundle: true,
        inputs: { 'unpin-after-days': '0' }
      })
      expect(run.outputs.pinned).toBe('true')
      expect(api.pinned()).toEqual([1])
      expect(run.summary).toContain('keep\\-pinned label')
    }))

  it('works with GitHub Enterprise Server URLs (REST under /api/v3, GraphQL at /api/graphql)', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      const run = await event(
        api,
        'issues',
        { action: 'opened', issue: { number: 1, labels: [{ name: LABEL }] } },
        {
          env: {
            GITHUB_API_URL: `${api.url}/api/v3`,
            GITHUB_GRAPHQL_URL: `${api.url}/api/graphql`
          },
          bundle: true
        }
      )
      expect(run.code).toBe(0)
      expect(api.pinned()).toEqual([1])
      expect(ownComments(api, 1)).toHaveLength(1)
      expect(api.requests.map((r) => r.path)).toEqual([
        '/api/graphql',
        '/api/v3/repos/octo-org/octo-repo/collaborators/maintainer/permission',
        '/api/graphql',
        '/api/v3/repos/octo-org/octo-repo/issues/1/comments'
      ])
    }))

  describe('dry-run, for every kind of write', () => {
    const complete = body('ok-all-sections')
    const scenarios: [string, (api: Api) => void, string, string?][] = [
      [
        'opened incomplete (pin, comment, label)',
        (api) => api.addIssue({ number: 1, labels: [LABEL], body: DRAFT }),
        'opened'
      ],
      [
        'edited to complete (update, minimize)',
        (api) => {
          api.addIssue({
            number: 1,
            labels: [LABEL],
            body: complete,
            pinnedBy: 'github-actions'
          })
          api.addComment(
            1,
            'github-actions[bot]',
            '<!-- incident-issues:report -->\nold'
          )
        },
        'edited'
      ],
      [
        'closed with unpin-after-days 0 (unpin)',
        (api) => {
          api.addIssue({
            number: 1,
            labels: [LABEL],
            body: complete,
            state: 'CLOSED',
            closedAt: '2026-03-01T00:00:00Z',
            pinnedBy: 'github-actions'
          })
        },
        'closed'
      ],
      [
        'unlabeled (unpin, label removal)',
        (api) => {
          api.addIssue({
            number: 1,
            labels: ['needs-details'],
            body: complete,
            pinnedBy: 'github-actions'
          })
        },
        'unlabeled',
        LABEL
      ],
      [
        'raced comments (delete)',
        (api) => {
          api.addIssue({
            number: 1,
            labels: [LABEL],
            body: DRAFT,
            pinnedBy: 'github-actions'
          })
          api.addComment(
            1,
            'github-actions[bot]',
            '<!-- incident-issues:report -->\nA'
          )
          api.addComment(
            1,
            'github-actions[bot]',
            '<!-- incident-issues:report -->\nB'
          )
        },
        'edited'
      ]
    ]
    it.each(scenarios)(
      '%s: writes nothing and says what it would do',
      (_name, seed, action, label) =>
        withApi(async (api) => {
          seed(api)
          const before = JSON.stringify({
            pinned: api.pinned(),
            comments: api.comments(1),
            labels: api.issue(1).labels
          })
          const inputs = {
            'dry-run': 'true',
            'incomplete-label': 'needs-details',
            'unpin-after-days': '0'
          }
          const run = await issueEvent(api, action, 1, {
            inputs,
            ...(label ? { label } : {})
          })
          expect(run.code).toBe(0)
          expect(api.counts().writes).toBe(0)
          expect(
            JSON.stringify({
              pinned: api.pinned(),
              comments: api.comments(1),
              labels: api.issue(1).labels
            })
          ).toBe(before)
          expect(run.stdout).toContain('[dry-run] would ')
          expect(run.summary).toContain(
            '**Dry run**: nothing was written. It would have:'
          )
          expect(run.summary).not.toContain('nothing (no change needed)')
        })
    )
  })
})
