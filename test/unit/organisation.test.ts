import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  coveredRepositories,
  parseRepositories,
  type RepositorySelection
} from '../../src/core/repositories.js'
import { lint } from '../../src/core/lint.js'
import {
  discover,
  organisationSweep,
  ownIssue
} from '../../src/handlers/organisation.js'
import type { GitHubPort } from '../../src/github/port.js'
import { DEFAULT_INPUTS, NOW } from '../fakes/builders.js'
import { anIssue, GitHubFake, memoryLogger } from '../fakes/github-fake.js'
import { OrganisationFake } from '../fakes/organisation-fake.js'

const selection = (text: string): RepositorySelection => {
  const parsed = parseRepositories(text)
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
  return parsed.selection
}

describe('the repositories input', () => {
  it('reads owner/*, owner/name and !owner/name, comma- or newline-separated', () => {
    const s = selection('octo-org/*, other/app\n!octo-org/old,\n  OCTO-ORG/*  ')
    expect(s.owners).toEqual(['OCTO-ORG'])
    expect(s.names).toEqual(['other/app'])
    expect([...s.excluded]).toEqual(['octo-org/old'])
  })

  it.each([
    ['*/*', 'not an owner'],
    ['octo-org', 'expected owner/*'],
    ['octo-org/a/b', 'expected owner/*'],
    ['octo-org/..', 'expected owner/*'],
    ['!octo-org/*', 'leave a repository out'],
    ['-bad/x', 'expected owner/*'],
    ['octo-org/a b', 'expected owner/*'],
    ['octo-org/x\u202e', 'expected owner/*'],
    ['!octo-org/a', 'only !owner/name entries']
  ])('refuses %j (%s)', (text, why) => {
    const parsed = parseRepositories(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.join('\n')).toContain(why)
  })

  it('refuses more than 1,000 entries before looking at any', () => {
    const parsed = parseRepositories(
      Array.from({ length: 1001 }, (_, k) => `o/r${k}`).join(',')
    )
    expect(parsed.ok).toBe(false)
  })

  it('never throws, and what it accepts is GitHub-shaped (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const parsed = parseRepositories(text)
        if (!parsed.ok) return
        for (const name of parsed.selection.names)
          expect(name).toMatch(/^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/)
        for (const owner of parsed.selection.owners)
          expect(owner).toMatch(/^[A-Za-z0-9-]{1,39}$/)
      })
    )
  })

  it('covers the listed repositories less archived, forks, issues off and ! entries; named ones stay', () => {
    const facts = (name: string, more = {}) => ({
      name,
      archived: false,
      fork: false,
      hasIssues: true,
      ...more
    })
    const { repositories, leftOut } = coveredRepositories(
      selection('octo-org/*, !octo-org/b, octo-org/fork, elsewhere/x'),
      [
        facts('octo-org/c'),
        facts('octo-org/a'),
        facts('octo-org/b'),
        facts('octo-org/old', { archived: true }),
        facts('octo-org/fork', { fork: true }),
        facts('octo-org/nope', { hasIssues: false }),
        facts('stranger/z')
      ]
    )
    expect(repositories).toEqual([
      'elsewhere/x',
      'octo-org/a',
      'octo-org/c',
      'octo-org/fork'
    ])
    expect(leftOut).toEqual({
      archived: 1,
      forks: 1,
      issuesDisabled: 1,
      excluded: 1
    })
  })
})

/** A repository whose one issue is `issue`; roles as given. */
const repo = (
  issue = anIssue({ number: 1 }),
  roles: [string, string][] = [['maintainer', 'maintain']]
) => {
  const fake = new GitHubFake(issue)
  fake.roles.clear()
  for (const [login, role] of roles) fake.roles.set(login, role)
  return fake
}

function runSweep(
  org: OrganisationFake,
  repositories: string[],
  inputs = DEFAULT_INPUTS
) {
  const lines: string[] = []
  return organisationSweep(
    {
      org,
      inputs,
      now: NOW,
      logFor: (r) => {
        const log = memoryLogger()
        return {
          ...log,
          info: (l) => lines.push(`${r}: ${l}`),
          warning: (l) => lines.push(`${r}: ${l}`)
        }
      },
      wrap: (p: GitHubPort) => p,
      lint: (body, specs, issue) => Promise.resolve(lint(body, specs, issue))
    },
    repositories
  ).then((outcomes) => ({ outcomes, lines }))
}

describe('the organisation sweep over in-memory ports', () => {
  it('applies each repository’s own rules: its labeller’s role, its pins, its limit', async () => {
    const people = (n: number) =>
      anIssue({
        number: n,
        labels: [],
        labelEvents: [],
        isPinned: true,
        pinnedBy: 'someone',
        lastPinEvent: { kind: 'pinned', actor: 'someone' }
      })
    // a: the maintainer may label here; three pins held by people.
    const a = repo(anIssue({ number: 9 }))
      .add(people(1))
      .add(people(2))
      .add(people(3))
    // b: the same login has no role here: not an incident.
    const b = repo(anIssue({ number: 4 }), [])
    // c: the maintainer declared; a free slot.
    const c = repo(anIssue({ number: 5 }))
    const org = new OrganisationFake().add('o/a', a).add('o/b', b).add('o/c', c)
    const { outcomes } = await runSweep(org, ['o/a', 'o/b', 'o/c'])
    expect(a.pinned).toEqual([1, 2, 3])
    expect(b.pinned).toEqual([])
    expect(c.pinned).toEqual([5])
    expect(outcomes.map((o) => o.failure)).toEqual([null, null, null])
    expect(outcomes[1]!.untrusted.map((u) => u.number)).toEqual([4])
    expect(b.asked).toEqual(['maintainer'])
    expect(org.batches).toBe(1)
  })

  it('isolation: a refused write, an unreachable or archived repository, a failing read — each is its own failure and the rest is done', async () => {
    const refusing = repo(anIssue({ number: 1 }))
    refusing.pin = () =>
      Promise.reject(new Error('Resource not accessible by integration'))
    const failing = repo(anIssue({ number: 2 }))
    failing.readIssue = () => Promise.reject(new Error('boom'))
    failing.listIncidents = () =>
      Promise.reject(new Error('GitHub answered 502'))
    const archived = repo(anIssue({ number: 3 }))
    const fine = repo(anIssue({ number: 4 }))
    const org = new OrganisationFake()
      .add('o/refusing', refusing)
      .add('o/failing', failing)
      .add('o/archived', archived, { archived: true })
      .add('o/fine', fine)
    const { outcomes } = await runSweep(org, [
      'o/archived',
      'o/failing',
      'o/gone',
      'o/refusing',
      'o/fine'
    ])
    const failure = Object.fromEntries(
      outcomes.map((o) => [o.repository, o.failure])
    )
    expect(failure['o/archived']).toMatch(/archived/)
    expect(failure['o/failing']).toMatch(/502/)
    expect(failure['o/gone']).toMatch(/not reachable/)
    expect(failure['o/refusing']).toMatch(/refused 1 write .*#1: pin the issue/)
    expect(failure['o/fine']).toBeNull()
    expect(fine.pinned).toEqual([4])
    expect(archived.writes).toEqual([])
  })

  it('discovery names an owner it cannot list, and goes on with the others', async () => {
    const org = new OrganisationFake().add('good/a', repo())
    org.listingFails.set('bad', 'GitHub refused: 403')
    const d = await discover(org, {
      owners: ['bad', 'good', 'empty'],
      names: [],
      excluded: new Set()
    })
    expect(d.repositories).toEqual(['good/a'])
    expect(d.failed.map((f) => f.owner)).toEqual(['bad', 'empty'])
    expect(d.failed[1]!.why).toContain('install the GitHub App on empty')
  })
})

describe("the action's own issues (notices)", () => {
  const own = (viewer: string, author: string, labelledBy: string) =>
    ownIssue(
      anIssue({
        author: { login: author, bot: true },
        labelEvents: [
          { label: 'security-incident', actor: labelledBy, bot: true }
        ]
      }),
      viewer,
      'security-incident'
    )

  it('are issues the App opened and labelled itself', () => {
    expect(own('incident-app[bot]', 'incident-app', 'incident-app')).toBe(true)
    expect(own('incident-app[bot]', 'incident-app', 'other-bot')).toBe(false)
    expect(own('incident-app[bot]', 'other-bot', 'incident-app')).toBe(false)
  })

  it('never with GITHUB_TOKEN, whose identity every workflow of the repository shares', () => {
    expect(own('github-actions[bot]', 'github-actions', 'github-actions')).toBe(
      false
    )
  })
})
