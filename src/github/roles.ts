import type { RoleAnswer } from '../core/trust.js'
import type { Api } from './graphql.js'

/**
 * A person's role in the repository (REST collaborator permission): what
 * GitHub said, or that it would not say. No such user, or no collaborator: none.
 */
export async function roleOf(
  { octokit, owner, repo }: Api,
  login: string
): Promise<RoleAnswer> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: login
    })
    return {
      kind: 'role',
      roleName: data.role_name ?? data.permission ?? '',
      permissions: { ...(data.user?.permissions ?? {}) }
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404) return { kind: 'none' }
    return {
      kind: 'refused',
      message: `GitHub answered ${status ?? 'with an error'} to GET /repos/${owner}/${repo}/collaborators/{username}/permission`
    }
  }
}
