import type { OwnComment } from '../core/comment-plan.js'
import type { Labeling, RoleAnswer } from '../core/trust.js'

/** How GitHub says an issue was closed (`stateReason`, duplicates included). */
export type StateReason = 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE' | 'REOPENED'

/** The facts about an issue that the action reads. */
export interface IssueFacts extends Labeling {
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

/** What one issue event needs, read in one GraphQL query. */
export interface IssueSnapshot {
  /** The token's own login (`github-actions[bot]` for the Actions token). */
  readonly viewer: string
  readonly issue:
    | (IssueFacts & {
        readonly body: string
        readonly ownComments: readonly OwnComment[]
      })
    | null
  readonly pinned: readonly IssueFacts[]
}

/** What the sweep needs: every open incident, and the pinned issues. */
export interface IncidentList {
  readonly viewer: string
  readonly issues: readonly IssueFacts[]
  readonly pinned: readonly IssueFacts[]
  /** The label as the repository spells it; null when it has no such label. */
  readonly labelName: string | null
}

export interface IssueRef {
  readonly id: string
  readonly number: number
}

/**
 * Every read and write the action makes, and nothing else. Writes answer with
 * the state they found; known-benign failures (already pinned, a comment that
 * vanished) are states, not errors.
 */
export interface GitHubPort {
  readIssue(number: number): Promise<IssueSnapshot>
  listIncidents(label: string): Promise<IncidentList>
  /** A person's role in the repository (REST collaborator permission). */
  roleOf(login: string): Promise<RoleAnswer>
  pin(issue: IssueRef): Promise<'pinned' | 'already-pinned' | 'limit'>
  unpin(issue: IssueRef): Promise<'unpinned' | 'not-pinned'>
  createComment(number: number, body: string): Promise<void>
  updateComment(comment: OwnComment, body: string): Promise<'updated' | 'gone'>
  deleteComment(comment: OwnComment): Promise<'deleted' | 'gone'>
  minimizeComment(comment: OwnComment): Promise<'minimized' | 'gone'>
  unminimizeComment(comment: OwnComment): Promise<'unminimized' | 'gone'>
  addLabel(number: number, label: string): Promise<void>
  removeLabel(number: number, label: string): Promise<'removed' | 'absent'>
}

/** Compare logins of the same account: `github-actions[bot]` is `github-actions`. */
export function sameActor(
  a: string | null | undefined,
  b: string | null | undefined
): boolean {
  if (!a || !b) return false
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '')
  return norm(a) === norm(b)
}
