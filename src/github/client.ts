import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof getOctokit>

/** A throttling handler: say what happened, then retry up to twice. */
function retryTwice(what: string, log: (line: string) => void) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number
  ): boolean => {
    log(
      `${what} reached for ${options.method} ${options.url}; retrying in ${retryAfter} s`
    )
    return retryCount < 2
  }
}

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
        onRateLimit: retryTwice('Rate limit', log),
        onSecondaryRateLimit: retryTwice('Secondary rate limit', log)
      }
    },
    retry,
    throttling
  )
}
