import type { PinFacts } from '../core/pin-policy.js'
import type { IssueFacts } from '../github/port.js'
import { sameActor } from '../github/port.js'

const has = (labels: readonly string[], name: string) =>
  name !== '' && labels.some((l) => l.toLowerCase() === name.toLowerCase())

/** Whether the issue carries a label, ignoring case as GitHub does. */
export const hasLabel = has

/** The pin facts of an issue, as the token's own user (`viewer`) sees them. */
export function pinFacts(
  issue: IssueFacts,
  viewer: string,
  labels: { readonly label: string; readonly keepPinnedLabel: string }
): PinFacts {
  return {
    number: issue.number,
    labeled: has(issue.labels, labels.label),
    open: issue.open,
    closedAt: issue.closedAt ? new Date(issue.closedAt) : null,
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
