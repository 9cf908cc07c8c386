import type { PinPlan } from '../core/pin-plan.js'
import type { IssueRecord } from '../core/records.js'
import type { GitHubPort } from '../github/port.js'
import type { Attempt } from './attempt.js'
import type { Logger } from './logger.js'

export interface PinOutcome {
  /** Pinned state after the run, by issue number. */
  readonly pinnedAfter: Map<number, boolean>
  readonly unpinned: number[]
  /** Why an issue that should be pinned is not, by issue number (names no other issue). */
  readonly blocked: Map<number, string>
}

/**
 * Whether GitHub holds the issue pinned now. After a failed pin or unpin the
 * answer may have been lost on its way back while the change was made.
 */
async function pinnedNow(
  port: GitHubPort,
  number: number
): Promise<boolean | null> {
  try {
    return (await port.readIssue(number)).issue?.isPinned ?? null
  } catch {
    return null
  }
}

/**
 * Carry out a pin plan. GitHub's answers are states ("limit" blocks, "already"
 * is done); each write is attempted on its own, and a failed one is checked
 * against GitHub's state before it is called refused.
 */
export async function applyPins(
  plan: PinPlan,
  issues: readonly IssueRecord[],
  port: GitHubPort,
  log: Logger,
  attempt: Attempt
): Promise<PinOutcome> {
  const byNumber = new Map(issues.map((i) => [i.number, i]))
  const pinnedAfter = new Map(issues.map((i) => [i.number, i.isPinned]))
  const unpinned: number[] = []
  const blocked = new Map(plan.blocked.map((b) => [b.number, b.reason]))
  for (const step of plan.steps) {
    const issue = byNumber.get(step.number)
    if (!issue) continue
    if (step.action === 'unpin') {
      const result = await attempt(
        issue.number,
        'unpin the issue',
        () => port.unpin(issue),
        async () => (await pinnedNow(port, issue.number)) === false
      )
      if (!result.ok) {
        if (!result.landed) continue
      } else if (result.value === 'unpinned')
        log.did(issue.number, `unpinned (${step.reason})`)
      else log.info(`#${issue.number}: was not pinned (${step.reason})`)
      pinnedAfter.set(issue.number, false)
      if (!result.ok || result.value === 'unpinned') unpinned.push(issue.number)
    } else {
      const result = await attempt(
        issue.number,
        'pin the issue',
        () => port.pin(issue),
        async () => (await pinnedNow(port, issue.number)) === true
      )
      if (!result.ok) {
        if (result.landed) pinnedAfter.set(issue.number, true)
      } else if (
        result.value === 'limit' &&
        (await pinnedNow(port, issue.number)) === true
      ) {
        // A retry of a pin whose answer was lost: GitHub holds it pinned and
        // answers "maximum" to the retry. The notice must say what is true.
        pinnedAfter.set(issue.number, true)
        log.did(
          issue.number,
          `pinned (${step.reason}; GitHub's answer was lost)`
        )
      } else if (result.value === 'limit') {
        const reason =
          'not pinned: GitHub allows 3 pinned issues and all 3 are taken'
        blocked.set(issue.number, reason)
        log.warning(`#${issue.number}: ${reason}`)
      } else {
        pinnedAfter.set(issue.number, true)
        if (result.value === 'pinned')
          log.did(issue.number, `pinned (${step.reason})`)
        else log.info(`#${issue.number}: was pinned already (${step.reason})`)
      }
    }
  }
  for (const { number, reason, holders } of plan.blocked)
    log.warning(
      `#${number}: ${reason} (held by ${holders.map((n) => `#${n}`).join(', ')})`
    )
  return { pinnedAfter, unpinned, blocked }
}
