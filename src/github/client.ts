import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof getOctokit>

/**
 * Octokit with retries (5xx, with back-off) and throttling (primary and
 * secondary rate limits, honouring `retry-after`), as lock-threads does.
 */
export function getClient(
  token: string,
  baseUrl: string,
  log: (line: string) => void
): Octokit {
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { retries: 3 },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number
        ) => {
          log(
            `Rate limit reached for ${options.method} ${options.url}; retrying in ${retryAfter} s`
          )
          return retryCount < 2
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number
        ) => {
          log(
            `Secondary rate limit reached for ${options.method} ${options.url}; retrying in ${retryAfter} s`
          )
          return retryCount < 2
        }
      }
    },
    retry,
    throttling
  )
}
