import { describe, expect, it } from 'vitest'
import { lint } from '../../src/core/lint.js'
import type { LabelEvent } from '../../src/core/trust.js'
import type { GitHubPort } from '../../src/github/port.js'
import { attempter } from '../../src/handlers/attempt.js'
import { handleIssue } from '../../src/handlers/issue-event.js'
import { rolesFrom } from '../../src/handlers/roles.js'
import { sweep } from '../../src/handlers/sweep.js'
import { trustOf } from '../../src/handlers/trust.js'
import { daysAgo, DEFAULT_INPUTS, NOW } from '../fakes/builders.js'
import { anIssue, GitHubFake, memoryLogger } from '../fakes/github-fake.js'

const LABEL = 'security-incident'
const deps = (port: GitHubPort) => {
  const log = memoryLogger()
  return {
    port,
    inputs: { ...DEFAULT_INPUTS, incompleteLabel: 'needs-details' },
    now: NOW,
    log,
    lint,
    attempt: attempter(log, []),
    roles: rolesFrom(port)
  }
}
/** The action's own incomplete label, added again and again. */
const noise = (n: number): LabelEvent[] =>
  Array.from({ length: n }, () => ({
    label: 'needs-details',
    actor: 'github-actions',
    bot: true
  }))

/** An issue whose maintainer’s label event is the `behind`-th label event from the end. */
function buried(behind: number) {
  const older: LabelEvent[] = [
    { label: LABEL, actor: 'maintainer', bot: false },
    ...noise(behind - 26)
  ]
  const fake = new GitHubFake(
    anIssue({
      body: '## TLDR\nx\n',
      labels: [LABEL, 'needs-details'],
      labelEvents: noise(25),
      labelEventsComplete: false,
      labelEventsBefore: String(older.length)
    })
  )
  fake.olderEvents.set('I_1', older)
  return fake
}

describe('trust that lasts', () => {
  it.each([
    [30, 1],
    [125, 1],
    [126, 2],
    [1_000, 10]
  ])(
    'finds the maintainer’s label %i label events back in %i more read(s) (one per 100 events)',
    async (behind, reads) => {
      const fake = buried(behind)
      const trust = await trustOf(
        fake.issue,
        DEFAULT_INPUTS,
        rolesFrom(fake),
        fake
      )
      expect(trust).toMatchObject({ trusted: true, by: 'maintainer' })
      expect(fake.labelEventReads).toBe(reads)
    }
  )

  it('stops paging after 100 pages when GitHub keeps answering with more (no endless loop)', async () => {
    const fake = buried(30)
    fake.olderLabelEvents = async () => {
      fake.labelEventReads++
      return { events: noise(100), before: 'again' }
    }
    const trust = await trustOf(
      fake.issue,
      DEFAULT_INPUTS,
      rolesFrom(fake),
      fake
    )
    expect(trust.trusted).toBe(false)
    expect(trust.reason).toContain('too many label changes')
    expect(fake.labelEventReads).toBe(100)
  })

  it('reads no earlier events when the label event is at hand', async () => {
    const fake = new GitHubFake(anIssue())
    await trustOf(fake.issue, DEFAULT_INPUTS, rolesFrom(fake), fake)
    expect(fake.labelEventReads).toBe(0)
  })

  it('an incident whose label event is buried still gets its comment and pin', async () => {
    const fake = buried(300)
    const result = await handleIssue(1, 'changed', deps(fake))
    expect(result.incident).toBe(true)
    expect(fake.pinned).toEqual([1])
    expect(fake.comments).toHaveLength(1)
  })

  it('when nobody trusted applied the label, never pins anew, comments or labels', async () => {
    const fake = new GitHubFake(
      anIssue({
        body: '## TLDR\nx\n',
        labelEvents: [{ label: LABEL, actor: 'stranger', bot: false }]
      })
    )
    const result = await handleIssue(1, 'changed', deps(fake))
    expect(result).toMatchObject({ incident: false, pinned: false })
    expect(result.untrusted).toMatch(/cannot apply labels/)
    expect(fake.writes).toEqual([])
  })

  const exMaintainersIncident = (closedDays: number | null) => {
    const fake = new GitHubFake(
      anIssue({
        body: '## TLDR\nx\n',
        labelEvents: [{ label: LABEL, actor: 'former', bot: false }],
        isPinned: true,
        lastPinEvent: { kind: 'pinned', actor: 'github-actions' },
        ...(closedDays === null
          ? {}
          : {
              open: false,
              closedAt: daysAgo(closedDays).toISOString(),
              stateReason: 'COMPLETED' as const
            })
      })
    )
    // `former` declared it, then lost the role.
    return fake
  }

  it('undoes its own pin by the policy when the maintainer who declared it has lost the role', async () => {
    const fake = exMaintainersIncident(5)
    const result = await handleIssue(1, 'changed', deps(fake))
    expect(result.untrusted).not.toBeNull()
    expect(fake.pinned).toEqual([])
    expect(fake.writes).toEqual(['unpin #1'])
  })

  it('leaves its own pin while the policy wants it, and adds nothing', async () => {
    for (const days of [null, 1]) {
      const fake = exMaintainersIncident(days)
      const result = await handleIssue(1, 'changed', deps(fake))
      expect(result.pinned).toBe(true)
      expect(fake.writes).toEqual([])
    }
  })

  it('the sweep undoes its own pin of an incident whose declarer is gone (a deleted account)', async () => {
    const fake = exMaintainersIncident(10)
    fake.issue = {
      ...fake.issue,
      labelEvents: [{ label: LABEL, actor: null, bot: false }]
    }
    const log = memoryLogger()
    const result = await sweep({
      port: fake,
      inputs: DEFAULT_INPUTS,
      now: NOW,
      log,
      attempt: attempter(log, []),
      roles: rolesFrom(fake)
    })
    expect(result.unpinned).toEqual([1])
    expect(result.untrusted.map((u) => u.number)).toEqual([1])
    expect(fake.pinned).toEqual([])
  })

  it('the sweep never pins an untrusted one, even with free slots', async () => {
    const fake = new GitHubFake(
      anIssue({
        labelEvents: [{ label: LABEL, actor: 'stranger', bot: false }]
      })
    )
    const log = memoryLogger()
    await sweep({
      port: fake,
      inputs: DEFAULT_INPUTS,
      now: NOW,
      log,
      attempt: attempter(log, []),
      roles: rolesFrom(fake)
    })
    expect(fake.writes).toEqual([])
  })
})
