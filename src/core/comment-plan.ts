import type { CommentRecord } from './records.js'
import { MARKER } from './render/comment.js'

/** A report comment of the token's own user (found by author and marker). */
export interface OwnComment {
  readonly id: string
  readonly databaseId: number
  readonly body: string
  readonly isMinimized: boolean
  readonly createdAt: string
}

/**
 * Which comments are the action's own report comments: written by the token's
 * own user *and* with the marker on their first line. A forged marker by
 * anyone else, or our own comment without it, is never ours to edit.
 */
export function ownReportComments(
  comments: readonly CommentRecord[]
): OwnComment[] {
  return comments.flatMap((c) =>
    c.viewerDidAuthor &&
    c.databaseId !== null &&
    c.body.split(/\r?\n/, 1)[0]!.trim() === MARKER
      ? [
          {
            id: c.id,
            databaseId: c.databaseId,
            body: c.body,
            isMinimized: c.isMinimized,
            createdAt: c.createdAt
          }
        ]
      : []
  )
}

export type CommentStep =
  | { readonly op: 'create'; readonly body: string }
  | {
      readonly op: 'update'
      readonly comment: OwnComment
      readonly body: string
    }
  | {
      readonly op: 'delete'
      readonly comment: OwnComment
      readonly why: string
    }
  | { readonly op: 'minimize'; readonly comment: OwnComment }
  | { readonly op: 'unminimize'; readonly comment: OwnComment }

/** Compare bodies as GitHub stores them (it may turn LF into CRLF). */
const same = (a: string, b: string) =>
  a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd()

/**
 * The writes that bring the comment to the wanted state, and nothing more:
 * - at most one comment: when runs raced, keep the oldest, delete the others;
 * - a report that needs nothing gets no comment; once one exists, it says
 *   "complete" and is then minimized, kept or deleted (`on-complete`);
 * - a report that needs attention gets one comment, un-minimized and updated;
 * - no write when the text would not change.
 */
export function planComment(
  own: readonly OwnComment[],
  wanted: { readonly attention: boolean; readonly body: string },
  onComplete: 'minimize' | 'keep' | 'delete'
): CommentStep[] {
  const sorted = [...own].sort(
    (a, b) =>
      a.createdAt.localeCompare(b.createdAt) || a.databaseId - b.databaseId
  )
  const [keep, ...extra] = sorted
  const steps: CommentStep[] = extra.map((comment) => ({
    op: 'delete' as const,
    comment,
    why: 'a second report comment (two runs raced)'
  }))
  if (!keep) {
    if (wanted.attention) steps.push({ op: 'create', body: wanted.body })
    return steps
  }
  if (wanted.attention) {
    if (keep.isMinimized) steps.push({ op: 'unminimize', comment: keep })
    if (!same(keep.body, wanted.body))
      steps.push({ op: 'update', comment: keep, body: wanted.body })
    return steps
  }
  if (onComplete === 'delete') {
    steps.push({
      op: 'delete',
      comment: keep,
      why: 'the report is complete (on-complete: delete)'
    })
    return steps
  }
  if (!same(keep.body, wanted.body))
    steps.push({ op: 'update', comment: keep, body: wanted.body })
  if (onComplete === 'minimize' && !keep.isMinimized)
    steps.push({ op: 'minimize', comment: keep })
  return steps
}
