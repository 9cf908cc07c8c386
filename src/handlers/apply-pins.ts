import type { PinPlan } from '../core/pin-plan.js'
import type { GitHubPort, IssueFacts } from '../github/port.js'
import type { Logger } from './logger.js'

export interface PinOutcome {
  /** Pinned state after the run, by issue number. */
  readonly pinnedAfter: Map<number, boolean>
  readonly unpinned: number[]
  /** Why an issue that should be pinned is not, by issue number. */
  readonly blocked: Map<number, string>
}

/** Carry out a pin plan; GitHub's answers are states ("limit" blocks, "already" is done). */
export async function applyPins(
  plan: PinPlan,
  issues: readonly IssueFacts[],
  port: GitHubPort,
  log: Logger
): Promise<PinOutcome> {
  const byNumber = new Map(issues.map((i) => [i.number, i]))
  const pinnedAfter = new Map(issues.map((i) => [i.number, i.isPinned]))
  const unpinned: number[] = []
  const blocked = new Map(plan.blocked.map((b) => [b.number, b.reason]))
  for (const step of plan.steps) {
    const issue = byNumber.get(step.number)
    if (!issue) continue
    if (step.action === 'unpin') {
      const result = await port.unpin(issue)
      if (result === 'unpinned')
        log.did(issue.number, `unpinned (${step.reason})`)
      else log.info(`#${issue.number}: was not pinned (${step.reason})`)
      pinnedAfter.set(issue.number, false)
      if (result === 'unpinned') unpinned.push(issue.number)
    } else {
      const result = await port.pin(issue)
      if (result === 'limit') {
        const reason =
          'not pinned: GitHub allows 3 pinned issues and all 3 are taken'
        blocked.set(issue.number, reason)
        log.warning(`#${issue.number}: ${reason}`)
      } else {
        pinnedAfter.set(issue.number, true)
        if (result === 'pinned')
          log.did(issue.number, `pinned (${step.reason})`)
        else log.info(`#${issue.number}: was pinned already (${step.reason})`)
      }
    }
  }
  for (const { number, reason } of plan.blocked)
    log.warning(`#${number}: ${reason}`)
  return { pinnedAfter, unpinned, blocked }
}
