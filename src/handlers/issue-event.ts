import {
  ownReportComments,
  planComment,
  type CommentStep
} from '../core/comment-plan.js'
import { planLabels } from '../core/label-plan.js'
import { hasLabel, pinFactsOf } from '../core/pin-facts.js'
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
import { applyPins } from './apply-pins.js'
import type { Attempt } from './attempt.js'
import type { Logger } from './logger.js'
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

/**
 * Our own report comments as GitHub holds them now, or null when they cannot
 * be read.
 */
async function ownCommentsNow(port: GitHubPort, number: number) {
  try {
    const issue = (await port.readIssue(number)).issue
    return issue ? ownReportComments(issue.comments) : null
  } catch {
    return null
  }
}

/**
 * Create the report comment without ever leaving two: a create whose answer
 * was lost may have landed, so the thread is read again before one more try.
 */
async function createOnce(
  number: number,
  body: string,
  known: ReadonlySet<string>,
  { port, log, attempt }: Pick<IssueDeps, 'port' | 'log' | 'attempt'>,
  again = false
): Promise<void> {
  const landed = async () => {
    const now = await ownCommentsNow(port, number)
    return now !== null && now.some((c) => !known.has(c.id))
  }
  const first = await attempt(
    number,
    'create the report comment',
    async () => {
      try {
        return await port.createComment(number, body)
      } catch (error) {
        // A refusal (4xx) did not land and would be refused again.
        const status = (error as { status?: number }).status
        if (status !== undefined && status >= 400 && status < 500) throw error
        // One more try, only when the thread shows that the first did not land.
        const now = await ownCommentsNow(port, number)
        if (now === null || now.some((c) => !known.has(c.id))) throw error
        return await port.createComment(number, body)
      }
    },
    landed
  )
  if (first.ok)
    log.did(
      number,
      again
        ? 'created the report comment again (it was gone)'
        : 'created the report comment'
    )
}

async function applyComment(
  steps: CommentStep[],
  attention: boolean,
  number: number,
  deps: Pick<IssueDeps, 'port' | 'log' | 'attempt'>
) {
  const { port, log, attempt } = deps
  const known = new Set(
    steps.flatMap((s) => ('comment' in s ? [s.comment.id] : []))
  )
  for (const step of steps) {
    switch (step.op) {
      case 'create':
        await createOnce(number, step.body, known, deps)
        break
      case 'update': {
        const done = await attempt(number, 'update the report comment', () =>
          port.updateComment(step.comment, step.body)
        )
        if (!done.ok) break
        if (done.value === 'gone') {
          // Deleted between our read and this write: say it again if it matters.
          if (attention) await createOnce(number, step.body, known, deps, true)
          else
            log.info(`#${number}: the report comment was gone; nothing to say`)
        } else log.did(number, 'updated the report comment')
        break
      }
      case 'delete': {
        const done = await attempt(number, 'delete a report comment', () =>
          port.deleteComment(step.comment)
        )
        if (done.ok) log.did(number, `deleted a report comment (${step.why})`)
        break
      }
      case 'minimize': {
        const done = await attempt(number, 'minimize the report comment', () =>
          port.minimizeComment(step.comment)
        )
        if (done.ok) log.did(number, 'minimized the report comment as resolved')
        break
      }
      case 'unminimize': {
        const done = await attempt(
          number,
          'unminimize the report comment',
          () => port.unminimizeComment(step.comment)
        )
        if (done.ok) log.did(number, 'unminimized the report comment')
        break
      }
    }
  }
}
