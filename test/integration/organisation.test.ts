import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApiDouble } from '../support/api-double/server.mjs'
import { event, everything, withApi, type Api, type Run } from './harness.js'
import {
  ago,
  closedIncident,
  COMPLETE,
  LABEL,
  recordWorkspace,
  sweep
} from './scenario.js'

/**
 * The organisation (SPEC "One organisation"): one central workflow in
 * octo-org/octo-repo covers octo-org/* with an App installation token.
 */
const ORG = { repositories: 'octo-org/*' }

/** octo-org with three more repositories, one archived, one a fork, one without issues. */
function organisation(api: Api) {
  const web = api.addRepository('octo-org/web')
  const cli = api.addRepository('octo-org/cli')
  const docs = api.addRepository('octo-org/docs')
  api.addRepository('octo-org/old', { archived: true })
  api.addRepository('octo-org/fork-of-x', { fork: true })
  api.addRepository('octo-org/wiki-only', { hasIssues: false })
  // Another owner's repository the installation does not cover.
  api.addRepository('other-org/app', { inInstallation: false })
  return { web, cli, docs }
}

describe('one workflow sweeps the organisation', () => {
  it('discovers the repositories, applies the single-repository rules in each, and a second sweep writes nothing', async () => {
    await withApi(async (api) => {
      const { web, cli } = organisation(api)
      // web: an open incident declared by its maintainer, and an expired one pinned by the action.
      web.addIssue({ number: 7, labels: [LABEL], body: COMPLETE })
      web.addIssue({
        number: 3,
        labels: [LABEL],
        body: COMPLETE,
        closedAt: ago(10),
        pinnedBy: 'github-actions'
      })
      // cli: labelled by a reporter without a role there (not an incident).
      cli.addIssue({ number: 5, labels: [LABEL], labeledBy: 'reporter' })
      // cli: three pins held by people; an incident waits.
      // The home repository: a closed incident past its days.
      closedIncident(api, 1, 10)

      const run = await sweep(api, ORG)
      expect(run.code, everything(run)).toBe(0)
      expect(web.pinned()).toEqual([7])
      expect(cli.pinned()).toEqual([])
      expect(api.pinned()).toEqual([])
      // One row per covered repository, none for what discovery left out.
      for (const r of [
        'octo-org/web',
        'octo-org/cli',
        'octo-org/docs',
        'octo-org/octo-repo'
      ])
        expect(run.summary).toContain(`| \`${r}\` |`)
      for (const r of ['octo-org/old', 'fork-of-x', 'wiki-only', 'other-org'])
        expect(run.summary).not.toContain(r)
      expect(run.summary).toContain(
        '1 archived, 1 fork, 1 with issues turned off'
      )
      expect(JSON.parse(run.outputs.unpinned ?? '[]')).toEqual(
        expect.arrayContaining(['octo-org/web#3', 'octo-org/octo-repo#1'])
      )

      api.resetCounts()
      const again = await sweep(api, ORG)
      expect(again.code, everything(again)).toBe(0)
      expect(api.counts().writes).toBe(0)
    })
  })

  it('one repository that cannot be served never stops the others; the run fails naming each and why', async () => {
    await withApi(async (api) => {
      const { web, cli, docs } = organisation(api)
      web.addIssue({ number: 7, labels: [LABEL], body: COMPLETE })
      cli.addIssue({ number: 2, labels: [LABEL], body: COMPLETE })
      docs.addIssue({ number: 4, labels: [LABEL], body: COMPLETE })
      // cli refuses writes (the App lacks Issues: write there); docs is archived mid-run
      // (after discovery listed it).
      cli.setPermission('read')
      api.afterNextRead(() => docs.archive())
      const run = await sweep(api, {
        ...ORG,
        repositories: 'octo-org/*\nocto-org/gone'
      })
      expect(run.code).toBe(1)
      expect(web.pinned()).toEqual([7])
      expect(cli.pinned()).toEqual([])
      expect(docs.pinned()).toEqual([])
      const error = everything(run)
      expect(error).toMatch(/octo-org\/cli: .*refused/)
      expect(error).toMatch(/octo-org\/docs: .*archived/)
      expect(error).toMatch(/octo-org\/gone: not reachable with the token/)
      expect(run.summary).toContain('| `octo-org/web` | 1 | #7 |')
    })
  })

  it('a batched read GitHub keeps refusing fails each repository it asked for, writes nothing, and names them', async () => {
    await withApi(async (api) => {
      const { web } = organisation(api)
      web.addIssue({ number: 7, labels: [LABEL], body: COMPLETE })
      api.fault({
        match: (r) => r.operation === 'OrganisationSweep',
        status: 502,
        times: 10
      })
      api.resetCounts()
      const run = await sweep(api, ORG)
      expect(run.code).toBe(1)
      expect(api.counts().writes).toBe(0)
      expect(web.pinned()).toEqual([])
      for (const r of [
        'octo-org/web',
        'octo-org/cli',
        'octo-org/docs',
        'octo-org/octo-repo'
      ])
        expect(everything(run)).toMatch(
          new RegExp(`${r}: Could not list the incident issues`)
        )
    })
  })

  it('explicit entries and ! entries: only the named ones, less the left-out', async () => {
    await withApi(async (api) => {
      const { web, cli } = organisation(api)
      web.addIssue({ number: 7, labels: [LABEL], body: COMPLETE })
      cli.addIssue({ number: 2, labels: [LABEL], body: COMPLETE })
      const run = await sweep(api, {
        repositories: 'octo-org/*, !octo-org/cli'
      })
      expect(run.code, everything(run)).toBe(0)
      expect(web.pinned()).toEqual([7])
      expect(cli.pinned()).toEqual([])
      expect(run.summary).toContain('1 left out by')
      const named = await sweep(api, { repositories: 'octo-org/cli' })
      expect(named.code, everything(named)).toBe(0)
      expect(cli.pinned()).toEqual([2])
    })
  })

  it('reads stay bounded: 1 listing, 1 per 50 repositories, role lookups once per (repository, labeller)', async () => {
    await withApi(async (api) => {
      for (let k = 0; k < 120; k++) {
        const r = api.addRepository(`octo-org/r${String(k).padStart(3, '0')}`)
        if (k % 3 === 0)
          r.addIssue({ number: 1, labels: [LABEL], body: COMPLETE })
      }
      api.resetCounts()
      const run = await sweep(api, {
        repositories: 'octo-org/*',
        comment: 'false'
      })
      expect(run.code, everything(run)).toBe(0)
      const reads = api.requests.filter((r) => r.kind === 'read')
      const listing = reads.filter((r) => r.path.startsWith('/installation/'))
      const batches = reads.filter((r) => r.operation === 'OrganisationSweep')
      // The record's read too (it finds the reports' affected repositories).
      const records = reads.filter((r) => r.operation === 'OrganisationRecord')
      const roles = reads.filter((r) => r.path.includes('/collaborators/'))
      expect(listing).toHaveLength(2) // 121 repositories, 100 a page
      expect(batches).toHaveLength(3) // 121 repositories, 50 a read
      expect(roles).toHaveLength(40) // one labeller in each of 40 repositories
      expect(records).toHaveLength(3)
      expect(reads.length).toBe(
        listing.length + batches.length + records.length + roles.length
      )
    })
  })
})

describe('the organisation, hostile and careful', () => {
  it('dry-run: every read, no write in any repository, and the summary says so', async () => {
    await withApi(async (api) => {
      const { web, cli } = organisation(api)
      web.addIssue({ number: 7, labels: [LABEL], body: COMPLETE })
      cli.addIssue({
        number: 3,
        labels: [LABEL],
        body: COMPLETE,
        closedAt: ago(10),
        pinnedBy: 'github-actions'
      })
      const ws = recordWorkspace()
      api.resetCounts()
      const run = await sweep(
        api,
        { ...ORG, 'dry-run': 'true', ...ws.inputs },
        undefined,
        ws.env
      )
      expect(run.code, everything(run)).toBe(0)
      expect(api.counts().writes).toBe(0)
      expect(web.pinned()).toEqual([])
      expect(cli.pinned()).toEqual([3])
      expect(run.summary).toContain('dry run: nothing was written')
      expect(run.stdout).toContain('octo-org/web#7: (dry-run, not done) pinned')
    })
  })

  it('hostile titles in another repository reach no channel as written: no workflow command, no mention, no credential', async () => {
    await withApi(async (api) => {
      const { web } = organisation(api)
      const token = 'ghp_' + 'Q7x'.repeat(12)
      web.addIssue({
        number: 7,
        title: `::error::pwned @octo-org/security ${token} #1`,
        labels: [LABEL],
        body: COMPLETE
      })
      const ws = recordWorkspace()
      const run = await sweep(api, { ...ORG, ...ws.inputs }, undefined, ws.env)
      expect(run.code, everything(run)).toBe(0)
      expect(everything(run)).not.toContain(token)
      expect(everything(run)).not.toContain('@octo-org/security')
      expect(run.stdout).not.toMatch(/^::error::pwned/m)
      for (const f of [
        'index.html',
        'feed.xml',
        'feeds/octo-org/web.xml',
        'incidents.json',
        'INCIDENTS.md'
      ])
        expect(readFileSync(join(ws.dir, f), 'utf8'), f).not.toContain(token)
    })
  })
})

describe('the record of the organisation', () => {
  it('one page with a section per repository with incidents, feeds per repository, incidents.json version 2', async () => {
    await withApi(async (api) => {
      const { web, cli } = organisation(api)
      web.addIssue({
        number: 7,
        title: 'OAuth tokens leaked',
        labels: [LABEL],
        body: COMPLETE,
        createdAt: ago(2)
      })
      cli.addIssue({
        number: 2,
        title: 'Old breach',
        labels: [LABEL],
        body: COMPLETE,
        createdAt: ago(40),
        closedAt: ago(30)
      })
      const ws = recordWorkspace()
      const run = await sweep(api, { ...ORG, ...ws.inputs }, undefined, ws.env)
      expect(run.code, everything(run)).toBe(0)
      const page = readFileSync(join(ws.dir, 'index.html'), 'utf8')
      expect(page).toContain('<h1>Security incidents of octo-org</h1>')
      expect(page).toContain('4 repositories covered; 2 with incidents')
      expect(page).toContain('<h2 id="repo-0">octo-org/web</h2>')
      expect(page).toContain('<h2 id="repo-1">octo-org/cli</h2>')
      expect(page).toContain(
        'rel="alternate" type="application/atom+xml" title="Security incidents of octo-org/web" href="feeds/octo-org/web.xml"'
      )
      expect(page).not.toContain('<script')
      const feed = readFileSync(join(ws.dir, 'feeds/octo-org/web.xml'), 'utf8')
      expect(feed).toContain('#7 OAuth tokens leaked')
      expect(feed).not.toContain('Old breach')
      const all = readFileSync(join(ws.dir, 'feed.xml'), 'utf8')
      expect(all).toContain('[open] octo-org/web#7 OAuth tokens leaked')
      expect(all).toContain('[closed] octo-org/cli#2 Old breach')
      const json = JSON.parse(
        readFileSync(join(ws.dir, 'incidents.json'), 'utf8')
      )
      expect(json.version).toBe(2)
      expect(json.repositories).toBe(4)
      expect(
        json.incidents.map(
          (i: { repository: string; number: number }) =>
            `${i.repository}#${i.number}`
        )
      ).toEqual(['octo-org/web#7', 'octo-org/cli#2'])
      expect(readFileSync(join(ws.dir, 'badge.json'), 'utf8')).toContain(
        '1 open'
      )
      const md = readFileSync(join(ws.dir, 'INCIDENTS.md'), 'utf8')
      expect(md).toContain('## octo-org/web')

      // Byte-stable: the same issues give the same bytes (but `generated`).
      const files = [
        'index.html',
        'feed.xml',
        'feeds/octo-org/web.xml',
        'badge.json',
        'INCIDENTS.md'
      ]
      const before = files.map((f) => readFileSync(join(ws.dir, f), 'utf8'))
      await sweep(api, { ...ORG, ...ws.inputs }, undefined, ws.env)
      expect(files.map((f) => readFileSync(join(ws.dir, f), 'utf8'))).toEqual(
        before
      )
    })
  })

  it('a repository that cannot be read keeps its previous entries and is named', async () => {
    await withApi(async (api) => {
      const { web } = organisation(api)
      web.addIssue({
        number: 7,
        title: 'OAuth tokens leaked',
        labels: [LABEL],
        body: COMPLETE
      })
      const ws = recordWorkspace()
      expect(
        (await sweep(api, { ...ORG, ...ws.inputs }, undefined, ws.env)).code
      ).toBe(0)
      web.setReachable(false)
      const run = await sweep(
        api,
        { ...ORG, repositories: 'octo-org/*, octo-org/web', ...ws.inputs },
        undefined,
        ws.env
      )
      expect(run.code).toBe(1)
      expect(everything(run)).toMatch(/octo-org\/web: not reachable/)
      const json = JSON.parse(
        readFileSync(join(ws.dir, 'incidents.json'), 'utf8')
      )
      expect(json.incidents.map((i: { number: number }) => i.number)).toEqual([
        7
      ])
    })
  })
})

describe('the readiness of the organisation', () => {
  const root = join(import.meta.dirname, '../..')
  const example = (path: string) => readFileSync(join(root, path), 'utf8')
  const CENTRAL = '.github/workflows/incident-organisation.yml'
  const FORM = '.github/ISSUE_TEMPLATE/security-incident.yml'

  /** The central repository checked out, as the example workflow does. */
  function centralWorkspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'incident-issues-central-'))
    for (const [path, text] of Object.entries({
      [CENTRAL]: example('examples/workflows/incident-organisation.yml'),
      'README.md': '# Security\n'
    })) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    return dir
  }

  const check = (api: Api, inputs: Record<string, string> = {}) =>
    event(
      api,
      'workflow_dispatch',
      {},
      {
        inputs: { 'check-setup': 'true', ...ORG, ...inputs },
        env: {
          GITHUB_WORKSPACE: centralWorkspace(),
          GITHUB_WORKFLOW_REF: `octo-org/octo-repo/${CENTRAL}@refs/heads/main`
        }
      }
    )

  /** One row per repository and item: `repository id` → state. */
  const states = (run: Run) =>
    Object.fromEntries(
      (
        JSON.parse(run.outputs.checks ?? '[]') as {
          repository: string
          id: string
          state: string
        }[]
      ).map((c) => [`${c.repository} ${c.id}`, c.state])
    )

  it('one row per repository and item; the owner’s .github gives the default form and policy; create-label fills the gaps only', async () => {
    const api = await createApiDouble({ viewer: 'incident-app[bot]' }).start()
    try {
      api.setWorkflowState('incident-organisation.yml', 'active')
      const web = api.addRepository('octo-org/web')
      const cli = api.addRepository('octo-org/cli')
      const dotGithub = api.addRepository('octo-org/.github')
      for (const r of [api, web, dotGithub]) {
        r.addRepoLabel(LABEL)
        r.addRepoLabel('keep-pinned')
      }
      web.addFile(
        FORM,
        example('examples/ISSUE_TEMPLATE/security-incident.yml')
      )
      web.addFile('SECURITY.md', example('examples/SECURITY.md'))
      dotGithub.addFile(
        FORM,
        example('examples/ISSUE_TEMPLATE/security-incident.yml')
      )
      dotGithub.addFile('SECURITY.md', example('examples/SECURITY.md'))

      const run = await check(api, { 'create-label': 'true' })
      const s = states(run)
      expect(s['octo-org/web label']).toBe('ok')
      expect(s['octo-org/web issue-form']).toBe('ok')
      expect(s['octo-org/web security-policy']).toBe('ok')
      expect(s['octo-org/web token']).toBe('ok')
      // cli had no label: created there (and only there); its form and
      // policy are the organisation's defaults.
      expect(s['octo-org/cli label']).toBe('ok')
      expect(cli.labels().sort()).toEqual(['keep-pinned', LABEL])
      expect(web.labels().sort()).toEqual(['keep-pinned', LABEL])
      expect(s['octo-org/cli issue-form']).toBe('ok')
      const checks = JSON.parse(run.outputs.checks ?? '[]') as {
        repository: string
        id: string
        message: string
      }[]
      expect(
        checks.find(
          (c) => c.repository === 'octo-org/cli' && c.id === 'issue-form'
        )?.message
      ).toContain('octo-org/.github: ')
      // The schedule is the central workflow's, once.
      expect(Object.keys(s).filter((k) => k.endsWith(' schedule'))).toEqual([
        'octo-org/octo-repo schedule'
      ])
      expect(s['octo-org/octo-repo schedule']).toBe('ok')
      expect(run.summary).toMatch(
        /\| Repository \| label \| keep-pinned-label \| pin-slots \| token \|/
      )
      expect(run.summary).toContain('| `octo-org/cli` | ✅ |')
      expect(run.code, everything(run)).toBe(0)
    } finally {
      await api.stop()
    }
  })

  it('GITHUB_TOKEN cannot reach the other repositories: the check says so and how to get an App token', async () => {
    await withApi(async (api) => {
      api.addRepository('octo-org/web')
      const run = await check(api)
      const s = states(run)
      expect(s['octo-org/web token']).toBe('error')
      expect(s['octo-org/octo-repo token']).toBe('warning')
      expect(run.code).toBe(1)
      expect(everything(run)).toContain('actions/create-github-app-token')
    })
  })

  it('a repository the token cannot reach is one ❌ row, and the others are checked', async () => {
    const api = await createApiDouble({ viewer: 'incident-app[bot]' }).start()
    try {
      api.addRepository('octo-org/web').addRepoLabel(LABEL)
      const run = await check(api, {
        repositories: 'octo-org/web, octo-org/secret'
      })
      const s = states(run)
      expect(s['octo-org/secret token']).toBe('error')
      expect(s['octo-org/web label']).toBe('ok')
      expect(run.code).toBe(1)
      expect(everything(run)).toMatch(
        /octo-org\/secret: token \(not reachable with the token/
      )
    } finally {
      await api.stop()
    }
  })
})

describe('the bundle serves an organisation', () => {
  it('discovery, the sweep, the record and the readiness check, as GitHub runs dist/index.js', async () => {
    const api = await createApiDouble({ viewer: 'incident-app[bot]' }).start()
    try {
      const { web } = organisation(api)
      web.addIssue({
        number: 7,
        title: 'OAuth tokens leaked',
        labels: [LABEL],
        body: COMPLETE
      })
      api.setWorkflowState('incident-organisation.yml', 'active')
      const ws = recordWorkspace()
      const run = await event(
        api,
        'schedule',
        { schedule: '17 3 * * *' },
        { inputs: { ...ORG, ...ws.inputs }, env: ws.env, bundle: true }
      )
      expect(run.code, everything(run)).toBe(0)
      expect(web.pinned()).toEqual([7])
      expect(
        readFileSync(join(ws.dir, 'feeds/octo-org/web.xml'), 'utf8')
      ).toContain('#7 OAuth tokens leaked')
      expect(
        JSON.parse(readFileSync(join(ws.dir, 'incidents.json'), 'utf8')).version
      ).toBe(2)

      const check = await event(
        api,
        'workflow_dispatch',
        {},
        {
          inputs: { ...ORG, 'check-setup': 'true', 'create-label': 'true' },
          env: ws.env,
          bundle: true
        }
      )
      const checks = JSON.parse(check.outputs.checks ?? '[]') as {
        repository: string
        id: string
      }[]
      expect(new Set(checks.map((c) => c.repository))).toEqual(
        new Set([
          'octo-org/octo-repo',
          'octo-org/web',
          'octo-org/cli',
          'octo-org/docs'
        ])
      )
      expect(api.repository('octo-org/cli').labels()).toContain(LABEL)
    } finally {
      await api.stop()
    }
  })
})
