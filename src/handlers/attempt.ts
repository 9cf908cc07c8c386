import type { Logger } from './logger.js'

/** A write GitHub refused (or that failed after retries). */
export interface RefusedWrite {
  readonly number: number
  /** What the action tried: "pin the issue", "create the report comment". */
  readonly what: string
  /** What GitHub said, one line (no issue text). */
  readonly message: string
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
) => Promise<{ ok: true; value: T } | { ok: false; landed: boolean }>

/** An `Attempt` that records refusals in `refused` and warns once for each. */
export function attempter(log: Logger, refused: RefusedWrite[]): Attempt {
  return async (number, what, write, landed) => {
    try {
      return { ok: true, value: await write() }
    } catch (error) {
      if (landed && (await landed().catch(() => false))) {
        log.info(`#${number}: ${what}: done (GitHub's answer was lost)`)
        return { ok: false, landed: true }
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
