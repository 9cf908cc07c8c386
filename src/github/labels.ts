import { isNotFound, type Api } from './graphql.js'

export const addLabel = (
  { write, octokit, owner, repo }: Api,
  number: number,
  label: string
) =>
  write(`label issue #${number}`, async () => {
    await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: number,
      labels: [label]
    })
  })

/** Remove a label; one that is not there is a state. */
export const removeLabel = (
  { write, octokit, owner, repo }: Api,
  number: number,
  label: string
) =>
  write(
    `remove a label from issue #${number}`,
    async () => {
      await octokit.rest.issues.removeLabel({
        owner,
        repo,
        issue_number: number,
        name: label
      })
      return 'removed' as const
    },
    (e) => (isNotFound(e) ? ('absent' as const) : undefined)
  )
