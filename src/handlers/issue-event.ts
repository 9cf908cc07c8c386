import { ownReportComments, planComment } from '../core/comment-plan.js'
import { planLabels } from '../core/label-plan.js'
import { hasLabel, pinFactsOf, sameActor } from '../core/pin-facts.js'
import { planPins } from '../core/pin-plan.js'
import { needsAttention, renderComment } from '../core/render/comment.js'
import type {
  Happened,
  IssueOutcome,
  Report,
  SectionSpec
} from '../core/types.js'
import type { GitHubPort } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import { applyComment } from './apply-comment.js'
import { applyPins } from './apply-pins.js'
import type { Attempt } from './attempt.js'
import type { Logger } from './logger.js'
import { noticeOf } from '../core/notices.js'
import { GITHUB_TOKEN_LOGIN } from '../core/trust.js'
import type { Roles } from './roles.js'
import { trustOf } from './trust.js'

export interface IssueDeps {
  readonly port: GitHubPort
  readonly inputs: Inputs
  readonly now: Date
  readonly log: Logger
  readonly attempt: Attempt
  readonly roles: Roles
  /**
   * The linter: in the action a worker under the time budget
   * (lint-budget.ts), in unit tests the core's `lint` itself.
   */
  readonly lint: (
    body: string,
    specs: readonly SectionSpec[],
    issue: number
  ) => Promise<Report>
}

/**
 * One issue: read it, decide with the core (trust, report, pins, comment,
 * labels), then apply each write on its own. `happened` is what the event did
 * to the issue; after the sweep pinned it, only its comment is brought up to
 * date.
 */
export async function handleIssue(
  number: number,
  happened: Happened,
  deps: IssueDeps
): Promise<IssueOutcome> {
  const { port, inputs, now, log, lint, attempt, roles } = deps
  // Read.
  const snapshot = await port.readIssue(number)
  const issue = snapshot.issue
  const outcome = {
    number,
    title: issue?.title ?? '',
    found: issue !== null,
    incident: false,
    untrusted: null,
    roleRefused: false,
    report: null,
    pinnedBefore: issue?.isPinned ?? false,
    pinned: issue?.isPinned ?? false,
    pinReason: 'not an incident: nothing done',
    pinBlocked: false
  } satisfies IssueOutcome
  if (!issue) {
    log.info(
      `#${number}: not found (deleted, transferred, or a pull request); nothing to do.`
    )
    return { ...outcome, pinReason: 'not found' }
  }
  // A notice issue (an organisation's, for a report in another repository):
  // the organisation's sweep keeps it; no lint, no comment, no label, no pin.
  // Its author is the organisation's App: an issue GITHUB_TOKEN opened (any
  // workflow of the repository may, from anyone's text) is not one.
  const notice = noticeOf(issue.body)
  if (
    notice &&
    issue.author?.bot &&
    !sameActor(issue.author.login, GITHUB_TOKEN_LOGIN)
  ) {
    log.info(
      `#${number}: a notice of ${notice}, kept by the organisation's sweep; nothing to do here.`
    )
    return {
      ...outcome,
      pinReason: `a notice of ${notice}: the organisation's sweep keeps it`
    }
  }

  // Decide: who declared it.
  const labelled = hasLabel(issue.labels, inputs.label)
  const trust = labelled ? await trustOf(issue, inputs, roles, port) : null
  const trusted = trust === null || trust.trusted
  if (trust && !trust.trusted)
    // No comment, no label, no new pin for an issue that nobody trusted
    // declared an incident; a pin the action made earlier still follows the
    // policy (declared stays declared).
    log.warning(`#${number}: not an incident: ${trust.reason}`)
  const incident = labelled && trusted
  const report = incident
    ? await lint(issue.body, inputs.sections, number)
    : null
  if (report)
    log.info(
      `#${number}: ${report.complete ? 'complete' : `not complete${report.missing.length ? `; missing or empty: ${report.missing.join(', ')}` : ''}`}`
    )
  else if (!labelled)
    log.info(`#${number}: does not carry the label '${inputs.label}'.`)

  // Decide: pins.
  const labels = {
    label: inputs.label,
    keepPinnedLabel: inputs.keepPinnedLabel
  }
  const plan = inputs.pin
    ? planPins(
        [pinFactsOf(issue, snapshot.viewer, labels, trusted)],
        snapshot.pinned.map((p) => pinFactsOf(p, snapshot.viewer, labels)),
        now,
        {
          unpinAfterDays: inputs.unpinAfterDays,
          labelRemoved: happened === 'label-removed'
        }
      )
    : null

  // Apply: pins first (the comment says whether the pin came).
  const pins = plan
    ? await applyPins(
        plan,
        [issue, ...snapshot.pinned.filter((p) => p.number !== number)],
        port,
        log,
        attempt
      )
    : null
  const blockedReason = pins?.blocked.get(number)

  if (report && inputs.comment) {
    const attention = needsAttention(report)
    const body = renderComment(report, {
      specs: inputs.sections,
      label: inputs.label,
      onComplete: inputs.onComplete,
      pinNotice: blockedReason
        ? `This incident is ${blockedReason}. A maintainer can unpin one of them to make room.`
        : undefined
    })
    const steps = planComment(
      ownReportComments(issue.comments),
      { attention, body },
      inputs.onComplete
    ).filter((step) => happened !== 'pinned-by-sweep' || step.op === 'update')
    await applyComment(steps, attention, number, deps)
  }

  if (trust && !trust.trusted)
    return {
      ...outcome,
      untrusted: trust.reason,
      roleRefused: trust.refused,
      pinned: pins?.pinnedAfter.get(number) ?? issue.isPinned,
      pinReason: plan?.decisions.get(number)?.reason ?? outcome.pinReason
    }

  if (happened !== 'pinned-by-sweep') {
    const labelSteps = planLabels(
      issue.labels,
      { incident, complete: report?.complete ?? null, happened },
      inputs.incompleteLabel
    )
    for (const step of labelSteps) {
      const verb = step.op === 'add' ? 'add' : 'remove'
      const done = await attempt(
        number,
        `${verb} the label '${step.label}'`,
        async () => {
          if (step.op === 'add') await port.addLabel(number, step.label)
          else await port.removeLabel(number, step.label)
        }
      )
      if (done.ok)
        log.did(
          number,
          `${verb === 'add' ? 'added' : 'removed'} the label '${step.label}'${step.why ? ` (${step.why})` : ''}`
        )
    }
  }

  return {
    ...outcome,
    incident,
    report,
    pinned: pins?.pinnedAfter.get(number) ?? issue.isPinned,
    pinReason:
      blockedReason ?? plan?.decisions.get(number)?.reason ?? 'pinning is off',
    pinBlocked: blockedReason !== undefined
  }
}
