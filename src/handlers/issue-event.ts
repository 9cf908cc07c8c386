import { planComment, type CommentStep } from '../core/comment-plan.js'
import { planPins } from '../core/pin-plan.js'
import { needsAttention, renderComment } from '../core/render/comment.js'
import type { Report } from '../core/types.js'
import type { GitHubPort } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import { applyPins } from './apply-pins.js'
import { hasLabel, pinFacts } from './facts.js'
import type { Logger } from './logger.js'

export interface IssueDeps {
  readonly port: GitHubPort
  readonly inputs: Inputs
  readonly now: Date
  readonly log: Logger
  readonly lint: (
    body: string,
    specs: Inputs['sections'],
    issue: number
  ) => Promise<Report>
}

export interface IssueResult {
  readonly number: number
  readonly title: string
  readonly found: boolean
  readonly incident: boolean
  readonly report: Report | null
  readonly pinnedBefore: boolean
  readonly pinned: boolean
  /** Why the pin is as it is (or why it could not be pinned). */
  readonly pinReason: string
  readonly pinBlocked: boolean
}

/**
 * One issue: check the report, then pin, comment and label, writing only what
 * changes. Everything goes through the port; decisions are the core's.
 */
export async function handleIssue(
  number: number,
  labelRemoved: boolean,
  { port, inputs, now, log, lint }: IssueDeps
): Promise<IssueResult> {
  const snapshot = await port.readIssue(number)
  const issue = snapshot.issue
  if (!issue) {
    log.info(
      `#${number}: not found (deleted, transferred, or a pull request); nothing to do.`
    )
    return {
      number,
      title: '',
      found: false,
      incident: false,
      report: null,
      pinnedBefore: false,
      pinned: false,
      pinReason: 'not found',
      pinBlocked: false
    }
  }
  const labels = {
    label: inputs.label,
    keepPinnedLabel: inputs.keepPinnedLabel
  }
  const facts = pinFacts(issue, snapshot.viewer, labels)
  const pinOptions = { unpinAfterDays: inputs.unpinAfterDays, labelRemoved }
  const plan = inputs.pin
    ? planPins(
        [facts],
        snapshot.pinned.map((p) => pinFacts(p, snapshot.viewer, labels)),
        now,
        pinOptions
      )
    : null
  const allIssues = [
    issue,
    ...snapshot.pinned.filter((p) => p.number !== issue.number)
  ]

  if (!facts.labeled) {
    log.info(`#${number}: does not carry the label '${inputs.label}'.`)
    const outcome = plan ? await applyPins(plan, allIssues, port, log) : null
    if (
      labelRemoved &&
      inputs.incompleteLabel &&
      hasLabel(issue.labels, inputs.incompleteLabel)
    ) {
      await port.removeLabel(number, inputs.incompleteLabel)
      log.did(
        number,
        `removed the label '${inputs.incompleteLabel}' (no longer an incident)`
      )
    }
    return {
      number,
      title: issue.title,
      found: true,
      incident: false,
      report: null,
      pinnedBefore: issue.isPinned,
      pinned: outcome?.pinnedAfter.get(number) ?? issue.isPinned,
      pinReason: plan?.decisions.get(number)?.reason ?? 'pinning is off',
      pinBlocked: false
    }
  }

  const report = await lint(issue.body, inputs.sections, number)
  log.info(
    `#${number}: ${report.complete ? 'complete' : `missing or empty: ${report.missing.join(', ')}`}`
  )

  const outcome = plan ? await applyPins(plan, allIssues, port, log) : null
  const blockedReason = outcome?.blocked.get(number)

  if (inputs.comment) {
    const attention = needsAttention(report)
    const body = renderComment(report, {
      specs: inputs.sections,
      label: inputs.label,
      onComplete: inputs.onComplete,
      pinNotice: blockedReason
        ? `This incident is ${blockedReason}.`
        : undefined
    })
    const steps = planComment(
      issue.ownComments,
      { attention, body },
      inputs.onComplete
    )
    await applyComment(steps, attention, number, port, log)
  }

  if (inputs.incompleteLabel) {
    const has = hasLabel(issue.labels, inputs.incompleteLabel)
    if (!report.complete && !has) {
      await port.addLabel(number, inputs.incompleteLabel)
      log.did(number, `added the label '${inputs.incompleteLabel}'`)
    } else if (report.complete && has) {
      await port.removeLabel(number, inputs.incompleteLabel)
      log.did(number, `removed the label '${inputs.incompleteLabel}'`)
    }
  }

  return {
    number,
    title: issue.title,
    found: true,
    incident: true,
    report,
    pinnedBefore: issue.isPinned,
    pinned: outcome?.pinnedAfter.get(number) ?? issue.isPinned,
    pinReason:
      blockedReason ?? plan?.decisions.get(number)?.reason ?? 'pinning is off',
    pinBlocked: blockedReason !== undefined
  }
}

async function applyComment(
  steps: CommentStep[],
  attention: boolean,
  number: number,
  port: GitHubPort,
  log: Logger
) {
  for (const step of steps) {
    switch (step.op) {
      case 'create':
        await port.createComment(number, step.body)
        log.did(number, 'created the report comment')
        break
      case 'update':
        if ((await port.updateComment(step.comment, step.body)) === 'gone') {
          // Deleted between our read and this write: say it again if it matters.
          if (attention) {
            await port.createComment(number, step.body)
            log.did(number, 'created the report comment again (it was gone)')
          } else
            log.info(`#${number}: the report comment was gone; nothing to say`)
        } else log.did(number, 'updated the report comment')
        break
      case 'delete':
        await port.deleteComment(step.comment)
        log.did(number, `deleted a report comment (${step.why})`)
        break
      case 'minimize':
        await port.minimizeComment(step.comment)
        log.did(number, 'minimized the report comment as resolved')
        break
      case 'unminimize':
        await port.unminimizeComment(step.comment)
        log.did(number, 'unminimized the report comment')
        break
    }
  }
}
