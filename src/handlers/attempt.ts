import type { Logger } from './logger.js'

/** A write GitHub refused (or that failed after retries). */
export interface RefusedWrite {
  readonly number: number
  /** What the action tried: "pin the issue", "create the report comment". */
  readonly what: string
  /** What GitHub said, one line (no issue text). */
  readonly message: string
}

export type AttemptResult<T> =
  | { ok: true; value: T }
  | {
      ok: false
      /** GitHub made the change although its answer was lost. */
      landed: boolean
      /** The issue is gone (deleted, transferred, converted to a discussion). */
      gone?: true
    }

/**
 * Run one write on its own: a failure is recorded and the run goes on.
 * `landed` asks GitHub whether a failed write took effect all the same (its
 * answer lost on the way back); if it did, it is not a failure.
 */
export type Attempt = <T>(
  number: number,
  what: string,
  write: () => Promise<T>,
  landed?: () => Promise<boolean>
) => Promise<AttemptResult<T>>

/** GitHub's answers that may mean the issue itself is gone. */
const notThere = (error: unknown) => {
  const e = error as { status?: number; message?: string }
  return (
    e?.status === 404 ||
    e?.status === 410 ||
    /not found|could not resolve|was deleted|\bgone\b/i.test(e?.message ?? '')
  )
}

/**
 * An `Attempt` that records refusals in `refused` and warns once for each.
 * `exists` tells whether an issue is still there: a write to an issue that
 * went away between the read and the write (deleted, transferred, converted
 * to a discussion) is not a refusal. One line says so, and no further write
 * is tried on that issue.
 */
export function attempter(
  log: Logger,
  refused: RefusedWrite[],
  exists: (number: number) => Promise<boolean> = async () => true
): Attempt {
  const gone = new Set<number>()
  return async (number, what, write, landed) => {
    if (gone.has(number)) return { ok: false, landed: false, gone: true }
    try {
      return { ok: true, value: await write() }
    } catch (error) {
      if (landed && (await landed().catch(() => false))) {
        log.info(`#${number}: ${what}: done (GitHub's answer was lost)`)
        return { ok: false, landed: true }
      }
      if (notThere(error) && !(await exists(number).catch(() => true))) {
        gone.add(number)
        log.info(
          `#${number}: the issue is gone (deleted, transferred or converted to a discussion) since it was read; nothing more to do for it.`
        )
        return { ok: false, landed: false, gone: true }
      }
      const message = (error instanceof Error ? error.message : String(error))
        .replace(/\s+/g, ' ')
        .slice(0, 400)
      refused.push({ number, what, message })
      log.warning(`#${number}: could not ${what}: ${message}`)
      return { ok: false, landed: false }
    }
  }
}
