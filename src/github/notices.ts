import { isNotFound, type Api } from './graphql.js'
import type { NoticeChange, NoticePort } from './port.js'

/**
 * The notice issues' writes over REST (core/notices.ts decides them). The
 * create is never retried blindly: its answer may be lost after GitHub made
 * the issue, and the handler reads the repository again before one more try.
 */
export function noticePort({ write, octokit, owner, repo }: Api): NoticePort {
  return {
    createIssue: (title, body, labels) =>
      write('open a notice issue', async () => {
        const { data } = await octokit.rest.issues.create({
          owner,
          repo,
          title,
          body,
          labels: [...labels],
          request: { retries: 0 }
        })
        return data.number
      }),
    updateIssue: (number, change: NoticeChange) =>
      write(
        `update notice #${number}`,
        async () => {
          await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: number,
            ...(change.title !== undefined ? { title: change.title } : {}),
            ...(change.body !== undefined ? { body: change.body } : {}),
            ...(change.state ? { state: change.state } : {}),
            ...(change.stateReason ? { state_reason: change.stateReason } : {})
          })
          return 'updated' as const
        },
        (e) => (isNotFound(e) ? ('gone' as const) : undefined)
      )
  }
}
