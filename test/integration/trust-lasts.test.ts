import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAtomFeed } from 'feedsmith'
import { describe, expect, it } from 'vitest'
import {
  event,
  everything,
  issueEvent,
  LABEL,
  ownComments,
  withApi,
  type Api
} from './harness.js'
import {
  ago,
  COMPLETE,
  daysFromNow,
  DRAFT,
  NOW,
  recordWorkspace,
  sweep
} from './scenario.js'

const FILES = [
  'index.html',
  'feed.xml',
  'incidents.json',
  'badge.json',
  'INCIDENTS.md'
]
const withTldr = (tldr: string) =>
  COMPLETE.replace(/^## TLDR\n[^\n]*\n/, `## TLDR\n${tldr}\n`)

/** A record run in a workspace that persists between runs (its memory). */
function recorder(api: Api) {
  const ws = recordWorkspace()
  return {
    dir: ws.dir,
    async run(now = NOW) {
      const run = await sweep(api, { ...ws.inputs, pin: 'false' }, now, ws.env)
      expect(run.code, run.stdout).toBe(0)
      const files = Object.fromEntries(
        FILES.map((f) => [f, readFileSync(join(ws.dir, f), 'utf8')])
      )
      return { run, files, all: Object.values(files).join('\n') }
    }
  }
}

describe.concurrent(
  'trust that lasts (the bundle against the API double)',
  () => {
    it('finds the maintainer’s label behind 60 label events of the action’s own incomplete label', () =>
      withApi(async (api) => {
        api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
        for (let i = 0; i < 30; i++) {
          api.labelAs(1, 'needs-details', 'github-actions[bot]')
          api.unlabelAs(1, 'needs-details', 'github-actions[bot]')
        }
        api.resetCounts()
        const run = await issueEvent(api, 'edited', 1, {
          inputs: { 'incomplete-label': 'needs-details' }
        })
        expect(run.code, run.stdout).toBe(0)
        expect(run.outputs).toMatchObject({
          incident: 'true',
          'untrusted-label': 'false',
          pinned: 'true'
        })
        expect(ownComments(api, 1)).toHaveLength(1)
        // The issue read, one page of earlier label events, the role.
        expect(api.counts().reads).toBe(3)
      }))

    it('undoes its own pin when the maintainer who declared the incident lost the role', () =>
      withApi(async (api) => {
        api.addIssue({
          number: 1,
          labels: [LABEL],
          body: COMPLETE,
          labeledBy: 'former',
          closedAt: ago(5),
          pinnedBy: 'github-actions'
        })
        const run = await sweep(api)
        expect(run.code, run.stdout).toBe(0)
        expect(api.pinned()).toEqual([])
        expect(JSON.parse(run.outputs.unpinned!)).toEqual([1])
      }))

    it('a pin whose answer was lost leaves no stale "not pinned" notice, even when GitHub answers the retry with "maximum"', () =>
      withApi(async (api) => {
        api.setLimitFirst(true)
        api.addIssue({ number: 2, pinnedBy: 'maintainer' })
        api.addIssue({ number: 3, pinnedBy: 'maintainer' })
        api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
        api.fault({
          match: (r) => r.operation === 'PinIncident',
          status: 502,
          lost: true
        })
        const run = await issueEvent(api, 'opened', 1)
        expect(run.code, run.stdout).toBe(0)
        expect(api.pinned()).toEqual([2, 3, 1])
        expect(run.outputs.pinned).toBe('true')
        const [comment] = ownComments(api, 1)
        expect(comment!.body).not.toMatch(/not pinned|3 pinned issues/i)
      }))
  }
)

describe.concurrent('a gone issue is not a failure', () => {
  it('an issue deleted between the read and the writes: one line, exit 0, no advice about permissions', () =>
    withApi(async (api) => {
      api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
      api.afterNextRead(() => api.deleteIssue(1))
      const run = await issueEvent(api, 'opened', 1, {
        inputs: { 'incomplete-label': 'needs-details' }
      })
      expect(run.code, run.stdout).toBe(0)
      expect(run.stdout.match(/the issue is gone/g)).toHaveLength(1)
      expect(run.stdout).not.toMatch(/refused|permissions|fork/i)
    }))

  it('the sweep: an incident deleted between the list and its unpin', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: COMPLETE,
        closedAt: ago(10),
        pinnedBy: 'github-actions'
      })
      api.afterNextRead(() => api.deleteIssue(1))
      const run = await sweep(api)
      expect(run.code, run.stdout).toBe(0)
      expect(run.stdout).toContain('the issue is gone')
      expect(run.stdout).not.toMatch(/refused/i)
    }))
})

describe.concurrent('the record speaks only for maintainers', () => {
  it('withholds a TLDR rewritten by its author (no role) after a maintainer declared it; says so in the summary', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        title: 'Provider breach',
        labels: [LABEL],
        body: withTldr('Rotate your deploy keys.'),
        createdAt: ago(3)
      })
      api.editAs(
        1,
        withTldr('Log in at https://evil.example to check.'),
        'reporter',
        ago(1)
      )
      const { run, all, files } = await recorder(api).run()
      expect(all).not.toContain('evil.example')
      expect(files['index.html']).toContain('the summary awaits a maintainer')
      expect(JSON.parse(files['incidents.json']!).incidents[0].tldr).toBeNull()
      expect(run.summary).toContain('edited since by someone without a role')
    }))

  it('keeps the previous record’s text until a maintainer edits; a maintainer’s edit is published', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        title: 'Provider breach',
        labels: [LABEL],
        body: withTldr('Rotate your deploy keys.'),
        createdAt: ago(3)
      })
      const record = recorder(api)
      await record.run()
      api.editAs(
        1,
        withTldr('Log in at https://evil.example now.'),
        'reporter',
        ago(2)
      )
      api.renameAs(1, 'Free tokens at evil.example', 'reporter', ago(2))
      const second = await record.run()
      expect(second.all).not.toContain('evil.example')
      expect(second.files['index.html']).toContain('Rotate your deploy keys.')
      expect(second.files['index.html']).toContain('Provider breach')
      api.editAs(1, withTldr('Rotate keys and tokens.'), 'maintainer', ago(1))
      api.renameAs(1, 'Provider breach (tokens too)', 'maintainer', ago(1))
      const third = await record.run()
      expect(third.files['index.html']).toContain('Rotate keys and tokens.')
      expect(third.files['index.html']).toContain(
        'Provider breach (tokens too)'
      )
    }))

  it('an edit made before a maintainer declared it is theirs: they read it then', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [],
        body: withTldr('First words.'),
        createdAt: ago(3)
      })
      api.editAs(1, withTldr('Rotate your deploy keys.'), 'reporter', ago(2))
      api.labelAs(1, LABEL, 'maintainer', ago(1))
      const { files } = await recorder(api).run()
      expect(files['index.html']).toContain('Rotate your deploy keys.')
    }))

  it('keeps an incident it once listed after the maintainer who declared it lost the role', () =>
    withApi(async (api) => {
      api.setRole('former', 'maintain')
      api.addIssue({
        number: 1,
        title: 'Provider breach',
        labels: [LABEL],
        body: COMPLETE,
        labeledBy: 'former'
      })
      const record = recorder(api)
      expect(
        JSON.parse((await record.run()).files['incidents.json']!).incidents
      ).toHaveLength(1)
      api.setRole('former', 'read')
      const second = await record.run()
      expect(
        JSON.parse(second.files['incidents.json']!).incidents
      ).toHaveLength(1)
      expect(second.run.summary).toContain('the previous record listed it')
      // Without the memory, nobody trusted declared it.
      const fresh = await recorder(api).run()
      expect(JSON.parse(fresh.files['incidents.json']!).incidents).toHaveLength(
        0
      )
    }))

  it('a reopen moves an entry’s updated forward, never back', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: COMPLETE,
        createdAt: ago(10),
        closedAt: ago(5)
      })
      const record = recorder(api)
      const before = JSON.parse((await record.run()).files['incidents.json']!)
        .incidents[0].updatedAt
      api.setClosed(1, null, 'COMPLETED', ago(1))
      const after = JSON.parse((await record.run()).files['incidents.json']!)
        .incidents[0].updatedAt
      expect(Date.parse(after)).toBeGreaterThan(Date.parse(before))
    }))
})

it('a record-dir that cannot be written is named, and never hides a refused write', () =>
  withApi(async (api) => {
    api.addIssue({ number: 1, labels: [LABEL], body: COMPLETE })
    api.fault({
      match: (r) => r.operation === 'PinIncident',
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const { dir, inputs, env } = recordWorkspace()
    // A file where the folder should be: nothing can be written into it.
    writeFileSync(dir, 'not a folder')
    const run = await sweep(api, inputs, NOW, env)
    expect(run.code).toBe(1)
    const error = run.stdout.slice(run.stdout.indexOf('::error::'))
    expect(error).toContain(
      "Could not write the public record into 'record-dir'"
    )
    expect(error).toContain('GitHub refused 1 write')
    expect(error).toContain('#1: pin the issue')
    // The summary was still written.
    expect(run.summary).toContain('incident-issues')
  }))

it('a refused read of the record is named beside the refused writes, after the summary', () =>
  withApi(async (api) => {
    api.addIssue({ number: 1, labels: [LABEL], body: COMPLETE })
    for (const operation of ['PinIncident', 'IncidentRecord'])
      api.fault({
        match: (r) => r.operation === operation,
        status: 403,
        body: { message: 'Resource not accessible by integration' },
        times: 5
      })
    const { inputs, env } = recordWorkspace()
    const run = await sweep(api, inputs, NOW, env)
    expect(run.code).toBe(1)
    const error = run.stdout.slice(run.stdout.indexOf('::error::'))
    expect(error).toContain('The public record was not written')
    expect(error).toContain('GitHub refused 1 write')
    expect(run.outputs.unpinned).toBe('[]')
    expect(run.summary).toContain('incident-issues')
  }))

describe.concurrent('the warm record', () => {
  const withoutGenerated = (files: Record<string, string>) =>
    JSON.stringify(files).replace(/\\"generated\\": \\"[^"\\]*\\"/, '')

  it('gives the same bytes as a cold record, checking only the bodies that changed', () =>
    withApi(async (api) => {
      for (let n = 1; n <= 5; n++)
        api.addIssue({
          number: n,
          title: `Incident ${n}`,
          labels: [LABEL],
          body: withTldr(`Rotate key ${n}.`),
          createdAt: ago(10 + n)
        })
      const record = recorder(api)
      const cold = await record.run()
      const warm = await record.run()
      expect(warm.run.stdout).toContain(
        '5 unchanged report(s) kept from the previous record; 0 checked'
      )
      expect(withoutGenerated(warm.files)).toBe(withoutGenerated(cold.files))
      // A maintainer edits one report: that one is checked again.
      api.editAs(2, withTldr('Rotate every key.'), 'maintainer', ago(1))
      const third = await record.run()
      expect(third.run.stdout).toContain('4 unchanged report(s) kept')
      expect(third.files['index.html']).toContain('Rotate every key.')
      // A fresh record of the same issues is the same.
      const fresh = await recorder(api).run()
      expect(withoutGenerated(fresh.files)).toBe(withoutGenerated(third.files))
    }))

  it('ignores a kept analysis whose key does not match the body', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        labels: [LABEL],
        body: withTldr('Rotate your keys.')
      })
      const record = recorder(api)
      await record.run()
      const path = join(record.dir, 'incidents.json')
      const json = JSON.parse(readFileSync(path, 'utf8'))
      json.incidents[0].analysis.key = 'f'.repeat(28)
      json.incidents[0].analysis.tldr.text = 'forged'
      writeFileSync(path, JSON.stringify(json))
      const again = await record.run()
      expect(again.all).not.toContain('forged')
      expect(again.files['index.html']).toContain('Rotate your keys.')
    }))
})

describe.concurrent('nothing echoed, and valid output', () => {
  const x = (n: number) => 'aB3dE5gH7jK9mN2pQ4sT6vW8yZ'.repeat(4).slice(0, n)
  const TOKENS = [
    'ghp_' + x(36),
    'shpat_' + x(32),
    'lin_api_' + x(40),
    'postgres://admin:' + 'S3cretPass' + '@db.example.com/app'
  ]

  it('credentials in titles reach no channel: comment, summary, outputs, log, record', () =>
    withApi(async (api) => {
      TOKENS.forEach((token, k) =>
        api.addIssue({
          number: k + 1,
          title: `Leaked ${token.slice(0, 6)}\u200b${token.slice(6)} in CI`,
          labels: [LABEL],
          body: DRAFT
        })
      )
      const events = await Promise.all(
        TOKENS.map((_, k) => issueEvent(api, 'opened', k + 1))
      )
      const { dir, inputs, env } = recordWorkspace()
      mkdirSync(dir, { recursive: true })
      const swept = await sweep(api, inputs, NOW, env)
      const record = FILES.map((f) => readFileSync(join(dir, f), 'utf8'))
      const comments = TOKENS.flatMap((_, k) =>
        ownComments(api, k + 1).map((c) => c.body)
      )
      const seen = [
        ...events.map(everything),
        everything(swept),
        ...record,
        ...comments
      ].join('\n')
      for (const token of TOKENS) {
        expect(seen).not.toContain(token)
        expect(seen).not.toContain(token.slice(6))
      }
    }))

  it('a terminal colour code, a lone surrogate and a tag character in a title leave a feed that parses', () =>
    withApi(async (api) => {
      api.addIssue({
        number: 1,
        title: `\u001b[31mAlert\u001b[0m \ud800 ${'😀'.repeat(150)} \u{e0041}end`,
        labels: [LABEL],
        body: withTldr(`Look \u001b[1mhere\u0007 ${'é'.repeat(600)}😀😀`)
      })
      const { files } = await recorder(api).run()
      for (const f of FILES) {
        expect(files[f]).not.toMatch(
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/
        )
        expect(files[f]).not.toMatch(
          /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
        )
        expect(files[f]).not.toContain('\u{e0041}')
      }
      const feed = parseAtomFeed(files['feed.xml']!)
      expect(feed.entries).toHaveLength(1)
      expect(JSON.parse(files['incidents.json']!).incidents[0].title).toMatch(
        /^\[31mAlert\[0m/
      )
    }))
})

it('reads the issue-number input strictly: `#` never runs the sweep', () =>
  withApi(async (api) => {
    api.addIssue({
      number: 1,
      labels: [LABEL],
      body: COMPLETE,
      closedAt: daysFromNow(-10),
      pinnedBy: 'github-actions'
    })
    const run = await event(
      api,
      'workflow_dispatch',
      {},
      {
        inputs: { 'issue-number': '#' }
      }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("Invalid value for 'issue-number'")
    expect(api.requests).toHaveLength(0)
    expect(api.pinned()).toEqual([1])
  }))
