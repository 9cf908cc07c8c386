import type { PinFacts } from './pin-policy.js'
import type { IssueRecord } from './records.js'

/** Compare logins of the same account: `github-actions[bot]` is `github-actions`. */
export function sameActor(
  a: string | null | undefined,
  b: string | null | undefined
): boolean {
  if (!a || !b) return false
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '')
  return norm(a) === norm(b)
}

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
 * The pin facts of an issue record, as the token's own user (`viewer`) sees
 * them: whose pin it is ("same actor" as the viewer), how it was closed.
 * `trusted`: whether a maintainer applied the incident label (see core/trust);
 * an issue whose label nobody trusted gets no new pin, but the action's own
 * pin of it follows the policy (declared stays declared).
 */
export function pinFactsOf(
  issue: IssueRecord,
  viewer: string,
  labels: { readonly label: string; readonly keepPinnedLabel: string },
  trusted = true
): PinFacts {
  return {
    number: issue.number,
    labeled: has(issue.labels, labels.label),
    mayPin: trusted,
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
