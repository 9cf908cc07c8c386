import type { Api } from './graphql.js'
import type { RepoContent, SetupPort } from './port.js'

const status = (e: unknown) => (e as { status?: number }).status

/** The readiness check's reads over REST, and the label it may create. */
export function setupPort({ octokit, owner, repo, write }: Api): SetupPort {
  return {
    async listLabels() {
      const labels = await octokit.paginate(
        octokit.rest.issues.listLabelsForRepo,
        { owner, repo, per_page: 100 }
      )
      return labels.map((l) => l.name)
    },
    createLabel: (name, color, description) =>
      write(`create the label '${name}'`, async () => {
        await octokit.rest.issues.createLabel({
          owner,
          repo,
          name,
          color,
          description
        })
      }),
    async readContent(path): Promise<RepoContent | null> {
      try {
        const { data } = await octokit.rest.repos.getContent({
          owner,
          repo,
          path
        })
        if (Array.isArray(data))
          return { type: 'dir', entries: data.map((e) => e.name) }
        if (data.type === 'file' && 'content' in data)
          return {
            type: 'file',
            text: Buffer.from(data.content, 'base64').toString('utf8')
          }
        return null
      } catch (error) {
        if (status(error) === 404) return null
        throw error
      }
    },
    async workflowState(file) {
      try {
        const { data } = await octokit.rest.actions.getWorkflow({
          owner,
          repo,
          workflow_id: file
        })
        return data.state
      } catch (error) {
        if (status(error) === 404) return null
        throw error
      }
    }
  }
}
