import { ownReportComments, type CommentStep } from '../core/comment-plan.js'
import type { GitHubPort } from '../github/port.js'
import type { IssueDeps } from './issue-event.js'

/**
 * Our own report comments as GitHub holds them now, or null when they cannot
 * be read.
 */
async function ownCommentsNow(port: GitHubPort, number: number) {
  try {
    const issue = (await port.readIssue(number)).issue
    return issue ? ownReportComments(issue.comments) : null
  } catch {
    return null
  }
}

/**
 * Create the report comment without ever leaving two: a create whose answer
 * was lost may have landed, so the thread is read again before one more try.
 */
async function createOnce(
  number: number,
  body: string,
  known: ReadonlySet<string>,
  { port, log, attempt }: Pick<IssueDeps, 'port' | 'log' | 'attempt'>,
  again = false
): Promise<void> {
  const landed = async () => {
    const now = await ownCommentsNow(port, number)
    return now !== null && now.some((c) => !known.has(c.id))
  }
  const first = await attempt(
    number,
    'create the report comment',
    async () => {
      try {
        return await port.createComment(number, body)
      } catch (error) {
        // A refusal (4xx) did not land and would be refused again.
        const status = (error as { status?: number }).status
        if (status !== undefined && status >= 400 && status < 500) throw error
        // One more try, only when the thread shows that the first did not land.
        const now = await ownCommentsNow(port, number)
        if (now === null || now.some((c) => !known.has(c.id))) throw error
        return await port.createComment(number, body)
      }
    },
    landed
  )
  if (first.ok)
    log.did(
      number,
      again
        ? 'created the report comment again (it was gone)'
        : 'created the report comment'
    )
}

/** Carry out the comment steps, each write on its own. */
export async function applyComment(
  steps: CommentStep[],
  attention: boolean,
  number: number,
  deps: Pick<IssueDeps, 'port' | 'log' | 'attempt'>
) {
  const { port, log, attempt } = deps
  const known = new Set(
    steps.flatMap((s) => ('comment' in s ? [s.comment.id] : []))
  )
  for (const step of steps) {
    switch (step.op) {
      case 'create':
        await createOnce(number, step.body, known, deps)
        break
      case 'update': {
        const done = await attempt(number, 'update the report comment', () =>
          port.updateComment(step.comment, step.body)
        )
        if (!done.ok) break
        if (done.value === 'gone') {
          // Deleted between our read and this write: say it again if it matters.
          if (attention) await createOnce(number, step.body, known, deps, true)
          else
            log.info(`#${number}: the report comment was gone; nothing to say`)
        } else log.did(number, 'updated the report comment')
        break
      }
      case 'delete': {
        const done = await attempt(number, 'delete a report comment', () =>
          port.deleteComment(step.comment)
        )
        if (done.ok) log.did(number, `deleted a report comment (${step.why})`)
        break
      }
      case 'minimize': {
        const done = await attempt(number, 'minimize the report comment', () =>
          port.minimizeComment(step.comment)
        )
        if (done.ok) log.did(number, 'minimized the report comment as resolved')
        break
      }
      case 'unminimize': {
        const done = await attempt(
          number,
          'unminimize the report comment',
          () => port.unminimizeComment(step.comment)
        )
        if (done.ok) log.did(number, 'unminimized the report comment')
        break
      }
    }
  }
}
