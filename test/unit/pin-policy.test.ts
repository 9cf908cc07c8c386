import { describe, expect, it } from 'vitest'
import { daysSince, desiredPin } from '../../src/core/pin-policy.js'
import { planPins } from '../../src/core/pin-plan.js'
import {
  anIncident,
  byAction,
  closed,
  daysAgo,
  NOW
} from '../fakes/builders.js'

const opts = { unpinAfterDays: 3 }

describe('desiredPin', () => {
  it('wants an open incident pinned', () => {
    expect(desiredPin(anIncident(), NOW, opts)).toMatchObject({
      want: 'pinned',
      reason: 'open',
      expired: false
    })
  })

  it('counts whole days: 2.99 days stays, 3 days goes', () => {
    const almost = { open: false, closedAt: new Date(daysAgo(3).getTime() + 1) }
    expect(
      desiredPin(
        anIncident({ ...almost, pinned: true, lastPinEvent: byAction }),
        NOW,
        opts
      ).want
    ).toBe('pinned')
    expect(
      desiredPin(
        anIncident({ ...closed(3), pinned: true, lastPinEvent: byAction }),
        NOW,
        opts
      )
    ).toMatchObject({
      want: 'unpinned',
      daysClosed: 3,
      expired: true
    })
  })

  it('unpins at once with unpin-after-days 0', () => {
    expect(
      desiredPin(
        anIncident({ ...closed(0), pinned: true, lastPinEvent: byAction }),
        NOW,
        { unpinAfterDays: 0 }
      ).want
    ).toBe('unpinned')
  })

  it('keeps the keep-pinned label pinned for good', () => {
    expect(
      desiredPin(
        anIncident({
          ...closed(900),
          keepPinned: true,
          pinned: true,
          lastPinEvent: byAction
        }),
        NOW,
        opts
      ).want
    ).toBe('pinned')
  })

  it('leaves a pin a person made', () => {
    const person = { kind: 'pinned', actor: 'alice', byAction: false } as const
    expect(
      desiredPin(
        anIncident({ ...closed(900), pinned: true, lastPinEvent: person }),
        NOW,
        opts
      )
    ).toMatchObject({
      want: 'leave',
      reason: 'pinned by @alice; theirs to unpin'
    })
  })

  it('leaves a pin nobody can attribute (no timeline event, no pinnedBy)', () => {
    expect(
      desiredPin(anIncident({ ...closed(900), pinned: true }), NOW, opts).want
    ).toBe('leave')
    expect(
      desiredPin(
        anIncident({ ...closed(900), pinned: true, pinnedByAction: true }),
        NOW,
        opts
      ).want
    ).toBe('unpinned')
  })

  it('never pins again after a person unpinned', () => {
    const unpinned = {
      kind: 'unpinned',
      actor: 'alice',
      byAction: false
    } as const
    expect(
      desiredPin(anIncident({ lastPinEvent: unpinned }), NOW, opts)
    ).toMatchObject({
      want: 'leave',
      reason: 'unpinned by @alice; not pinned again'
    })
  })

  it('pins again after the action itself unpinned', () => {
    const unpinned = {
      kind: 'unpinned',
      actor: 'github-actions',
      byAction: true
    } as const
    expect(
      desiredPin(anIncident({ lastPinEvent: unpinned }), NOW, opts).want
    ).toBe('pinned')
  })

  it('unpins a non-incident only when the label was just removed and the pin is the action’s', () => {
    const f = anIncident({
      labeled: false,
      pinned: true,
      lastPinEvent: byAction
    })
    expect(desiredPin(f, NOW, opts).want).toBe('leave')
    expect(desiredPin(f, NOW, { ...opts, labelRemoved: true }).want).toBe(
      'unpinned'
    )
    expect(
      desiredPin(
        {
          ...f,
          lastPinEvent: { kind: 'pinned', actor: 'bob', byAction: false }
        },
        NOW,
        { ...opts, labelRemoved: true }
      ).want
    ).toBe('leave')
  })

  it('measures days since the latest close and never negative', () => {
    expect(daysSince(new Date(NOW.getTime() + 5000), NOW)).toBe(0)
    expect(daysSince(daysAgo(10), NOW)).toBe(10)
  })
})

describe('planPins', () => {
  const other = (number: number) =>
    anIncident({
      number,
      labeled: false,
      pinned: true,
      lastPinEvent: { kind: 'pinned', actor: 'bob', byAction: false }
    })

  it('pins into a free slot', () => {
    const plan = planPins([anIncident({ number: 9 })], [other(1)], NOW, opts)
    expect(plan.steps).toEqual([{ action: 'pin', number: 9, reason: 'open' }])
  })

  it('blocks when three non-incidents hold the pins, names them apart from the reason, which mentions no issue', () => {
    const plan = planPins(
      [anIncident({ number: 9 })],
      [other(1), other(2), other(3)],
      NOW,
      opts
    )
    expect(plan.steps).toEqual([])
    expect(plan.blocked).toEqual([
      {
        number: 9,
        reason:
          'not pinned: GitHub allows 3 pinned issues, all 3 are held by other issues, and none of them is an incident whose time is up',
        holders: [1, 2, 3]
      }
    ])
  })

  it('frees the slot of the incident closed longest ago, first', () => {
    const expired = (number: number, days: number) =>
      anIncident({
        number,
        ...closed(days),
        pinned: true,
        lastPinEvent: byAction
      })
    const plan = planPins(
      [anIncident({ number: 9 })],
      [other(1), expired(2, 5), expired(3, 50)],
      NOW,
      opts
    )
    expect(plan.steps.map((s) => [s.action, s.number])).toEqual([
      ['unpin', 3],
      ['pin', 9]
    ])
  })

  it('pins the newest incidents first when slots are short', () => {
    const targets = [1, 2, 3, 4].map((n) =>
      anIncident({ number: n, createdAt: daysAgo(10 - n) })
    )
    const plan = planPins(targets, [], NOW, opts)
    expect(plan.steps.map((s) => s.number)).toEqual([4, 3, 2])
    expect(plan.blocked.map((b) => b.number)).toEqual([1])
  })

  it('puts unpins before pins', () => {
    const targets = [
      anIncident({ number: 5 }),
      anIncident({
        number: 6,
        ...closed(9),
        pinned: true,
        lastPinEvent: byAction
      })
    ]
    const plan = planPins(targets, [targets[1]!], NOW, opts)
    expect(plan.steps.map((s) => s.action)).toEqual(['unpin', 'pin'])
  })
})
