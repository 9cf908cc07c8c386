/**
 * The port contract: the same scenarios against the in-memory fake (which the
 * policy tests use) and against the Octokit port over the API double (which
 * speaks GitHub's REST shapes and GitHub's GraphQL schema). When the fake
 * drifts from what GitHub answers, a scenario here fails on one side.
 */
import { describe, expect, it } from 'vitest'
import type { OwnComment } from '../../src/core/comment-plan.js'
import { ownReportComments } from '../../src/core/comment-plan.js'
import type { LabelEvent } from '../../src/core/trust.js'
import { canApplyLabels } from '../../src/core/trust.js'
import { getClient } from '../../src/github/client.js'
import { octokitPort } from '../../src/github/octokit-port.js'
import type { GitHubPort } from '../../src/github/port.js'
import { rolesFrom } from '../../src/handlers/roles.js'
import { trustOf } from '../../src/handlers/trust.js'
import { DEFAULT_INPUTS } from '../fakes/builders.js'
import { anIssue, GitHubFake } from '../fakes/github-fake.js'
import { createApiDouble } from '../support/api-double/server.mjs'

const LABEL = 'security-incident'
const MARKER = '<!-- incident-issues:report -->'

/** One issue as a scenario describes it, seeded the same way on both sides. */
interface IssueSpec {
  readonly number: number
  readonly labels?: string[]
  readonly body?: string
  /** Label events in order (the label's own event first, then these). */
  readonly labelEvents?: { label: string; actor: string }[]
  readonly pinnedBy?: string
  readonly closed?: boolean
}

interface Side {
  readonly name: string
  readonly port: GitHubPort
  /** Issue numbers pinned now, in pin order. */
  pinned(): number[]
  stop(): Promise<void>
}

async function fakeSide(specs: IssueSpec[]): Promise<Side> {
  let fake: GitHubFake | undefined
  for (const spec of specs) {
    const all: LabelEvent[] = [
      ...(spec.labels ?? []).map((label) => ({
        label,
        actor: 'maintainer',
        bot: false
      })),
      ...(spec.labelEvents ?? []).map((e) => ({
        label: e.label,
        actor: e.actor.replace(/\[bot\]$/, ''),
        bot: e.actor.endsWith('[bot]')
      }))
    ]
    // As GitHub pages them: the latest 25 in the record, the rest behind.
    const recent = all.slice(-25)
    const issue = anIssue({
      id: `I_${spec.number}`,
      number: spec.number,
      title: `Issue ${spec.number}`,
      body: spec.body ?? '',
      labels: [...(spec.labels ?? [])],
      labelEvents: recent,
      labelEventsComplete: all.length <= 25,
      labelEventsBefore: all.length > 25 ? String(all.length - 25) : null,
      open: !spec.closed,
      isPinned: spec.pinnedBy !== undefined
    })
    if (fake) fake.add(issue)
    else fake = new GitHubFake(issue)
    fake.olderEvents.set(issue.id, all.slice(0, -25))
  }
  const f = fake!
  return {
    name: 'the in-memory fake',
    port: f,
    pinned: () => [...f.pinned],
    stop: async () => {}
  }
}

async function doubleSide(specs: IssueSpec[]): Promise<Side> {
  const api = await createApiDouble().start()
  for (const spec of specs) {
    api.addIssue({
      number: spec.number,
      labels: spec.labels ?? [],
      body: spec.body ?? '',
      ...(spec.closed ? { closedAt: '2026-01-02T00:00:00Z' } : {}),
      ...(spec.pinnedBy ? { pinnedBy: spec.pinnedBy } : {})
    })
    for (const e of spec.labelEvents ?? [])
      api.labelAs(spec.number, e.label, e.actor)
  }
  const octokit = getClient('t', api.url, () => {}, 0, undefined, 10)
  return {
    name: 'the Octokit port over the API double',
    port: octokitPort(octokit, api.owner, api.repo, `${api.url}/graphql`),
    pinned: () => api.pinned(),
    stop: () => api.stop()
  }
}

/** Run `scenario` on both sides; it returns what it observed. */
function contract(
  title: string,
  specs: IssueSpec[],
  scenario: (side: Side) => Promise<unknown>
) {
  it(title, async () => {
    const observed: unknown[] = []
    for (const make of [fakeSide, doubleSide]) {
      const side = await make(specs)
      try {
        observed.push(await scenario(side))
      } finally {
        await side.stop()
      }
    }
    expect(observed[0], 'the fake and the Octokit port agree').toEqual(
      observed[1]
    )
  })
}

const ownComment = async (port: GitHubPort, n: number): Promise<OwnComment> =>
  ownReportComments((await port.readIssue(n)).issue!.comments)[0]!

describe('the port contract: the fake answers as GitHub does', () => {
  contract(
    'reads an issue: its labels, state, pin and who applied the label',
    [{ number: 1, labels: [LABEL], body: '## TLDR\nx\n' }],
    async ({ port }) => {
      const { issue, viewer } = await port.readIssue(1)
      return {
        viewer,
        number: issue!.number,
        open: issue!.open,
        labels: issue!.labels,
        body: issue!.body,
        isPinned: issue!.isPinned,
        labelEvents: issue!.labelEvents.map(({ label, actor, bot }) => ({
          label,
          actor,
          bot
        })),
        comments: issue!.comments
      }
    }
  )

  contract(
    'reads a missing issue as null',
    [{ number: 1 }],
    async ({ port }) => ({
      issue: (await port.readIssue(99)).issue
    })
  )

  contract(
    'pins within the limit of three: pinned, already pinned, limit; unpins',
    [1, 2, 3, 4].map((number) => ({ number, labels: [LABEL] })),
    async ({ port, pinned }) => {
      const ref = (number: number) => ({ id: `I_${number}`, number })
      const answers = [
        await port.pin(ref(1)),
        await port.pin(ref(1)),
        await port.pin(ref(2)),
        await port.pin(ref(3)),
        await port.pin(ref(4)),
        await port.unpin(ref(2)),
        await port.unpin(ref(2))
      ]
      return { answers, pinned: pinned() }
    }
  )

  contract(
    'lists the open incidents and the pins',
    [
      { number: 1, labels: [LABEL] },
      { number: 2, labels: [LABEL], closed: true },
      { number: 3, labels: ['other'], pinnedBy: 'maintainer' },
      { number: 4, labels: [LABEL], pinnedBy: 'github-actions' }
    ],
    async ({ port }) => {
      const list = await port.listIncidents(LABEL)
      return {
        viewer: list.viewer,
        labelName: list.labelName,
        issues: list.issues.map((i) => i.number).sort(),
        pinned: list.pinned.map((i) => i.number).sort()
      }
    }
  )

  contract(
    'the report comment: create, update, minimize, unminimize, delete; a deleted one is gone',
    [{ number: 1, labels: [LABEL] }],
    async ({ port }) => {
      await port.createComment(1, `${MARKER}\nfirst`)
      const c = await ownComment(port, 1)
      const answers: string[] = [
        await port.updateComment(c, `${MARKER}\nsecond`),
        await port.minimizeComment(c)
      ]
      const afterMinimize = (await port.readIssue(1)).issue!.comments.map(
        (x) => [x.body, x.isMinimized, x.viewerDidAuthor]
      )
      answers.push(await port.unminimizeComment(c), await port.deleteComment(c))
      answers.push(await port.updateComment(c, 'again'))
      return {
        answers,
        afterMinimize,
        after: (await port.readIssue(1)).issue!.comments
      }
    }
  )

  contract(
    'labels: add, remove, and removing one that is not there',
    [{ number: 1, labels: [LABEL] }],
    async ({ port }) => {
      await port.addLabel(1, 'needs-details')
      const added = (await port.readIssue(1)).issue!.labels
      const answers = [
        await port.removeLabel(1, 'needs-details'),
        await port.removeLabel(1, 'needs-details')
      ]
      return { added, answers, after: (await port.readIssue(1)).issue!.labels }
    }
  )

  contract(
    'roles: a maintainer may apply labels, a stranger may not',
    [{ number: 1 }],
    async ({ port }) => ({
      maintainer: canApplyLabels(await port.roleOf('maintainer')),
      stranger: canApplyLabels(await port.roleOf('stranger'))
    })
  )

  contract(
    'finds the maintainer’s label behind 130 label events, one page of 100 at a time',
    [
      {
        number: 1,
        labels: [LABEL],
        labelEvents: Array.from({ length: 130 }, () => ({
          label: 'needs-details',
          actor: 'github-actions[bot]'
        }))
      }
    ],
    async ({ port }) => {
      const { issue } = await port.readIssue(1)
      const trust = await trustOf(issue!, DEFAULT_INPUTS, rolesFrom(port), port)
      return {
        recent: issue!.labelEvents.length,
        complete: issue!.labelEventsComplete,
        trusted: trust.trusted,
        by: trust.by
      }
    }
  )
})

/**
 * The organisation's reads: the same repositories on the in-memory
 * OrganisationPort and on the Octokit one over the double (installation
 * listing, aliases 50 a read, a repository with more open incidents than the
 * batch's page, archived, issues off, unreachable).
 */
describe('the organisation port contract', () => {
  interface RepoSpec {
    readonly name: string
    readonly open?: number
    readonly archived?: boolean
    readonly hasIssues?: boolean
    readonly reachable?: boolean
  }
  const SPECS: RepoSpec[] = [
    { name: 'octo-org/octo-repo', open: 1 },
    { name: 'octo-org/busy', open: 23 },
    { name: 'octo-org/quiet' },
    { name: 'octo-org/old', open: 1, archived: true },
    { name: 'octo-org/no-issues', hasIssues: false },
    { name: 'octo-org/hidden', open: 1, reachable: false },
    ...Array.from({ length: 52 }, (_, k) => ({
      name: `octo-org/r${k}`,
      open: k % 10 === 0 ? 1 : 0
    }))
  ]
  const ASKED = [...SPECS.map((s) => s.name), 'octo-org/never-existed']

  async function fakeOrg() {
    const { OrganisationFake } = await import('../fakes/organisation-fake.js')
    const org = new OrganisationFake()
    for (const s of SPECS) {
      const issues = Array.from({ length: s.open ?? 0 }, (_, k) =>
        anIssue({
          id: `I_${s.name}#${k + 1}`,
          number: k + 1,
          title: `Issue ${k + 1}`
        })
      )
      const fake = new GitHubFake(
        issues[0] ?? anIssue({ number: 999, labels: [], labelEvents: [] })
      )
      if (issues.length === 0) fake.issues.clear()
      for (const i of issues.slice(1)) fake.add(i)
      org.add(s.name, fake, {
        archived: s.archived ?? false,
        hasIssues: s.hasIssues ?? true,
        reachable: s.reachable ?? true
      })
    }
    return { org, stop: async () => {} }
  }

  async function doubleOrg() {
    const { octokitOrganisation } =
      await import('../../src/github/organisation.js')
    const api = await createApiDouble().start()
    for (const s of SPECS) {
      const r =
        s.name === 'octo-org/octo-repo'
          ? api
          : api.addRepository(s.name, {
              archived: s.archived ?? false,
              hasIssues: s.hasIssues ?? true,
              reachable: s.reachable ?? true
            })
      for (let k = 1; k <= (s.open ?? 0); k++)
        r.addIssue({ number: k, title: `Issue ${k}`, labels: [LABEL] })
    }
    const octokit = getClient('t', api.url, () => {}, 0, undefined, 10)
    return {
      org: octokitOrganisation(octokit, `${api.url}/graphql`),
      api,
      stop: () => api.stop()
    }
  }

  it('discovery, the batched incident lists and each repository’s failure agree', async () => {
    const observed: unknown[] = []
    for (const make of [fakeOrg, doubleOrg]) {
      const side = await make()
      try {
        const listed = await side.org.listRepositories('octo-org')
        const lists = await side.org.listIncidentsOf(ASKED, LABEL)
        observed.push({
          listed: listed.repositories.map((r) => r.name).sort(),
          lists: Object.fromEntries(
            [...lists].map(([name, answer]) => [
              name,
              answer.ok
                ? answer.value.issues.map((i) => i.number).sort((a, b) => a - b)
                : answer.why.split(':')[0]
            ])
          )
        })
        if ('api' in side) {
          // 59 repositories asked: two batched reads, one more page for busy.
          const reads = side.api.requests.filter((r) => r.kind === 'read')
          expect(
            reads.filter((r) => r.operation === 'OrganisationSweep')
          ).toHaveLength(2)
          expect(
            reads.filter((r) => r.operation === 'IncidentSweep')
          ).toHaveLength(1)
        }
      } finally {
        await side.stop()
      }
    }
    expect(observed[1]).toEqual(observed[0])
    const lists = (observed[0] as { lists: Record<string, unknown> }).lists
    expect(lists['octo-org/busy']).toHaveLength(23)
    expect(lists['octo-org/old']).toBe('archived')
    expect(lists['octo-org/hidden']).toBe('not reachable with the token')
    expect(lists['octo-org/never-existed']).toBe('not reachable with the token')
  })
})
