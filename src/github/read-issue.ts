import type { CommentRecord, IssueSnapshot } from '../core/records.js'
import type { Api } from './graphql.js'
import { ISSUE_QUERY, MORE_COMMENTS_QUERY } from './queries.js'
import {
  commentRecords,
  issueRecord,
  pinnedRecords,
  type CommentPage,
  type RawIssue,
  type RawPinned
} from './records.js'

/**
 * The issue snapshot: the issue, every comment of its thread (100 a page) and
 * the repository's pins, in one query for a thread of up to 100 comments. An
 * issue that does not exist, or is a pull request, reads as null.
 */
export async function readIssue(
  { read, owner, repo }: Api,
  number: number
): Promise<IssueSnapshot> {
  const data = await read<{
    viewer: { login: string }
    repository: {
      pinnedIssues: RawPinned
      issue: (RawIssue & { body: string; comments: CommentPage }) | null
    } | null
  }>(`read issue #${number}`, ISSUE_QUERY, { owner, repo, number }, true)
  const raw = data.repository?.issue ?? null
  const snapshot: IssueSnapshot = {
    viewer: data.viewer.login,
    pinned: pinnedRecords(data.repository?.pinnedIssues),
    issue: null
  }
  if (!raw) return snapshot
  const comments: CommentRecord[] = commentRecords(raw.comments.nodes)
  let page = raw.comments.pageInfo
  while (page.hasNextPage && page.endCursor) {
    const more = await read<{
      repository: { issue: { comments: CommentPage } | null } | null
    }>(`read the comments of issue #${number}`, MORE_COMMENTS_QUERY, {
      owner,
      repo,
      number,
      cursor: page.endCursor
    })
    const next = more.repository?.issue?.comments
    if (!next) break
    comments.push(...commentRecords(next.nodes))
    page = next.pageInfo
  }
  return {
    ...snapshot,
    issue: { ...issueRecord(raw), body: raw.body, comments }
  }
}
