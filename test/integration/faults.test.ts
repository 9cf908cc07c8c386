import { describe, expect, it } from 'vitest'
import {
  body,
  event,
  issueEvent,
  LABEL,
  ownComments,
  withApi,
  type Api,
  type Run
} from './harness.js'
import { ago, DRAFT } from './scenario.js'

/**
 * Seeded random fault injection: each step of an incident's life runs once
 * with faults at random requests, then once clean, and is compared with a
 * twin repository that saw no fault. The seeds are fixed: a failure names its
 * seed, and the same seed fails the same way again.
 */

/** mulberry32: a small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const OTHERS = 'I was affected, what should I do?'

type Fault =
  | 'lost'
  | '502'
  | 'secondary rate limit'
  | 'GraphQL timeout'
  | 'comment deleted between read and write'
const FAULTS: readonly Fault[] = [
  'lost',
  '502',
  'secondary rate limit',
  'GraphQL timeout',
  'comment deleted between read and write'
]

function seed(api: Api) {
  api.addIssue({ number: 1, labels: [LABEL], body: DRAFT })
  api.addComment(1, 'reader', OTHERS)
  api.addIssue({
    number: 2,
    labels: [LABEL],
    body: body('ok-all-sections'),
    closedAt: ago(10),
    pinnedBy: 'github-actions'
  })
  // A person's pin of an issue that is not an incident: never the action's to touch.
  api.addIssue({ number: 3, labels: ['announcement'], pinnedBy: 'maintainer' })
}

/** The steps of the story; each returns the run (of the spawned bundle with `bundle`). */
const STEPS: readonly [string, (api: Api, bundle: boolean) => Promise<Run>][] =
  [
    [
      'issue #1 opened',
      (api, bundle) => issueEvent(api, 'opened', 1, { bundle })
    ],
    [
      'issue #1 edited to complete',
      (api, bundle) => {
        api.issue(1).body = body('ok-all-sections')
        return issueEvent(api, 'edited', 1, {
          inputs: { 'incomplete-label': 'needs-details' },
          bundle
        })
      }
    ],
    [
      'the nightly sweep',
      (api, bundle) => event(api, 'schedule', {}, { bundle })
    ]
  ]
/** Seeds whose faults reach the spawned bundle (the rest run in this process). */
const BUNDLED_SEEDS = new Set([1, 2])

/** What a reader of the repository sees (ids and times aside). */
function visible(api: Api) {
  return {
    pinned: api.pinned().sort((a, b) => a - b),
    reportComments: [1, 2].map((n) =>
      ownComments(api, n)
        .filter((c) => !c.isMinimized)
        .map((c) => c.body)
    ),
    labels: [1, 2, 3].map((n) => [...api.issue(n).labels].sort())
  }
}

function invariants(api: Api, where: string) {
  for (const n of [1, 2])
    expect(
      ownComments(api, n).length,
      `${where}: report comments on #${n}`
    ).toBeLessThanOrEqual(1)
  expect(
    api
      .comments(1)
      .filter((c) => c.author === 'reader')
      .map((c) => c.body),
    `${where}: others' comments`
  ).toEqual([OTHERS])
  expect(api.pinned(), `${where}: a person's pin`).toContain(3)
}

function inject(api: Api, random: () => number): string[] {
  const said: string[] = []
  const count = 1 + Math.floor(random() * 2)
  for (let i = 0; i < count; i++) {
    const kind = FAULTS[Math.floor(random() * FAULTS.length)]!
    const at = 1 + Math.floor(random() * 5)
    said.push(`${kind} at request ${at}`)
    let seen = 0
    const nth = () => ++seen === at
    switch (kind) {
      case 'lost':
        api.fault({ match: nth, status: 502, lost: true })
        break
      case '502':
        api.fault({ match: nth, status: 502 })
        break
      case 'secondary rate limit':
        api.fault({
          match: nth,
          status: 403,
          headers: { 'retry-after': '1' },
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
          }
        })
        break
      case 'GraphQL timeout':
        api.fault({
          match: (r) => r.path.endsWith('graphql') && nth(),
          status: 200,
          body: {
            data: null,
            errors: [
              {
                message:
                  'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug.'
              }
            ]
          }
        })
        break
      case 'comment deleted between read and write':
        api.afterNextRead(() => {
          for (const c of ownComments(api, 1)) api.deleteComment(c.databaseId)
        })
        break
    }
  }
  return said
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8]

describe.concurrent(
  'random faults, then a clean run, against a fault-free twin',
  () => {
    for (const s of SEEDS) {
      it(`seed ${s}${BUNDLED_SEEDS.has(s) ? ' (the bundle)' : ''}`, async () => {
        const random = prng(s)
        const bundle = BUNDLED_SEEDS.has(s)
        await withApi((twin) =>
          withApi(async (api) => {
            seed(twin)
            seed(api)
            for (const [name, step] of STEPS) {
              const where = `seed ${s}, ${name}`
              const clean = await step(twin, bundle)
              expect(clean.code, `${where}: the twin`).toBe(0)
              const faults = inject(api, random)
              const label = `${where} (${faults.join(', ')})`
              const faulty = await step(api, bundle)
              api.clearFaults()
              invariants(api, `${label}, faulty run`)
              // A faulty run that left the repository otherwise than the twin says so.
              const differs =
                JSON.stringify(visible(api)) !== JSON.stringify(visible(twin))
              if (differs)
                expect(
                  faulty.code,
                  `${label}: left work undone and exited 0\n${faulty.stdout}`
                ).not.toBe(0)
              const healed = await step(api, bundle)
              expect(
                healed.code,
                `${label}: the clean run\n${healed.stdout}`
              ).toBe(0)
              invariants(api, `${label}, clean run`)
              expect(visible(api), `${label}: healed state`).toEqual(
                visible(twin)
              )
              api.resetCounts()
              await step(api, bundle)
              expect(api.counts().writes, `${label}: a repeat run writes`).toBe(
                0
              )
            }
          })
        )
      })
    }
  }
)

/**
 * The notices under faults: an organisation's report names two repositories;
 * every step of its life runs with faults at random writes and reads, then
 * clean, against a twin that saw none. A lost answer never leaves two
 * notices; someone else's marker is never touched.
 */
describe.concurrent(
  'notice issues under random faults, against a fault-free twin',
  () => {
    const APP = 'incident-app[bot]'
    const REF = 'octo-org/octo-repo#12'
    const NOW = '2026-03-10T12:00:00Z'
    const MARKER = `<!-- incident-issues:notice ${REF} -->`
    const COMPLETE = body('ok-all-sections')
    const report = (affected: string[], tldr = 'Rotate your deploy keys.') =>
      COMPLETE.replace(/## TLDR\n[^\n]*\n/, `## TLDR\n${tldr}\n`) +
      `\n## Affected repositories\n${affected.join('\n')}\n`
    const REPOS = ['octo-org/web', 'octo-org/cli']

    async function organisation(): Promise<Api> {
      const { createApiDouble } =
        await import('../support/api-double/server.mjs')
      const api = await createApiDouble({
        viewer: APP,
        now: NOW
      }).start()
      for (const r of REPOS) api.addRepository(r)
      api.repository('octo-org/web').addIssue({
        number: 1,
        title: 'Not ours',
        body: `${MARKER}\nsomeone else's`,
        author: 'mallory',
        labels: [LABEL],
        labeledBy: 'mallory'
      })
      api.addIssue({
        number: 12,
        title: 'Tokens stolen',
        labels: [LABEL],
        body: report(REPOS)
      })
      return api
    }
    const sweep = (api: Api) =>
      event(
        api,
        'schedule',
        {},
        { inputs: { repositories: 'octo-org/*' }, now: NOW }
      )
    const STEPS: [string, (api: Api) => void][] = [
      ['declared', () => {}],
      [
        'TLDR edited',
        (api) =>
          api.editAs(12, report(REPOS, 'Rotate every key.'), 'maintainer')
      ],
      [
        'cli removed',
        (api) =>
          api.editAs(
            12,
            report(['octo-org/web'], 'Rotate every key.'),
            'maintainer'
          )
      ],
      ['closed', (api) => api.setClosed(12, NOW)],
      ['reopened', (api) => api.setClosed(12, null)]
    ]
    const ours = (api: Api, repository: string) => {
      const r = api.repository(repository)
      const found = []
      for (let n = 1; n <= 20; n++) {
        try {
          const i = r.issue(n)
          if (i.body.startsWith(MARKER) && i.author === APP) found.push(i)
        } catch {
          /* no such issue */
        }
      }
      return found
    }
    const visible = (api: Api) =>
      REPOS.map((r) => ({
        repository: r,
        notices: ours(api, r).map((i) => [
          i.number,
          i.state,
          i.stateReason,
          i.title,
          i.body
        ]),
        pinned: api.repository(r).pinned()
      }))

    for (const s of [11, 12, 13]) {
      it(`seed ${s}`, async () => {
        const random = prng(s)
        const twin = await organisation()
        const api = await organisation()
        try {
          for (const [name, change] of STEPS) {
            change(twin)
            change(api)
            expect((await sweep(twin)).code, `${name}: the twin`).toBe(0)
            const said: string[] = []
            for (let i = 0; i < 1 + Math.floor(random() * 2); i++) {
              const kind = [
                'lost write',
                '502 write',
                'secondary rate limit',
                'GraphQL timeout'
              ][Math.floor(random() * 4)]!
              const at = 1 + Math.floor(random() * 4)
              let seen = 0
              said.push(`${kind} at ${at}`)
              if (kind === 'lost write')
                api.fault({
                  match: (r) => r.kind === 'write' && ++seen === at,
                  status: 502,
                  lost: true
                })
              else if (kind === '502 write')
                api.fault({
                  match: (r) => r.kind === 'write' && ++seen === at,
                  status: 502
                })
              else if (kind === 'secondary rate limit')
                api.fault({
                  match: () => ++seen === at * 3,
                  status: 403,
                  headers: { 'retry-after': '1' },
                  body: { message: 'You have exceeded a secondary rate limit.' }
                })
              else
                api.fault({
                  match: (r) =>
                    r.kind === 'read' &&
                    r.path.endsWith('graphql') &&
                    ++seen === at,
                  status: 200,
                  body: {
                    data: null,
                    errors: [
                      {
                        message:
                          'Something went wrong while executing your query. This may be the result of a timeout.'
                      }
                    ]
                  }
                })
            }
            const where = `seed ${s}, ${name} (${said.join(', ')})`
            await sweep(api)
            api.clearFaults()
            for (const r of REPOS)
              expect(
                ours(api, r).length,
                `${where}: notices in ${r}`
              ).toBeLessThanOrEqual(1)
            const healed = await sweep(api)
            expect(
              healed.code,
              `${where}: the clean run\n${healed.stdout}`
            ).toBe(0)
            expect(visible(api), `${where}: healed`).toEqual(visible(twin))
            expect(
              api.repository('octo-org/web').issue(1).body,
              `${where}: someone else's`
            ).toBe(`${MARKER}\nsomeone else's`)
            api.resetCounts()
            await sweep(api)
            expect(api.counts().writes, `${where}: a repeat run writes`).toBe(0)
          }
        } finally {
          await twin.stop()
          await api.stop()
        }
      })
    }
  }
)
