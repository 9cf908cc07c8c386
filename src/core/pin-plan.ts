import {
  desiredPin,
  PIN_LIMIT,
  type PinDecision,
  type PinFacts,
  type PinOptions
} from './pin-policy.js'

export interface PinStep {
  readonly action: 'pin' | 'unpin'
  readonly number: number
  readonly reason: string
}

export interface PinPlan {
  /** In order: unpins first (they free slots), then pins. */
  readonly steps: readonly PinStep[]
  /**
   * Issues that should be pinned but have no free slot, with why. `reason`
   * names no other issue (it goes into the public comment, where `#N` would
   * mention that issue); `holders` are the issues holding the slots.
   */
  readonly blocked: readonly {
    readonly number: number
    readonly reason: string
    readonly holders: readonly number[]
  }[]
  readonly decisions: ReadonlyMap<number, PinDecision>
}

/**
 * Bring `targets` to their desired pin state within GitHub's three pins.
 * `pinned` is every issue pinned in the repository now (incidents or not). A
 * slot is freed only by unpinning an incident whose time is up and whose pin
 * the action made; pins held are never taken from an open incident. When slots
 * are short, the most recently opened incidents are pinned first.
 */
export function planPins(
  targets: readonly PinFacts[],
  pinned: readonly PinFacts[],
  now: Date,
  options: PinOptions
): PinPlan {
  const decisions = new Map<number, PinDecision>()
  for (const t of targets) {
    const d = desiredPin(t, now, options)
    // Untrusted today: never a new pin; a pin already there is left as it is
    // until the policy says it goes (declared stays declared).
    decisions.set(
      t.number,
      t.mayPin === false && d.want === 'pinned'
        ? {
            ...d,
            want: 'leave',
            reason: t.pinned
              ? `${d.reason}; left pinned (nobody who may apply labels declared it now)`
              : 'not pinned: nobody who may apply labels declared it an incident'
          }
        : d
    )
  }
  const steps: PinStep[] = []
  const blocked: { number: number; reason: string; holders: number[] }[] = []
  const unpinned = new Set<number>()

  for (const t of targets) {
    const d = decisions.get(t.number)!
    if (t.pinned && d.want === 'unpinned') {
      steps.push({ action: 'unpin', number: t.number, reason: d.reason })
      unpinned.add(t.number)
    }
  }
  const pinnedNow = new Set(pinned.map((p) => p.number))
  for (const t of targets) if (t.pinned) pinnedNow.add(t.number)
  let free = PIN_LIMIT - pinnedNow.size + unpinned.size

  const donors = pinned
    .filter((p) => !decisions.has(p.number))
    .map((p) => ({
      pinFacts: p,
      decision: desiredPin(p, now, { unpinAfterDays: options.unpinAfterDays })
    }))
    // Only the action's own pins of incidents whose time is up are given up.
    .filter(({ decision }) => decision.want === 'unpinned')
    .sort((a, b) => (b.decision.daysClosed ?? 0) - (a.decision.daysClosed ?? 0))

  const wanting = targets
    .filter((t) => !t.pinned && decisions.get(t.number)!.want === 'pinned')
    .sort(
      (a, b) =>
        b.createdAt.getTime() - a.createdAt.getTime() || b.number - a.number
    )
  for (const t of wanting) {
    if (free <= 0) {
      const donor = donors.shift()
      if (donor) {
        steps.push({
          action: 'unpin',
          number: donor.pinFacts.number,
          reason: `${donor.decision.reason}; frees a slot for #${t.number}`
        })
        unpinned.add(donor.pinFacts.number)
        free++
      }
    }
    if (free > 0) {
      steps.push({
        action: 'pin',
        number: t.number,
        reason: decisions.get(t.number)!.reason
      })
      pinnedNow.add(t.number)
      free--
    } else {
      const holders = [...pinnedNow]
        .filter((n) => !unpinned.has(n))
        .sort((a, b) => a - b)
      blocked.push({
        number: t.number,
        reason: `not pinned: GitHub allows ${PIN_LIMIT} pinned issues, all ${PIN_LIMIT} are held by other issues, and none of them is an incident whose time is up`,
        holders
      })
    }
  }
  steps.sort((a, b) =>
    a.action === b.action ? 0 : a.action === 'unpin' ? -1 : 1
  )
  return { steps, blocked, decisions }
}
