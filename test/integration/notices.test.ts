import { describe, expect, it } from 'vitest'
import { noticeMarker } from '../../src/core/notices.js'
import { createApiDouble } from '../support/api-double/server.mjs'
import { event, everything, issueEvent, type Api } from './harness.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMPLETE, LABEL, NOW, recordWorkspace } from './scenario.js'

/**
 * Notice issues (SPEC "Several repositories, one incident"): the report in
 * octo-org/octo-repo names octo-org/web and octo-org/cli; the central sweep
 * (an App token, `repositories: octo-org/*`) keeps one notice in each.
 */
const APP = 'incident-app[bot]'
const ORG = { repositories: 'octo-org/*', 'unpin-after-days': '3' }
const REF = 'octo-org/octo-repo#12'

const report = (affected: string[], tldr = 'Rotate your deploy keys now.') =>
  COMPLETE.replace(/## TLDR\n[^\n]*\n/, `## TLDR\n${tldr}\n`) +
  `\n## Affected repositories\n${affected.map((a) => `- ${a}`).join('\n')}\n`

async function organisation(): Promise<Api> {
  // The double's clock at NOW: what it closes now is closed now.
  const api = await createApiDouble({ viewer: APP, now: NOW }).start()
  api.addRepository('octo-org/web')
  api.addRepository('octo-org/cli')
  api.addRepository('octo-org/docs')
  api.addIssue({
    number: 12,
    title: 'OAuth tokens stolen at our hosting provider',
    labels: [LABEL],
    body: report([
      'octo-org/web',
      'https://github.com/octo-org/cli',
      'elsewhere/app'
    ])
  })
  return api
}

const sweep = (api: Api, inputs: Record<string, string> = {}, now = NOW) =>
  event(
    api,
    'schedule',
    { schedule: '17 3 * * *' },
    { inputs: { ...ORG, ...inputs }, now }
  )

/** The notices of REF in a repository, as GitHub holds them. */
const noticesIn = (api: Api, repository: string) =>
  [...Array(50).keys()]
    .map((k) => {
      try {
        return api.repository(repository).issue(k + 1)
      } catch {
        return null
      }
    })
    .filter(
      (i): i is NonNullable<typeof i> =>
        i !== null && i.body.startsWith(noticeMarker(REF))
    )

describe('notice issues in the affected repositories', () => {
  it('from report to closed notices: opened, pinned, updated, removed, closed and reopened with the report', async () => {
    const api = await organisation()
    try {
      const first = await sweep(api)
      expect(first.code, everything(first)).toBe(0)
      for (const repository of ['octo-org/web', 'octo-org/cli']) {
        const [notice, ...more] = noticesIn(api, repository)
        expect(more).toEqual([])
        expect(notice!.author).toBe(APP)
        expect(notice!.labels).toEqual([LABEL])
        expect(notice!.title).toBe(
          'Security incident in octo-org/octo-repo: OAuth tokens stolen at our hosting provider'
        )
        expect(notice!.body).toContain('Rotate your deploy keys now')
        expect(notice!.body).toContain(
          'https://github.com/octo-org/octo-repo/issues/12'
        )
        // Pinned in its own repository, by the same policy, the same night.
        expect(api.repository(repository).pinned()).toEqual([notice!.number])
      }
      expect(noticesIn(api, 'octo-org/docs')).toEqual([])
      expect(api.pinned()).toEqual([12])
      expect(first.summary).toContain('notice issues')
      expect(first.summary).toMatch(/`octo-org\/web#1` opened/)

      // Nothing changed: nothing written.
      api.resetCounts()
      const again = await sweep(api)
      expect(again.code, everything(again)).toBe(0)
      expect(api.counts().writes).toBe(0)

      // The TLDR changes (a maintainer edits): the notices follow.
      api.editAs(
        12,
        report(
          ['octo-org/web', 'octo-org/cli'],
          'Rotate your deploy keys and tokens.'
        ),
        'maintainer'
      )
      expect((await sweep(api)).code).toBe(0)
      for (const repository of ['octo-org/web', 'octo-org/cli'])
        expect(noticesIn(api, repository)[0]!.body).toContain(
          'Rotate your deploy keys and tokens'
        )

      // cli is no longer named: its notice is closed as not planned, and unpinned at once.
      api.editAs(
        12,
        report(['octo-org/web'], 'Rotate your deploy keys and tokens.'),
        'maintainer'
      )
      expect((await sweep(api)).code).toBe(0)
      const cli = noticesIn(api, 'octo-org/cli')[0]!
      expect([cli.state, cli.stateReason]).toEqual(['CLOSED', 'NOT_PLANNED'])
      expect(api.repository('octo-org/cli').pinned()).toEqual([])

      // The report is closed as completed: so is the notice (pinned for the days after).
      api.setClosed(12, NOW)
      expect((await sweep(api)).code).toBe(0)
      const web = noticesIn(api, 'octo-org/web')[0]!
      expect([web.state, web.stateReason]).toEqual(['CLOSED', 'COMPLETED'])
      expect(api.repository('octo-org/web').pinned()).toEqual([web.number])

      // Reopened: the notice too.
      api.setClosed(12, null)
      expect((await sweep(api)).code).toBe(0)
      expect(noticesIn(api, 'octo-org/web')[0]!.state).toBe('OPEN')
      // cli was removed from the section: its notice stays closed.
      expect(noticesIn(api, 'octo-org/cli')[0]!.state).toBe('CLOSED')
      // Never two.
      expect(noticesIn(api, 'octo-org/web')).toHaveLength(1)
    } finally {
      await api.stop()
    }
  })

  it('a repository’s own workflow leaves a notice to the organisation: no lint, no comment, no label', async () => {
    const api = await organisation()
    try {
      expect((await sweep(api)).code).toBe(0)
      const web = api.repository('octo-org/web')
      const notice = noticesIn(api, 'octo-org/web')[0]!
      // web's own workflow, with web's GITHUB_TOKEN, on the labeled event.
      const local = await createApiDouble({
        owner: 'octo-org',
        repo: 'web'
      }).start()
      try {
        local.addIssue({
          number: notice.number,
          title: notice.title,
          body: notice.body,
          labels: [LABEL],
          author: APP,
          labeledBy: 'incident-app[bot]'
        })
        local.resetCounts()
        const run = await issueEvent(local, 'labeled', notice.number, {
          label: LABEL,
          inputs: { 'incomplete-label': 'needs-details' }
        })
        expect(run.code, everything(run)).toBe(0)
        expect(local.counts().writes).toBe(0)
        expect(local.comments(notice.number)).toEqual([])
        expect(run.stdout).toContain(`a notice of ${REF}`)
      } finally {
        await local.stop()
      }
      expect(web.comments(notice.number)).toEqual([])
    } finally {
      await api.stop()
    }
  })

  it('an issue GITHUB_TOKEN opened with a marker is no notice: a maintainer’s label makes it a report, linted and commented', async () => {
    // An issue-ops workflow (GITHUB_TOKEN) copied a reporter's text, marker
    // and all, into a new issue; a maintainer then declared it.
    const local = await createApiDouble({
      owner: 'octo-org',
      repo: 'web'
    }).start()
    try {
      local.addIssue({
        number: 3,
        title: 'Copied by a workflow',
        body: `${noticeMarker(REF)}\nNothing here`,
        labels: [LABEL],
        author: 'github-actions[bot]'
      })
      const run = await issueEvent(local, 'labeled', 3, { label: LABEL })
      expect(run.code, everything(run)).toBe(0)
      expect(run.stdout).not.toContain('a notice of')
      expect(
        local.comments(3).filter((c) => c.author === 'github-actions[bot]')
      ).toHaveLength(1)
    } finally {
      await local.stop()
    }
  })

  it('someone else’s issue with the marker is left alone and named; a lost answer to a create never makes a second notice', async () => {
    const api = await organisation()
    try {
      const web = api.repository('octo-org/web')
      web.addIssue({
        number: 1,
        title: 'Fake notice',
        body: `${noticeMarker(REF)}\nClick here`,
        author: 'mallory',
        labels: [LABEL],
        labeledBy: 'mallory'
      })
      // GitHub opens cli's notice, but its answer is lost (a 502 after the work).
      api.fault({
        match: (r) =>
          r.method === 'POST' && r.path === '/repos/octo-org/cli/issues',
        status: 502,
        lost: true
      })
      const run = await sweep(api)
      expect(run.code, everything(run)).toBe(0)
      expect(web.issue(1).body).toBe(`${noticeMarker(REF)}\nClick here`)
      expect(web.issue(1).title).toBe('Fake notice')
      expect(run.summary).toMatch(/Left alone .*`octo-org\/web#1`/)
      // web still gets the action's own notice; cli has exactly one.
      expect(
        noticesIn(api, 'octo-org/web').filter((i) => i.author === APP)
      ).toHaveLength(1)
      expect(noticesIn(api, 'octo-org/cli')).toHaveLength(1)
      const next = await sweep(api)
      expect(next.code).toBe(0)
      expect(noticesIn(api, 'octo-org/cli')).toHaveLength(1)
    } finally {
      await api.stop()
    }
  })

  it('a report edited since by someone without a role adds no notice (nor removes one) until a maintainer edits it', async () => {
    const api = await organisation()
    try {
      expect((await sweep(api)).code).toBe(0)
      api.editAs(
        12,
        report(
          ['octo-org/web', 'octo-org/cli', 'octo-org/docs'],
          'Everything is fine @octo-org/security'
        ),
        'reporter'
      )
      const run = await sweep(api)
      expect(run.code, everything(run)).toBe(0)
      expect(noticesIn(api, 'octo-org/docs')).toEqual([])
      expect(noticesIn(api, 'octo-org/cli')[0]!.state).toBe('OPEN')
      for (const r of ['octo-org/web', 'octo-org/cli'])
        expect(noticesIn(api, r)[0]!.body).not.toContain('Everything is fine')
    } finally {
      await api.stop()
    }
  })

  it('the record lists the report once, with what it also affects, and no notice', async () => {
    const api = await organisation()
    try {
      const ws = recordWorkspace()
      const run = await event(
        api,
        'schedule',
        {},
        { inputs: { ...ORG, ...ws.inputs }, env: ws.env, now: NOW }
      )
      expect(run.code, everything(run)).toBe(0)
      expect(noticesIn(api, 'octo-org/web')).toHaveLength(1)
      const json = JSON.parse(
        readFileSync(join(ws.dir, 'incidents.json'), 'utf8')
      ) as {
        incidents: { repository: string; number: number; affected?: string[] }[]
      }
      expect(json.incidents).toEqual([
        expect.objectContaining({
          repository: 'octo-org/octo-repo',
          number: 12,
          affected: ['octo-org/web', 'octo-org/cli', 'elsewhere/app']
        })
      ])
      const page = readFileSync(join(ws.dir, 'index.html'), 'utf8')
      expect(page).toContain(
        'Also affects octo-org/web, octo-org/cli, elsewhere/app'
      )
      expect(page).not.toContain('Security incident in octo-org/octo-repo')
    } finally {
      await api.stop()
    }
  })

  it('dry-run: the notices it would open are said, none is written', async () => {
    const api = await organisation()
    try {
      api.resetCounts()
      const run = await sweep(api, { 'dry-run': 'true' })
      expect(run.code, everything(run)).toBe(0)
      expect(api.counts().writes).toBe(0)
      expect(run.stdout).toContain(
        '[dry-run] would open a notice issue in octo-org/web'
      )
    } finally {
      await api.stop()
    }
  })
})

describe('the bundle keeps notices', () => {
  it('as GitHub runs dist/index.js: opened and pinned in each affected repository; the next night writes nothing', async () => {
    const api = await organisation()
    try {
      const inputs = { inputs: ORG, now: NOW, bundle: true }
      const run = await event(api, 'schedule', {}, inputs)
      expect(run.code, everything(run)).toBe(0)
      for (const repository of ['octo-org/web', 'octo-org/cli']) {
        const [notice, ...more] = noticesIn(api, repository)
        expect(more).toEqual([])
        expect(api.repository(repository).pinned()).toEqual([notice!.number])
      }
      api.resetCounts()
      expect((await event(api, 'schedule', {}, inputs)).code).toBe(0)
      expect(api.counts().writes).toBe(0)
    } finally {
      await api.stop()
    }
  })
})
