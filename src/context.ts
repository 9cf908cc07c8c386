import { readFileSync } from 'node:fs'

/** What the runner tells the action about the run. */
export interface RunContext {
  readonly eventName: string
  readonly payload: unknown
  /** `owner/repo`, checked where it is needed. */
  readonly repository: string
  readonly apiUrl: string
  readonly graphqlUrl: string
  readonly outputPath: string | undefined
}

/** Read the context from the environment GitHub sets (no @actions/* import). */
export function readContext(env: NodeJS.ProcessEnv): RunContext {
  let payload: unknown = null
  const path = env.GITHUB_EVENT_PATH
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8'))
    } catch {
      payload = null
    }
  }
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(
    /\/+$/,
    ''
  )
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository: env.GITHUB_REPOSITORY ?? '',
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(
      /\/+$/,
      ''
    ),
    outputPath: env.GITHUB_OUTPUT
  }
}

/** Split `owner/repo`, or say what is wrong. */
export function splitRepository(repository: string): {
  owner: string
  repo: string
} {
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(repository)
  if (!m) {
    throw new Error(
      `GITHUB_REPOSITORY must be 'owner/repo' (got '${repository.slice(0, 100)}')`
    )
  }
  return { owner: m[1]!, repo: m[2]! }
}
