import type { IssueRecord } from '../records.js'
import type { Report } from '../types.js'
import { item, type ReadinessItem } from './item.js'
import { hypotheticalPlan } from './pin-slots.js'

/** The fire drill: what the action would do if an incident were labelled now. */
export function drillItem(
  skeleton: Report | null,
  pinned: readonly IssueRecord[] | null,
  viewer: string,
  labels: { readonly label: string; readonly keepPinnedLabel: string },
  now: Date,
  unpinAfterDays: number,
  pin: boolean
): ReadinessItem {
  const steps: string[] = []
  if (skeleton)
    steps.push(
      skeleton.complete
        ? 'the form, filled in, passes: no comment'
        : `the form as filed would get a comment asking for ${skeleton.missing.join(', ') || 'fixes'}`
    )
  if (!pin) {
    steps.push('pinning is off (`pin: false`)')
    return item(
      'drill',
      'ok',
      `if an incident were labelled now: ${steps.join('; ')}`
    )
  }
  if (pinned === null) {
    steps.push('the pins could not be read')
    return item(
      'drill',
      'warning',
      `if an incident were labelled now: ${steps.join('; ')}`
    )
  }
  const plan = hypotheticalPlan(pinned, viewer, labels, now, unpinAfterDays)
  const freed = plan.steps
    .filter((s) => s.action === 'unpin')
    .map((s) => `#${s.number}`)
  if (plan.blocked.length > 0) {
    steps.push(`it would stay unpinned: ${plan.blocked[0]!.reason}`)
    return item(
      'drill',
      'error',
      `if an incident were labelled now: ${steps.join('; ')}`
    )
  }
  steps.push(
    freed.length
      ? `it would be pinned after unpinning ${freed.join(', ')}`
      : 'it would be pinned'
  )
  return item(
    'drill',
    'ok',
    `if an incident were labelled now: ${steps.join('; ')}`
  )
}
