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
