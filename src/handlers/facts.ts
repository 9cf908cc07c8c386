import type { PinFacts } from '../core/pin-policy.js'
import type { IssueFacts } from '../github/port.js'
import { sameActor } from '../github/port.js'

const has = (labels: readonly string[], name: string) =>
  name !== '' && labels.some((l) => l.toLowerCase() === name.toLowerCase())

/** Whether the issue carries a label, ignoring case as GitHub does. */
export const hasLabel = has

const CLOSED_AS = {
  COMPLETED: 'completed',
  NOT_PLANNED: 'not-planned',
  DUPLICATE: 'duplicate',
  REOPENED: null
} as const

/**
 * The pin facts of an issue, as the token's own user (`viewer`) sees them.
 * `trusted`: whether a maintainer applied the incident label (see core/trust);
 * an issue whose label nobody trusted is not an incident to the pin policy.
 */
export function pinFacts(
  issue: IssueFacts,
  viewer: string,
  labels: { readonly label: string; readonly keepPinnedLabel: string },
  trusted = true
): PinFacts {
  return {
    number: issue.number,
    labeled: trusted && has(issue.labels, labels.label),
    open: issue.open,
    closedAt: issue.closedAt ? new Date(issue.closedAt) : null,
    closedAs: issue.stateReason ? CLOSED_AS[issue.stateReason] : null,
    createdAt: new Date(issue.createdAt),
    keepPinned: has(issue.labels, labels.keepPinnedLabel),
    pinned: issue.isPinned,
    lastPinEvent: issue.lastPinEvent
      ? {
          ...issue.lastPinEvent,
          byAction: sameActor(issue.lastPinEvent.actor, viewer)
        }
      : null,
    pinnedByAction:
      issue.pinnedBy === null ? undefined : sameActor(issue.pinnedBy, viewer)
  }
}
