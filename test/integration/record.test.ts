import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { parseAtomFeed } from 'feedsmith'
import { describe, expect, it } from 'vitest'
import { issueEvent, LABEL, withApi, type Api } from './harness.js'
import { ago, COMPLETE, recordWorkspace, sweep } from './scenario.js'

const FILES = [
  'index.html',
  'feed.xml',
  'incidents.json',
  'badge.json',
  'INCIDENTS.md'
]
const schema = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../schemas/incidents.schema.json'),
    'utf8'
  )
)
const ajv = new Ajv2020.default({ allErrors: true })
addFormats.default(ajv)
const validate = ajv.compile(schema)

/** Run the sweep with record-dir; the record's files by name. */
async function record(api: Api, now?: string) {
  const { dir, inputs, env } = recordWorkspace()
  const run = await sweep(api, inputs, now, env)
  expect(run.code, run.stdout).toBe(0)
  const files = Object.fromEntries(
    FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')])
  )
  return { run, files, dir }
}

import { seedRecord, TOKEN } from './record-seed.js'

describe.concurrent('the public record', () => {
  it('writes the five files: open first then newest first, trusted incidents only, dismissed ones counted', () =>
    withApi(async (api) => {
      seedRecord(api)
      const { files } = await record(api)
      const json = JSON.parse(files['incidents.json']!)
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
      expect(json.incidents.map((i: { number: number }) => i.number)).toEqual([
        11, 12, 10, 7
      ])
      expect(files['index.html']).toContain('3 open security incidents')
      expect(files['index.html']).toContain(
        '1 issue was closed as not planned or as a duplicate'
      )
      expect(JSON.parse(files['badge.json']!)).toEqual({
        schemaVersion: 1,
        label: 'security incidents',
        message: '3 open',
        color: 'red'
      })
      expect(files['INCIDENTS.md']).toContain('3 open security incidents.')
      // The spam whose form applied the label is not an incident.
      for (const f of FILES) expect(files[f]).not.toContain('evil.example')
    }))

  it('a TLDR becomes safe HTML: web links only, no raw HTML, no image, mentions as text', () =>
    withApi(async (api) => {
      seedRecord(api)
      const { files } = await record(api)
      const page = files['index.html']!
      expect(page).toContain(
        'Rotate <strong>your</strong> deploy keys; see <a href="https://example.org/notice" rel="nofollow noopener">the notice</a>.'
      )
      for (const f of FILES) {
        const bad =
          /<script|href="javascript:|tracker\.example|alert\(2\)|<img|onerror=/i.exec(
            files[f]!
          )
        expect(
          bad && files[f]!.slice(bad.index - 80, bad.index + 40),
          f
        ).toBeNull()
        expect(files[f]).not.toContain('\u202E')
      }
      // A title is text, escaped; the unsafe link is its text only.
      expect(page).toContain('#12 &lt;script&gt;alert(1)&lt;/script&gt;</a>')
      expect(page).toContain('<p>click')
      expect(page).toContain('@everyone #1')
      // A 64 KB TLDR is cut.
      expect(page.length).toBeLessThan(20_000)
    }))

  it('withholds the TLDR of a report that holds a credential, everywhere', () =>
    withApi(async (api) => {
      seedRecord(api)
      const { files } = await record(api)
      for (const f of FILES) expect(files[f]).not.toContain(TOKEN.slice(4))
      expect(files['index.html']).toContain(
        'The summary is withheld until the report is cleaned of a credential.'
      )
      const eleven = JSON.parse(files['incidents.json']!).incidents.find(
        (i: { number: number }) => i.number === 11
      )
      expect(eleven).toMatchObject({ tldr: null, complete: false })
    }))

  it('the feed parses as Atom: unique ids, RFC 3339 dates, one entry per incident', () =>
    withApi(async (api) => {
      seedRecord(api)
      const { files } = await record(api)
      const feed = parseAtomFeed(files['feed.xml']!)
      expect(feed.id).toBe('https://octo-org.github.io/octo-repo/')
      expect(JSON.stringify(feed.title)).toContain(
        'Security incidents of octo-org/octo-repo'
      )
      const entries = feed.entries ?? []
      expect(entries.map((e) => e.id)).toEqual([
        'https://github.com/octo-org/octo-repo/issues/11',
        'https://github.com/octo-org/octo-repo/issues/12',
        'https://github.com/octo-org/octo-repo/issues/10',
        'https://github.com/octo-org/octo-repo/issues/7'
      ])
      const rfc3339 =
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/
      expect(feed.updated).toMatch(rfc3339)
      for (const e of entries) {
        expect(e.updated).toMatch(rfc3339)
        expect(e.title).toBeTruthy()
      }
      expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    }))

  it('the same issues give the same bytes (only incidents.json’s generated differs)', () =>
    withApi(async (api) => {
      seedRecord(api)
      const first = await record(api)
      const second = await record(api, '2026-03-11T12:00:00Z')
      for (const f of FILES.filter((f) => f !== 'incidents.json'))
        expect(second.files[f], f).toBe(first.files[f])
      const strip = (t: string) => t.replace(/"generated": "[^"]*"/, '')
      expect(strip(second.files['incidents.json']!)).toBe(
        strip(first.files['incidents.json']!)
      )
    }))

  it('an empty record says there is nothing open', () =>
    withApi(async (api) => {
      api.addRepoLabel(LABEL)
      const { files } = await record(api)
      expect(files['index.html']).toContain('No open security incidents')
      expect(JSON.parse(files['badge.json']!).message).toBe('none open')
      expect(JSON.parse(files['incidents.json']!).incidents).toEqual([])
    }))

  it('1,000 incidents cost at most 11 reads beyond the sweep’s, plus one role lookup per person', () =>
    withApi(async (api) => {
      for (let i = 1; i <= 1000; i++)
        api.addIssue({
          number: i,
          labels: [LABEL],
          body: COMPLETE,
          createdAt: ago(2000 - i),
          ...(i % 50 === 0 ? {} : { closedAt: ago(1000 - i) })
        })
      api.resetCounts()
      await sweep(api)
      const sweepReads = api.counts().reads
      api.resetCounts()
      const { files } = await record(api)
      const reads = api.counts().reads
      expect(reads - sweepReads).toBeLessThanOrEqual(11)
      expect(JSON.parse(files['incidents.json']!).incidents).toHaveLength(1000)
    }))
})

describe('the record on an issue event', () => {
  it('with pin and comment off, an issue event writes the record and nothing on GitHub', () =>
    withApi(async (api) => {
      seedRecord(api)
      const { dir, inputs, env } = recordWorkspace()
      const run = await issueEvent(api, 'closed', 10, {
        inputs: { ...inputs, pin: 'false', comment: 'false' },
        env
      })
      expect(run.code).toBe(0)
      expect(api.counts().writes).toBe(0)
      expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(
        'CI provider breach'
      )
    }))
})

describe('the drafting page beside the record', () => {
  it('record-dir also holds draft.html: self-contained, no request allowed, for this repository', () =>
    withApi(async (api) => {
      seedRecord(api)
      const { dir, inputs, env } = recordWorkspace()
      const run = await sweep(api, inputs, undefined, env)
      expect(run.code, run.stdout).toBe(0)
      const page = readFileSync(join(dir, 'draft.html'), 'utf8')
      expect(page).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; worker-src blob:/
      )
      expect(page).toContain('"repository":"octo-org/octo-repo"')
      // No script or style from elsewhere (the browser test proves no request at all).
      expect(/<script[^>]+src=|<link[^>]+href=/.test(page)).toBe(false)
      expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(
        'href="draft.html"'
      )
    }))
})
