import { describe, expect, it } from 'vitest'
import { planPins } from '../../src/core/pin-plan.js'
import type { GitHubPort } from '../../src/github/port.js'
import { pinFactsOf } from '../../src/core/pin-facts.js'
import { applyPins } from '../../src/handlers/apply-pins.js'
import { attempter, type RefusedWrite } from '../../src/handlers/attempt.js'
import { rolesFrom } from '../../src/handlers/roles.js'
import { sweep } from '../../src/handlers/sweep.js'
import { daysAgo, DEFAULT_INPUTS, NOW } from '../fakes/builders.js'
import { anIssue, GitHubFake, memoryLogger } from '../fakes/github-fake.js'

/** The fake, with its `pin` replaced (every other call goes to the fake itself). */
const withPin = (fake: GitHubFake, pin: GitHubPort['pin']): GitHubPort => ({
  readIssue: (n) => fake.readIssue(n),
  listIncidents: (l) => fake.listIncidents(l),
  roleOf: (l) => fake.roleOf(l),
  olderLabelEvents: (id, b) => fake.olderLabelEvents(id, b),
  pin,
  unpin: (i) => fake.unpin(i),
  createComment: (n, b) => fake.createComment(n, b),
  updateComment: (c, b) => fake.updateComment(c, b),
  deleteComment: (c) => fake.deleteComment(c),
  minimizeComment: (c) => fake.minimizeComment(c),
  unminimizeComment: (c) => fake.unminimizeComment(c),
  addLabel: (n, l) => fake.addLabel(n, l),
  removeLabel: (n, l) => fake.removeLabel(n, l),
  listRecord: (l) => fake.listRecord(l),
  setup: fake.setup
})

const actionPin = { kind: 'pinned', actor: 'github-actions' } as const
const closedPinned = (number: number, days: number) =>
  anIssue({
    number,
    open: false,
    closedAt: daysAgo(days).toISOString(),
    stateReason: 'COMPLETED',
    isPinned: true,
    lastPinEvent: actionPin
  })

function run(fake: GitHubFake, inputs = DEFAULT_INPUTS) {
  const log = memoryLogger()
  const refused: RefusedWrite[] = []
  const roles = rolesFrom(fake)
  return sweep({
    port: fake,
    inputs,
    now: NOW,
    log,
    attempt: attempter(log, refused),
    roles
  }).then((result) => ({ result, log, refused }))
}

describe('the sweep over an in-memory port with three pins', () => {
  it('frees the slots of expired incidents and pins the open one', async () => {
    const fake = new GitHubFake(closedPinned(1, 10))
      .add(closedPinned(2, 9))
      .add(closedPinned(3, 8))
      .add(anIssue({ number: 4 }))
    const { result, refused } = await run(fake)
    expect(fake.pinned).toEqual([4])
    expect(fake.writes).toEqual(['unpin #1', 'unpin #2', 'unpin #3', 'pin #4'])
    expect(result.unpinned).toEqual([1, 2, 3])
    expect(result.pinned).toEqual([4])
    expect(refused).toEqual([])
  })

  it('never takes a slot from a person’s pin; the open incident is blocked and nothing fails', async () => {
    const person = { kind: 'pinned', actor: 'maintainer' } as const
    const fake = new GitHubFake(
      anIssue({
        number: 1,
        labels: ['news'],
        isPinned: true,
        lastPinEvent: person
      })
    )
      .add(
        anIssue({
          number: 2,
          labels: ['news'],
          isPinned: true,
          lastPinEvent: person
        })
      )
      .add(
        anIssue({
          number: 3,
          labels: ['news'],
          isPinned: true,
          lastPinEvent: person
        })
      )
      .add(anIssue({ number: 4 }))
    const { result, log, refused } = await run(fake)
    expect(fake.pinned).toEqual([1, 2, 3])
    expect(fake.writes).toEqual([])
    expect(result.rows[0]!.why).toMatch(/^not pinned: GitHub allows 3/)
    expect(log.lines).toContain(
      'warning: #4: not pinned: GitHub allows 3 pinned issues, all 3 are held by other issues, and none of them is an incident whose time is up (held by #1, #2, #3)'
    )
    expect(refused).toEqual([])
  })

  it('skips incidents whose label nobody trusted applied, asking each person once', async () => {
    const spam = (number: number) =>
      anIssue({
        number,
        labelEvents: [
          { label: 'security-incident', actor: 'drive-by', bot: false }
        ]
      })
    const fake = new GitHubFake(spam(1))
      .add(spam(2))
      .add(anIssue({ number: 3 }))
    const { result } = await run(fake)
    expect(fake.pinned).toEqual([3])
    expect(result.untrusted.map((u) => u.number)).toEqual([1, 2])
    expect(fake.asked.sort()).toEqual(['drive-by', 'maintainer'])
  })

  it('a second sweep right after the first writes nothing', async () => {
    const fake = new GitHubFake(closedPinned(1, 10)).add(anIssue({ number: 2 }))
    await run(fake)
    fake.writes.length = 0
    await run(fake)
    expect(fake.writes).toEqual([])
  })
})

describe('applyPins', () => {
  const viewer = 'github-actions[bot]'
  const labels = { label: 'security-incident', keepPinnedLabel: 'keep-pinned' }

  it('treats GitHub’s "limit" answer as blocked when the slots went between read and write', async () => {
    const fake = new GitHubFake(anIssue({ number: 9 }))
    const plan = planPins([pinFactsOf(fake.issue, viewer, labels)], [], NOW, {
      unpinAfterDays: 3
    })
    fake.pinned.push(1, 2, 3) // three pins made by people meanwhile
    const log = memoryLogger()
    const refused: RefusedWrite[] = []
    const outcome = await applyPins(
      plan,
      [fake.issue],
      fake,
      log,
      attempter(log, refused)
    )
    expect(outcome.blocked.get(9)).toMatch(/all 3 are taken/)
    expect(outcome.pinnedAfter.get(9)).toBe(false)
    expect(refused).toEqual([])
  })

  it('a pin whose answer was lost counts as pinned when GitHub shows it pinned', async () => {
    const fake = new GitHubFake(anIssue({ number: 9 }))
    const lost = withPin(fake, async () => {
      fake.pinned.push(9)
      throw new Error('502 Bad Gateway')
    })
    const plan = planPins([pinFactsOf(fake.issue, viewer, labels)], [], NOW, {
      unpinAfterDays: 3
    })
    const log = memoryLogger()
    const refused: RefusedWrite[] = []
    const outcome = await applyPins(
      plan,
      [fake.issue],
      lost,
      log,
      attempter(log, refused)
    )
    expect(outcome.pinnedAfter.get(9)).toBe(true)
    expect(refused).toEqual([])
  })

  it('a refused pin is recorded, and the plan’s other steps still run', async () => {
    const fake = new GitHubFake(closedPinned(1, 10)).add(anIssue({ number: 9 }))
    const refusing = withPin(fake, async () => {
      throw new Error('GitHub refused (403: Resource not accessible)')
    })
    const plan = planPins(
      [1, 9].map((n) => pinFactsOf(fake.issues.get(n)!, viewer, labels)),
      [pinFactsOf(fake.issues.get(1)!, viewer, labels)],
      NOW,
      { unpinAfterDays: 3 }
    )
    const log = memoryLogger()
    const refused: RefusedWrite[] = []
    await applyPins(
      plan,
      [...fake.issues.values()],
      refusing,
      log,
      attempter(log, refused)
    )
    expect(fake.pinned).toEqual([])
    expect(refused).toEqual([
      {
        number: 9,
        what: 'pin the issue',
        message: 'GitHub refused (403: Resource not accessible)'
      }
    ])
  })
})
