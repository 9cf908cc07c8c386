import type { OwnComment } from '../core/comment-plan.js'
import { isNotFound, type Api } from './graphql.js'
import { MINIMIZE_MUTATION, UNMINIMIZE_MUTATION } from './queries.js'

const gone = (e: unknown) => (isNotFound(e) ? ('gone' as const) : undefined)

/** Create a comment: never retried blindly (the handler reads the thread first). */
export const createComment = (
  { write, octokit, owner, repo }: Api,
  number: number,
  body: string
) =>
  write(`comment on issue #${number}`, async () => {
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body,
      request: { retries: 0 }
    })
  })

export const updateComment = (
  { write, octokit, owner, repo }: Api,
  comment: OwnComment,
  body: string
) =>
  write(
    'update the report comment',
    async () => {
      await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: comment.databaseId,
        body
      })
      return 'updated' as const
    },
    gone
  )

export const deleteComment = (
  { write, octokit, owner, repo }: Api,
  comment: OwnComment
) =>
  write(
    'delete the report comment',
    async () => {
      await octokit.rest.issues.deleteComment({
        owner,
        repo,
        comment_id: comment.databaseId
      })
      return 'deleted' as const
    },
    gone
  )

export const minimizeComment = ({ write, graphql }: Api, comment: OwnComment) =>
  write(
    'minimize the report comment',
    async () => (
      await graphql(MINIMIZE_MUTATION, { id: comment.id }),
      'minimized' as const
    ),
    gone
  )

export const unminimizeComment = (
  { write, graphql }: Api,
  comment: OwnComment
) =>
  write(
    'unminimize the report comment',
    async () => (
      await graphql(UNMINIMIZE_MUTATION, { id: comment.id }),
      'unminimized' as const
    ),
    gone
  )
