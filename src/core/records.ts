import type { Labeling } from './trust.js'

/** How GitHub says an issue was closed (`stateReason`, duplicates included). */
export type StateReason = 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE' | 'REOPENED'

/** An issue record: what GitHub said about one issue, and nothing decided. */
export interface IssueRecord extends Labeling {
  readonly id: string
  readonly number: number
  readonly title: string
  readonly open: boolean
  readonly closedAt: string | null
  readonly stateReason: StateReason | null
  readonly createdAt: string
  readonly labels: readonly string[]
  readonly isPinned: boolean
  /** The latest PinnedEvent or UnpinnedEvent of the issue's timeline. */
  readonly lastPinEvent: {
    readonly kind: 'pinned' | 'unpinned'
    readonly actor: string | null
  } | null
  /** For issues in the repository's pinned list: who pinned it. */
  readonly pinnedBy: string | null
}

/** A comment record: one comment of the thread as GitHub returned it. */
export interface CommentRecord {
  readonly id: string
  readonly databaseId: number | null
  readonly body: string
  readonly isMinimized: boolean
  readonly createdAt: string
  /** Written by the token's own user (GraphQL `viewerDidAuthor`). */
  readonly viewerDidAuthor: boolean
}

/** The issue snapshot: one read of everything an issue event needs. */
export interface IssueSnapshot {
  /** The token's own login (`github-actions[bot]` for the Actions token). */
  readonly viewer: string
  readonly issue:
    | (IssueRecord & {
        readonly body: string
        /** Every comment of the thread, oldest first. */
        readonly comments: readonly CommentRecord[]
      })
    | null
  /** The repository's pinned issues (at most three). */
  readonly pinned: readonly IssueRecord[]
}

/** The incident list: what the sweep reads (every open incident and the pins). */
export interface IncidentList {
  readonly viewer: string
  readonly issues: readonly IssueRecord[]
  readonly pinned: readonly IssueRecord[]
  /** The label as the repository spells it; null when it has no such label. */
  readonly labelName: string | null
}
