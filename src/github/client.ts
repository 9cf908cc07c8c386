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

/** GitHub asks for at least a second between writes. */
export const WRITE_SPACING_MS = 1000
/** The unit of the retry back-off (1, 4, 9 of them) and of `retry-after`. */
export const RETRY_BASE_MS = 1000

/**
 * A timing seam for the tests: the variable's value in milliseconds, honoured
 * only against an API on this machine (the tests' double), never against
 * GitHub; no input sets it. Otherwise `fallback`.
 */
function seam(
  env: NodeJS.ProcessEnv,
  name: string,
  apiUrl: string,
  fallback: number
): number {
  const value = env[name]
  if (value === undefined || !/^\d{1,5}$/.test(value)) return fallback
  let host = ''
  try {
    host = new URL(apiUrl).hostname
  } catch {
    return fallback
  }
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host)
    ? Number(value)
    : fallback
}

/** The spacing between writes (seam: `INCIDENT_ISSUES_WRITE_SPACING_MS`). */
export const writeSpacing = (env: NodeJS.ProcessEnv, apiUrl: string) =>
  seam(env, 'INCIDENT_ISSUES_WRITE_SPACING_MS', apiUrl, WRITE_SPACING_MS)

/** The unit of back-off (seam: `INCIDENT_ISSUES_RETRY_BASE_MS`). */
export const retryBase = (env: NodeJS.ProcessEnv, apiUrl: string) =>
  seam(env, 'INCIDENT_ISSUES_RETRY_BASE_MS', apiUrl, RETRY_BASE_MS)

interface RequestOptions {
  readonly method?: string
  readonly url?: string
  readonly query?: unknown
}

/**
 * Whether a request changes something: a REST call other than GET or HEAD,
 * or a GraphQL document that is a mutation. GraphQL reads are POSTs too, and
 * must not wait a second each.
 */
export function isWrite(options: RequestOptions): boolean {
  const method = (options.method ?? 'GET').toUpperCase()
  if (method === 'GET' || method === 'HEAD') return false
  if (typeof options.query === 'string')
    return /^\s*mutation\b/.test(options.query.replace(/^\s*(#.*\n\s*)*/, ''))
  return true
}

/** The throttling plugin's own queues stand aside: writes are spaced here. */
const passThrough = {
  key: () => ({
    schedule: <T>(_options: unknown, fn: () => Promise<T> | T) =>
      Promise.resolve(fn())
  })
}

/**
 * Octokit with retries (5xx, with back-off) and throttling (primary and
 * secondary rate limits, honouring `retry-after`), as lock-threads does.
 * Writes (mutations and REST writes) are spaced `spacing` ms apart; reads are
 * not (the plugin would space every GraphQL request, reads included).
 * `sleep` is a seam for the unit test.
 */
export function getClient(
  token: string,
  baseUrl: string,
  log: (line: string) => void,
  spacing: number = WRITE_SPACING_MS,
  sleep: (ms: number) => Promise<void> = (ms) =>
    new Promise((r) => setTimeout(r, ms)),
  backOff: number = RETRY_BASE_MS
): Octokit {
  const octokit = getOctokit(
    token,
    {
      baseUrl,
      retry: { retries: 3, retryAfterBaseValue: backOff },
      throttle: {
        retryAfterBaseValue: backOff,
        onRateLimit: retryTwice('Rate limit', log),
        onSecondaryRateLimit: retryTwice('Secondary rate limit', log),
        // Not in the plugin's option type, but read from it (index.js: state.write ?? groups.write).
        ...({ write: passThrough, notifications: passThrough } as object)
      }
    },
    retry,
    throttling
  )
  // Writes go one at a time, each `spacing` ms after the previous one was
  // answered: GitHub then sees them at least that far apart, whatever the
  // network did to the previous one.
  let previous: Promise<unknown> = Promise.resolve()
  let answeredAt = 0
  octokit.hook.wrap('request', async (request, options) => {
    if (!isWrite(options)) return request(options)
    const turn = previous.then(async () => {
      const wait = answeredAt + spacing - Date.now()
      if (answeredAt > 0 && wait > 0) await sleep(wait)
      try {
        return await request(options)
      } finally {
        answeredAt = Date.now()
      }
    })
    previous = turn.catch(() => undefined)
    return turn
  })
  return octokit
}
