import type { Octokit } from './client.js'
import { explain, graphqlMessages } from './errors.js'

/** What every concern of the port needs: the client, the repository, the helpers. */
export interface Api {
  readonly octokit: Octokit
  readonly owner: string
  readonly repo: string
  /** A GraphQL read; a NOT_FOUND issue reads as null with `missingIsNull`. */
  read: <T>(
    doing: string,
    query: string,
    variables: Record<string, unknown>,
    missingIsNull?: boolean
  ) => Promise<T>
  /** A GraphQL request with variables only (never interpolated text). */
  graphql: <T>(query: string, variables: Record<string, unknown>) => Promise<T>
  /** A write; `benign` turns a known answer (already pinned, gone) into a state. */
  write: <T>(
    doing: string,
    call: () => Promise<T>,
    benign?: (e: unknown) => T | undefined
  ) => Promise<T>
}

/** Whether GitHub answered that the thing is not there (any more). */
export const isNotFound = (error: unknown) =>
  (error as { status?: number }).status === 404 ||
  graphqlMessages(error).some((m) =>
    /NOT_FOUND|Could not resolve to a node/i.test(m)
  )

/**
 * The shared helpers over one client and repository.
 * `graphqlUrl`: GITHUB_GRAPHQL_URL, `…/graphql` on github.com, `…/api/graphql` on GHES.
 */
export function api(
  octokit: Octokit,
  owner: string,
  repo: string,
  graphqlUrl: string
): Api {
  const graphql = <T>(query: string, variables: Record<string, unknown>) =>
    octokit.graphql<T>({ query, url: graphqlUrl, ...variables })
  return {
    octokit,
    owner,
    repo,
    graphql,
    async read<T>(
      doing: string,
      query: string,
      variables: Record<string, unknown>,
      missingIsNull = false
    ): Promise<T> {
      try {
        return await graphql<T>(query, variables)
      } catch (error) {
        const partial = (error as { data?: T }).data
        if (
          missingIsNull &&
          partial &&
          (error as { errors?: { type?: string }[] }).errors?.every(
            (e) => e.type === 'NOT_FOUND'
          )
        )
          return partial
        throw explain(error, doing, 'issues: read')
      }
    },
    async write<T>(
      doing: string,
      call: () => Promise<T>,
      benign?: (e: unknown) => T | undefined
    ): Promise<T> {
      try {
        return await call()
      } catch (error) {
        const state = benign?.(error)
        if (state !== undefined) return state
        throw explain(error, doing, 'issues: write')
      }
    }
  }
}
