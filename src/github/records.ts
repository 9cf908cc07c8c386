import type {
  CommentRecord,
  IssueRecord,
  StateReason
} from '../core/records.js'
import type { LabelEvent } from '../core/trust.js'

/*
 * GitHub's GraphQL answers, as the documents in queries.ts ask for them, and
 * their conversion to records. Nothing is decided here.
 */

export interface RawIssue {
  id: string
  number: number
  title: string
  state: 'OPEN' | 'CLOSED'
  createdAt: string
  closedAt: string | null
  stateReason: StateReason | null
  author: RawActor | null
  isPinned: boolean | null
  labels: { nodes: ({ name: string } | null)[] } | null
  labelEvents: RawLabelEvents & { totalCount: number }
  pinEvents: {
    nodes: ({ __typename: string; actor?: { login: string } | null } | null)[]
  }
}

/** A page of `LabeledEvent`s, newest last. */
export interface RawLabelEvents {
  pageInfo?: { hasPreviousPage: boolean; startCursor: string | null }
  nodes: ({
    label?: { name: string }
    actor?: RawActor | null
    createdAt?: string
  } | null)[]
}

/** Label events of a page, oldest first. */
export const labelEventsOf = (raw: RawLabelEvents): LabelEvent[] =>
  raw.nodes.flatMap((e) =>
    e?.label
      ? [
          {
            label: e.label.name,
            actor: e.actor?.login ?? null,
            bot: e.actor?.__typename === 'Bot',
            ...(e.createdAt ? { createdAt: e.createdAt } : {})
          }
        ]
      : []
  )

/** Where to page back from, when GitHub holds earlier events. */
export const earlierCursor = (raw: RawLabelEvents): string | null =>
  raw.pageInfo?.hasPreviousPage ? (raw.pageInfo.startCursor ?? null) : null

export interface RawActor {
  __typename: string
  login: string
}

export interface RawComment {
  id: string
  databaseId: number | null
  body: string
  createdAt: string
  isMinimized: boolean
  viewerDidAuthor: boolean
}

export interface CommentPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: (RawComment | null)[]
}

export type RawPinned = {
  nodes: ({ pinnedBy: { login: string } | null; issue: RawIssue } | null)[]
}

/** An issue record from a raw issue (and, for a pinned one, who pinned it). */
export function issueRecord(
  raw: RawIssue,
  pinnedBy: string | null = null
): IssueRecord {
  const last = raw.pinEvents.nodes.at(-1)
  const labelEvents = labelEventsOf(raw.labelEvents)
  const before = earlierCursor(raw.labelEvents)
  return {
    id: raw.id,
    number: raw.number,
    title: raw.title,
    open: raw.state === 'OPEN',
    closedAt: raw.closedAt,
    stateReason: raw.stateReason ?? null,
    createdAt: raw.createdAt,
    author: raw.author
      ? { login: raw.author.login, bot: raw.author.__typename === 'Bot' }
      : null,
    labelEvents,
    labelEventsComplete:
      before === null && raw.labelEvents.totalCount <= labelEvents.length,
    labelEventsBefore: before,
    labels: (raw.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : [])),
    isPinned: raw.isPinned === true,
    lastPinEvent: last
      ? {
          kind: last.__typename === 'PinnedEvent' ? 'pinned' : 'unpinned',
          actor: last.actor?.login ?? null
        }
      : null,
    pinnedBy
  }
}

/** The repository's pinned issues as records. */
export const pinnedRecords = (raw: RawPinned | undefined): IssueRecord[] =>
  (raw?.nodes ?? []).flatMap((n) =>
    n ? [issueRecord(n.issue, n.pinnedBy?.login ?? null)] : []
  )

/** Comment records of one page (GitHub may return null nodes). */
export const commentRecords = (
  nodes: readonly (RawComment | null)[]
): CommentRecord[] =>
  nodes.flatMap((c) =>
    c
      ? [
          {
            id: c.id,
            databaseId: c.databaseId,
            body: c.body,
            isMinimized: c.isMinimized,
            createdAt: c.createdAt,
            viewerDidAuthor: c.viewerDidAuthor
          }
        ]
      : []
  )
