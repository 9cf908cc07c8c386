import { planComment, type CommentStep } from '../core/comment-plan.js'
import { planPins } from '../core/pin-plan.js'
import { needsAttention, renderComment } from '../core/render/comment.js'
import { labeler, trustLabel, type Trust } from '../core/trust.js'
import type { Report } from '../core/types.js'
import type { GitHubPort } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import { applyPins } from './apply-pins.js'
import type { Attempt } from './attempt.js'
import { hasLabel, pinFacts } from './facts.js'
import type { Logger } from './logger.js'
import type { Roles } from './roles.js'

export interface IssueDeps {
  readonly port: GitHubPort
  readonly inputs: Inputs
  readonly now: Date
  readonly log: Logger
  readonly attempt: Attempt
  readonly roles: Roles
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
  /** The issue carries the label and a maintainer (or a trusted bot) applied it. */
  readonly incident: boolean
  /** The issue carries the label, but nobody trusted applied it. */
  readonly untrusted: boolean
  /** Who applied the label and whether that counts, in words. */
  readonly trustReason: string | null
  /** GitHub refused to tell the role of the person who applied the label. */
  readonly roleRefused: boolean
  readonly report: Report | null
  readonly pinnedBefore: boolean
  readonly pinned: boolean
  /** Why the pin is as it is (or why it could not be pinned). */
  readonly pinReason: string
  readonly pinBlocked: boolean
}

/** Whether the incident label on `issue` was applied by someone trusted. */
export async function trustOf(
  issue: Parameters<typeof labeler>[0],
  inputs: Pick<Inputs, 'label' | 'trustedBots'>,
  roles: Roles
): Promise<Trust> {
  const who = labeler(issue, inputs.label)
  const role =
    who.login !== null && !who.bot ? await roles.of(who.login) : undefined
  return trustLabel(who, role, inputs.trustedBots)
}

/**
 * One issue: check who declared it, check the report, then pin, comment and
 * label, writing only what changes. Each write is attempted on its own.
 */
export async function handleIssue(
  number: number,
  labelRemoved: boolean,
  { port, inputs, now, log, lint, attempt, roles }: IssueDeps,
  /**
   * `refresh`: the sweep pinned the issue; only an existing comment is brought
   * up to date (its "not pinned" notice), nothing else is written.
   */
  mode: 'event' | 'refresh' = 'event'
): Promise<IssueResult> {
  const snapshot = await port.readIssue(number)
  const issue = snapshot.issue
  const base = {
    number,
    untrusted: false,
    trustReason: null,
    roleRefused: false,
    report: null,
    pinBlocked: false
  }
  if (!issue) {
    log.info(
      `#${number}: not found (deleted, transferred, or a pull request); nothing to do.`
    )
    return {
      ...base,
      title: '',
      found: false,
      incident: false,
      pinnedBefore: false,
      pinned: false,
      pinReason: 'not found'
    }
  }
  const labelled = hasLabel(issue.labels, inputs.label)
  const trust = labelled ? await trustOf(issue, inputs, roles) : null
  if (trust && !trust.trusted) {
    // Nothing is written for an issue nobody trusted declared an incident.
    log.warning(`#${number}: not an incident: ${trust.reason}`)
    return {
      ...base,
      title: issue.title,
      found: true,
      incident: false,
      untrusted: true,
      trustReason: trust.reason,
      roleRefused: trust.refused,
      pinnedBefore: issue.isPinned,
      pinned: issue.isPinned,
      pinReason: 'not an incident: nothing done'
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
    const outcome = plan
      ? await applyPins(plan, allIssues, port, log, attempt)
      : null
    if (
      labelRemoved &&
      inputs.incompleteLabel &&
      hasLabel(issue.labels, inputs.incompleteLabel)
    ) {
      const done = await attempt(
        number,
        `remove the label '${inputs.incompleteLabel}'`,
        () => port.removeLabel(number, inputs.incompleteLabel)
      )
      if (done.ok)
        log.did(
          number,
          `removed the label '${inputs.incompleteLabel}' (no longer an incident)`
        )
    }
    return {
      ...base,
      title: issue.title,
      found: true,
      incident: false,
      pinnedBefore: issue.isPinned,
      pinned: outcome?.pinnedAfter.get(number) ?? issue.isPinned,
      pinReason: plan?.decisions.get(number)?.reason ?? 'pinning is off'
    }
  }

  const report = await lint(issue.body, inputs.sections, number)
  log.info(
    `#${number}: ${report.complete ? 'complete' : `not complete${report.missing.length ? `; missing or empty: ${report.missing.join(', ')}` : ''}`}`
  )

  const outcome = plan
    ? await applyPins(plan, allIssues, port, log, attempt)
    : null
  const blockedReason = outcome?.blocked.get(number)

  if (inputs.comment) {
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
      issue.ownComments,
      { attention, body },
      inputs.onComplete
    ).filter((step) => mode === 'event' || step.op === 'update')
    await applyComment(steps, attention, number, { port, log, attempt })
  }

  if (inputs.incompleteLabel && mode === 'event') {
    const has = hasLabel(issue.labels, inputs.incompleteLabel)
    if (!report.complete && !has) {
      const done = await attempt(
        number,
        `add the label '${inputs.incompleteLabel}'`,
        () => port.addLabel(number, inputs.incompleteLabel)
      )
      if (done.ok)
        log.did(number, `added the label '${inputs.incompleteLabel}'`)
    } else if (report.complete && has) {
      const done = await attempt(
        number,
        `remove the label '${inputs.incompleteLabel}'`,
        () => port.removeLabel(number, inputs.incompleteLabel)
      )
      if (done.ok)
        log.did(number, `removed the label '${inputs.incompleteLabel}'`)
    }
  }

  return {
    ...base,
    title: issue.title,
    found: true,
    incident: true,
    trustReason: trust?.reason ?? null,
    report,
    pinnedBefore: issue.isPinned,
    pinned: outcome?.pinnedAfter.get(number) ?? issue.isPinned,
    pinReason:
      blockedReason ?? plan?.decisions.get(number)?.reason ?? 'pinning is off',
    pinBlocked: blockedReason !== undefined
  }
}

/**
 * Our own report comments on the issue as GitHub holds them now, or null when
 * they cannot be read.
 */
async function ownCommentsNow(port: GitHubPort, number: number) {
  try {
    return (await port.readIssue(number)).issue?.ownComments ?? null
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
