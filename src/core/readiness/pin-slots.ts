import { pinFactsOf } from '../pin-facts.js'
import { planPins } from '../pin-plan.js'
import { PIN_LIMIT } from '../pin-policy.js'
import type { IssueRecord } from '../records.js'
import { item, type ReadinessItem } from './item.js'

/** Who holds the three pin slots, and whether an incident labelled today would get one. */
export function pinSlotsItem(
  pinned: readonly IssueRecord[] | null,
  viewer: string,
  labels: { readonly label: string; readonly keepPinnedLabel: string },
  now: Date,
  unpinAfterDays: number
): ReadinessItem {
  if (pinned === null)
    return item('pin-slots', 'warning', 'could not read the pinned issues')
  const holders = pinned.map((p) => {
    const facts = pinFactsOf(p, viewer, labels)
    const by =
      facts.lastPinEvent?.byAction || facts.pinnedByAction
        ? 'the action'
        : 'a person'
    return `#${p.number} (${facts.labeled ? 'an incident' : 'not an incident'}, pinned by ${by})`
  })
  const plan = hypotheticalPlan(pinned, viewer, labels, now, unpinAfterDays)
  if (pinned.length < PIN_LIMIT)
    return item(
      'pin-slots',
      'ok',
      `${pinned.length} of ${PIN_LIMIT} slots held${holders.length ? `: ${holders.join(', ')}` : ''}`
    )
  if (plan.blocked.length === 0)
    return item(
      'pin-slots',
      'ok',
      `all ${PIN_LIMIT} slots held (${holders.join(', ')}), but an incident whose time is up would give up its slot`
    )
  return item(
    'pin-slots',
    'warning',
    `an incident today could not be pinned: all ${PIN_LIMIT} slots are held by ${holders.join(', ')}. Unpin one that no longer needs the top of the issue list`
  )
}

/** The pin plan for an incident labelled now (number 0: no such issue yet). */
export function hypotheticalPlan(
  pinned: readonly IssueRecord[],
  viewer: string,
  labels: { readonly label: string; readonly keepPinnedLabel: string },
  now: Date,
  unpinAfterDays: number
) {
  const drill = {
    number: 0,
    labeled: true,
    open: true,
    closedAt: null,
    createdAt: now,
    keepPinned: false,
    pinned: false,
    lastPinEvent: null
  }
  return planPins(
    [drill],
    pinned.map((p) => pinFactsOf(p, viewer, labels)),
    now,
    { unpinAfterDays }
  )
}
