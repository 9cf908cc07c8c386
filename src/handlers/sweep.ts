import { planPins } from '../core/pin-plan.js'
import { hasLabel, pinFactsOf } from '../core/pin-facts.js'
import type { IncidentList, IssueRecord } from '../core/records.js'
import type { SweepRow } from '../core/types.js'
import type { GitHubPort } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import { applyPins } from './apply-pins.js'
import type { Attempt } from './attempt.js'
import { trustOf } from './trust.js'
import type { Logger } from './logger.js'
import type { Roles } from './roles.js'

export interface SweepDeps {
  readonly port: GitHubPort
  readonly inputs: Inputs
  readonly now: Date
  readonly log: Logger
  readonly attempt: Attempt
  readonly roles: Roles
  /** The incident list when it was read already (the organisation's batch read). */
  readonly list?: IncidentList
  /**
   * Issues the action itself opened and labelled (an organisation's notice
   * issues): incidents without a role lookup, under the same pin policy.
   */
  readonly own?: (issue: IssueRecord, viewer: string) => boolean
  /**
   * One of an organisation's repositories: a repository without the label
   * is the rule there, not a mistake (the readiness check says where it is
   * missing), so it is said as information.
   */
  readonly ofOrganisation?: boolean
}

export interface SweepResult {
  readonly rows: readonly SweepRow[]
  /** Labelled issues that are not incidents: nobody trusted applied the label. */
  readonly untrusted: readonly {
    readonly number: number
    readonly reason: string
  }[]
  /** GitHub refused to tell someone's role (the run should say what it needs). */
  readonly roleRefused: boolean
  readonly unpinned: readonly number[]
  readonly pinned: readonly number[]
}

/**
 * Bring every incident that is open or pinned to its desired pin state with
 * the same policy as issue events; only the changes are written.
 */
export async function sweep({
  port,
  inputs,
  now,
  log,
  attempt,
  roles,
  list: read,
  own,
  ofOrganisation = false
}: SweepDeps): Promise<SweepResult> {
  const list = read ?? (await port.listIncidents(inputs.label))
  if (list.labelName === null) {
    const said = `Sweep: the repository has no label '${inputs.label}': no issue is an incident. Create the label, or set the 'label' input to the one you use.`
    if (ofOrganisation) log.info(said)
    else log.warning(said)
  } else if (list.labelName !== inputs.label)
    log.info(
      `Sweep: the label is spelled '${list.labelName}' in the repository.`
    )
  const labels = {
    label: inputs.label,
    keepPinnedLabel: inputs.keepPinnedLabel
  }
  const byNumber = new Map<number, IssueRecord>()
  for (const issue of list.issues) byNumber.set(issue.number, issue)
  for (const issue of list.pinned) {
    if (hasLabel(issue.labels, inputs.label)) byNumber.set(issue.number, issue)
  }
  const labelled = [...byNumber.values()].sort((a, b) => a.number - b.number)
  if (!inputs.pin) {
    log.info("Sweep: the 'pin' input is false; nothing to do.")
    return {
      rows: [],
      untrusted: [],
      roleRefused: false,
      unpinned: [],
      pinned: []
    }
  }
  // The same trust rule as issue events: the pin policy sees only incidents.
  // Untrusted today: no new pin, but the action's own pin still follows the
  // policy (declared stays declared); they get no row of their own.
  const untrusted: { number: number; reason: string }[] = []
  let roleRefused = false
  const targets: IssueRecord[] = []
  const distrusted = new Set<number>()
  for (const issue of labelled) {
    const trust = own?.(issue, list.viewer)
      ? { trusted: true as const }
      : await trustOf(issue, inputs, roles, port)
    targets.push(issue)
    if (!trust.trusted) {
      distrusted.add(issue.number)
      untrusted.push({ number: issue.number, reason: trust.reason })
      roleRefused ||= trust.refused
      log.warning(`#${issue.number}: not an incident: ${trust.reason}`)
    }
  }
  log.info(
    `Sweep: ${targets.length - distrusted.size} incident(s) open or pinned; ${list.pinned.length} of 3 pins in use.`
  )
  const plan = planPins(
    targets.map((t) =>
      pinFactsOf(t, list.viewer, labels, !distrusted.has(t.number))
    ),
    list.pinned.map((p) => pinFactsOf(p, list.viewer, labels)),
    now,
    { unpinAfterDays: inputs.unpinAfterDays }
  )
  const everyone = [
    ...targets,
    ...list.pinned.filter((p) => !targets.some((t) => t.number === p.number))
  ]
  const outcome = await applyPins(plan, everyone, port, log, attempt)
  const rows = targets
    .filter((t) => !distrusted.has(t.number))
    .map((t): SweepRow => {
      const decision = plan.decisions.get(t.number)!
      return {
        number: t.number,
        title: t.title,
        state: t.open ? 'open' : 'closed',
        closedAt: t.closedAt,
        daysClosed: decision.daysClosed,
        pinnedBefore: t.isPinned,
        pinnedAfter: outcome.pinnedAfter.get(t.number) ?? t.isPinned,
        why: outcome.blocked.get(t.number) ?? decision.reason
      }
    })
  for (const row of rows) {
    // Issue text (the title) is never logged: a title such as `::error::…` would be a workflow command.
    await log.group(`#${row.number} (${row.state})`, async () => {
      log.info(
        `#${row.number}: ${row.pinnedBefore ? 'pinned' : 'not pinned'} → ${row.pinnedAfter ? 'pinned' : 'not pinned'}: ${row.why}`
      )
    })
  }
  const unpinnedDonors = outcome.unpinned.filter(
    (n) => !targets.some((t) => t.number === n)
  )
  if (unpinnedDonors.length > 0)
    log.info(
      `Sweep: unpinned ${unpinnedDonors.map((n) => `#${n}`).join(', ')} to free slots`
    )
  return {
    rows,
    untrusted,
    roleRefused,
    unpinned: outcome.unpinned,
    pinned: plan.steps
      .filter((s) => s.action === 'pin' && outcome.pinnedAfter.get(s.number))
      .map((s) => s.number)
  }
}
