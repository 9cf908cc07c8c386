import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { buildRecord, type RecordInput } from '../../src/core/record/model.js'
import {
  feedPath,
  organisationFiles,
  type OrganisationRecord
} from '../../src/core/record/organisation.js'
import { PLANTED_SECRETS } from '../fixtures/planted-secrets.js'

const schema = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../schemas/incidents.schema.json'),
    'utf8'
  )
)
const ajv = new Ajv2020.default({ allErrors: true })
addFormats.default(ajv)
const validate = ajv.compile(schema)

const input = (
  repository: string,
  number: number,
  title: string,
  more: Partial<RecordInput['issue']> = {}
): RecordInput => ({
  issue: {
    id: `I_${number}`,
    number,
    title,
    open: true,
    closedAt: null,
    stateReason: null,
    createdAt: '2026-03-01T10:00:00Z',
    author: null,
    labelEvents: [],
    labelEventsComplete: true,
    labels: [],
    isPinned: false,
    lastPinEvent: null,
    pinnedBy: null,
    url: `https://github.com/${repository}/issues/${number}`,
    lastEditedAt: null,
    ...more
  },
  complete: true,
  withheld: false,
  tldr: { html: '<p>Rotate your tokens.</p>', text: 'Rotate your tokens.' }
})

const GENERATED = '2026-03-10T12:00:00Z'
const organisation = (
  records: [string, RecordInput[]][],
  covered = records.length
): OrganisationRecord => ({
  owners: ['octo-org'],
  covered,
  generated: GENERATED,
  records: records.map(([name, inputs]) =>
    buildRecord(name, `https://github.com/${name}`, GENERATED, inputs)
  )
})

const PAGE = 'https://octo-org.github.io/.github/'

describe("the organisation's record", () => {
  it('a section per repository with incidents (open first), a feed per repository linked as alternate, version 2 JSON valid against the schema', () => {
    const files = organisationFiles(
      organisation(
        [
          [
            'octo-org/zeta',
            [
              input('octo-org/zeta', 2, 'Closed one', {
                open: false,
                closedAt: '2026-03-05T10:00:00Z',
                stateReason: 'COMPLETED'
              })
            ]
          ],
          ['octo-org/alpha', []],
          ['octo-org/web', [input('octo-org/web', 7, 'Open one')]]
        ],
        3
      ),
      PAGE
    )
    expect(Object.keys(files).sort()).toEqual([
      'INCIDENTS.md',
      'badge.json',
      'feed.xml',
      'feeds/octo-org/web.xml',
      'feeds/octo-org/zeta.xml',
      'incidents.json',
      'index.html'
    ])
    const page = files['index.html']!
    expect(page.indexOf('octo-org/web</h2>')).toBeLessThan(
      page.indexOf('octo-org/zeta</h2>')
    )
    expect(page).not.toContain('octo-org/alpha')
    expect(page).toContain('3 repositories covered; 2 with incidents')
    expect(page).toContain('href="feeds/octo-org/web.xml"')
    expect(files['feeds/octo-org/web.xml']).toContain(
      `<link rel="self" type="application/atom+xml" href="${PAGE}feeds/octo-org/web.xml"/>`
    )
    expect(files['feeds/octo-org/web.xml']).toContain(
      `<id>${PAGE}feeds/octo-org/web.xml</id>`
    )
    const json = JSON.parse(files['incidents.json']!)
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
    expect(
      json.incidents.map((i: { repository: string }) => i.repository)
    ).toEqual(['octo-org/web', 'octo-org/zeta'])
    expect(files['badge.json']).toContain('"1 open"')
  })

  it('the same records give the same bytes', () => {
    const make = () =>
      organisationFiles(
        organisation([
          [
            'octo-org/b',
            [input('octo-org/b', 1, 'One'), input('octo-org/b', 2, 'Two')]
          ],
          ['octo-org/a', [input('octo-org/a', 1, 'One')]]
        ]),
        PAGE
      )
    expect(make()).toEqual(make())
  })

  it('hostile titles: escaped everywhere, no credential in any file, no script', () => {
    const [secret] = PLANTED_SECRETS
    const title = `</h2><script>alert(1)</script> @octo-org/security ${secret} ]]>`
    const files = organisationFiles(
      organisation([['octo-org/web', [input('octo-org/web', 7, title)]]]),
      PAGE
    )
    for (const [name, text] of Object.entries(files)) {
      expect(text, name).not.toContain(secret)
      expect(text, name).not.toContain('<script>')
    }
    expect(files['INCIDENTS.md']).toContain('&lt;/h2&gt;')
    expect(validate(JSON.parse(files['incidents.json']!))).toBe(true)
  })

  it.each([
    'octo-org/..',
    'octo-org/a/b',
    '../x/y',
    'octo-org/a b',
    'octo org/a'
  ])('no feed path for the name %j (never outside feeds/)', (name) => {
    expect(feedPath(name)).toBeNull()
  })
})
