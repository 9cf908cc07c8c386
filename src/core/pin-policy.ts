/** GitHub allows at most three pinned issues per repository. */
export const PIN_LIMIT = 3

const DAY = 86_400_000

/** Who last pinned or unpinned the issue, from its timeline. */
export interface PinEvent {
  readonly kind: 'pinned' | 'unpinned'
  /** Login of the actor; null when GitHub does not say (a deleted user). */
  readonly actor: string | null
  /** Whether the actor is the token's own user (the action). */
  readonly byAction: boolean
}

/** The facts about one issue that the pin decision needs. */
export interface PinFacts {
  readonly number: number
  readonly labeled: boolean
  readonly open: boolean
  readonly closedAt: Date | null
  /**
   * How it was closed: `not-planned` and `duplicate` mean it was not, or is no
   * longer, the incident readers should see, so its pin goes at once.
   */
  readonly closedAs?: 'completed' | 'not-planned' | 'duplicate' | null
  readonly createdAt: Date
  readonly keepPinned: boolean
  readonly pinned: boolean
  readonly lastPinEvent: PinEvent | null
  /** For pinned issues: who pinned it, when GitHub says (`PinnedIssue.pinnedBy`). */
  readonly pinnedByAction?: boolean | undefined
  /**
   * False when nobody trusted declared the incident now (the labeler lost the
   * role, or the label came from elsewhere): no new pin, but the action's own
   * pin is still undone by the policy. Default true.
   */
  readonly mayPin?: boolean
}

export interface PinOptions {
  readonly unpinAfterDays: number
  /** The incident label was just removed (`unlabeled` of that label). */
  readonly labelRemoved?: boolean
}

export interface PinDecision {
  /** `leave`: the action must not touch the pin either way. */
  readonly want: 'pinned' | 'unpinned' | 'leave'
  readonly reason: string
  /** Closed, and `unpin-after-days` whole days have passed. */
  readonly expired: boolean
  /** Whole days since the latest close, or null when open. */
  readonly daysClosed: number | null
}

/** Whole days from `closedAt` to `now` (never negative). */
export function daysSince(closedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - closedAt.getTime()) / DAY))
}

const who = (e: PinEvent) => (e.actor ? `@${e.actor}` : 'a maintainer')

/** Whether the action made the current pin: its own last pin event, or GitHub's pinnedBy. */
function pinnedByAction(f: PinFacts): boolean {
  if (f.lastPinEvent?.kind === 'pinned') return f.lastPinEvent.byAction
  return f.pinnedByAction === true
}

/**
 * The desired pin state of one issue (SPEC "Pinning"). One pure function for
 * issue events and the sweep. The maintainers' own decisions win: a person's
 * unpin after the action's pin is final, and a person's pin is theirs.
 */
export function desiredPin(
  f: PinFacts,
  now: Date,
  options: PinOptions
): PinDecision {
  const daysClosed = !f.open && f.closedAt ? daysSince(f.closedAt, now) : null
  const dismissed =
    !f.open && (f.closedAs === 'not-planned' || f.closedAs === 'duplicate')
  const expired =
    !f.open &&
    (dismissed ||
      f.closedAt === null ||
      (daysClosed ?? 0) >= options.unpinAfterDays)
  const decide = (want: PinDecision['want'], reason: string): PinDecision => ({
    want,
    reason,
    expired,
    daysClosed
  })
  const last = f.lastPinEvent
  // The keep-pinned label means the action never unpins the issue.
  if (f.keepPinned && f.pinned) return decide('pinned', 'keep-pinned label')
  if (!f.labeled) {
    if (options.labelRemoved && f.pinned && pinnedByAction(f)) {
      return decide('unpinned', 'the incident label was removed')
    }
    return decide('leave', 'not an incident')
  }
  // A person's unpin after the action's pin is final, keep-pinned or not.
  if (last?.kind === 'unpinned' && !last.byAction && !f.pinned) {
    return decide('leave', `unpinned by ${who(last)}; not pinned again`)
  }
  if (f.keepPinned) return decide('pinned', 'keep-pinned label')
  if (f.pinned) {
    if (!pinnedByAction(f)) {
      return decide(
        'leave',
        `pinned by ${last?.kind === 'pinned' ? who(last) : 'a maintainer'}; theirs to unpin`
      )
    }
    if (!expired)
      return decide(
        'pinned',
        f.open ? 'open' : closedReason(daysClosed, options)
      )
    return decide(
      'unpinned',
      dismissed
        ? closedAsReason(f)
        : `closed ${days(daysClosed)} ago; unpin after ${days(options.unpinAfterDays)}`
    )
  }
  if (expired)
    return decide(
      'unpinned',
      dismissed ? closedAsReason(f) : `closed ${days(daysClosed)} ago`
    )
  return decide('pinned', f.open ? 'open' : closedReason(daysClosed, options))
}

function closedAsReason(f: PinFacts): string {
  return `closed as ${f.closedAs === 'duplicate' ? 'a duplicate' : 'not planned'}; unpinned at once`
}

function days(n: number | null): string {
  return n === 1 ? '1 day' : `${n ?? 0} days`
}

function closedReason(daysClosed: number | null, options: PinOptions): string {
  return `closed ${days(daysClosed)} ago; pinned until ${days(options.unpinAfterDays)}`
}
