/** A failure the user can act on; its message says what to change. */
export class ActionableError extends Error {
  override name = 'ActionableError'
  /** The HTTP status GitHub answered with, when there was one. */
  status: number | undefined
  constructor(message: string, status?: number) {
    super(message)
    this.status = status
  }
}

interface ErrorLike {
  status?: number
  message?: string
  errors?: { type?: string; message?: string }[]
  response?: { data?: unknown; headers?: Record<string, unknown> }
}

/** Messages of a GraphQL error response. */
export function graphqlMessages(error: unknown): string[] {
  const e = error as ErrorLike
  return (e?.errors ?? []).map((x) => `${x.type ?? ''} ${x.message ?? ''}`)
}

/**
 * Turn an API failure into one that names what to change: a missing
 * `permissions:` entry, a rejected token, an exhausted rate limit.
 */
export function explain(
  error: unknown,
  doing: string,
  needs: 'issues: read' | 'issues: write'
): Error {
  const e = error as ErrorLike
  const text = `${e?.message ?? ''} ${graphqlMessages(error).join(' ')}`
  if (e?.status === 401) {
    return new ActionableError(
      `GitHub rejected the token while trying to ${doing} (401 Bad credentials): check the 'github-token' input.`
    )
  }
  if (/rate limit/i.test(text)) {
    return new ActionableError(
      `GitHub's rate limit stopped the action while trying to ${doing}, after retries: the next run will pick up where this one stopped.`
    )
  }
  const said =
    (e?.errors ?? [])
      .map((x) => x.message)
      .filter(Boolean)
      .join('; ') ||
    e?.message ||
    String(error)
  if (
    e?.status === 403 ||
    /FORBIDDEN|Resource not accessible|must have (push|admin|write)/i.test(text)
  ) {
    // A refused write is listed at the end of the run with its likely causes.
    return new ActionableError(
      needs === 'issues: write'
        ? `GitHub refused (${e?.status ?? 'FORBIDDEN'}: ${oneLine(said)})`
        : `The token may not ${doing} (${e?.status ?? 'FORBIDDEN'}: ${oneLine(said)}). Add this to the workflow:\npermissions:\n  ${needs}`,
      e?.status ?? 403
    )
  }
  return new ActionableError(`Could not ${doing}: ${oneLine(said)}`, e?.status)
}

function oneLine(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').slice(0, 300)
}
