import { parse } from 'yaml'
import {
  fieldFor,
  renderForm,
  sampleAnswers,
  type IssueTemplate
} from './issue-form.js'
import { pinFactsOf } from './pin-facts.js'
import { planPins } from './pin-plan.js'
import { PIN_LIMIT } from './pin-policy.js'
import type { IssueRecord } from './records.js'
import type { Report, SectionSpec } from './types.js'

/** The readiness items, in the order of the checklist (ids are part of the contract). */
export const ITEM_IDS = [
  'label',
  'keep-pinned-label',
  'pin-slots',
  'token',
  'issue-form',
  'security-policy',
  'schedule',
  'drill'
] as const
export type ItemId = (typeof ITEM_IDS)[number]

/** ✅ ready, ⚠️ worth fixing, ❌ would break an incident. */
export type ItemState = 'ok' | 'warning' | 'error'

export interface ReadinessItem {
  readonly id: ItemId
  readonly state: ItemState
  /** What is so, and what to do about it (concretely). */
  readonly message: string
}

const item = (
  id: ItemId,
  state: ItemState,
  message: string
): ReadinessItem => ({
  id,
  state,
  message
})

/** A file of the repository, as read (workspace or contents API). */
export interface RepoFile {
  readonly path: string
  readonly text: string
}

/** What readiness reads of the repository's files; null: could not be read, and why. */
export interface FileFacts {
  readonly templates: readonly IssueTemplate[]
  readonly securityPolicy: RepoFile | null
  /** The workflow that runs the action, when it could be found. */
  readonly workflow: RepoFile | null
  /** Why files could not be read (a missing permission), or null. */
  readonly unreadable: string | null
}

/** The label items: exact name, a case mismatch, created by this run. */
export function labelItem(
  id: 'label' | 'keep-pinned-label',
  wanted: string,
  repoLabels: readonly string[] | null,
  created: readonly string[]
): ReadinessItem {
  const missing = id === 'label' ? 'error' : 'warning'
  if (wanted === '') return item(id, 'ok', 'not used (the input is empty)')
  if (created.includes(wanted))
    return item(id, 'ok', `\`${wanted}\` was created by this run`)
  if (repoLabels === null)
    return item(
      id,
      'warning',
      `could not list the repository's labels, so \`${wanted}\` was not checked`
    )
  if (repoLabels.includes(wanted)) return item(id, 'ok', `\`${wanted}\` exists`)
  const other = repoLabels.find((l) => l.toLowerCase() === wanted.toLowerCase())
  if (other)
    return item(
      id,
      'warning',
      `the repository spells it \`${other}\`, the workflow \`${wanted}\`: use one spelling in both (labels are matched without case, but the workflow's \`if:\` and your docs read better the same)`
    )
  return item(
    id,
    missing,
    `the label \`${wanted}\` does not exist: create it (Issues → Labels → New label), or run this check with \`create-label: true\``
  )
}

/** Who holds the three pin slots, and whether an incident labelled today would get one. */
export function pinSlotsItem(
  pinned: readonly IssueRecord[] | null,
  viewer: string,
  labels: { readonly label: string; readonly keepPinnedLabel: string },
  now: Date,
  unpinAfterDays: number
): ReadinessItem {
  if (pinned === null)
    return item('pin-slots', 'warning', 'could not read the pinned issues')
  const holders = pinned.map((p) => {
    const facts = pinFactsOf(p, viewer, labels)
    const by =
      facts.lastPinEvent?.byAction || facts.pinnedByAction
        ? 'the action'
        : 'a person'
    return `#${p.number} (${facts.labeled ? 'an incident' : 'not an incident'}, pinned by ${by})`
  })
  const plan = hypotheticalPlan(pinned, viewer, labels, now, unpinAfterDays)
  if (pinned.length < PIN_LIMIT)
    return item(
      'pin-slots',
      'ok',
      `${pinned.length} of ${PIN_LIMIT} slots held${holders.length ? `: ${holders.join(', ')}` : ''}`
    )
  if (plan.blocked.length === 0)
    return item(
      'pin-slots',
      'ok',
      `all ${PIN_LIMIT} slots held (${holders.join(', ')}), but an incident whose time is up would give up its slot`
    )
  return item(
    'pin-slots',
    'warning',
    `an incident today could not be pinned: all ${PIN_LIMIT} slots are held by ${holders.join(', ')}. Unpin one that no longer needs the top of the issue list`
  )
}

/** The pin plan for an incident labelled now (number 0: no such issue yet). */
function hypotheticalPlan(
  pinned: readonly IssueRecord[],
  viewer: string,
  labels: { readonly label: string; readonly keepPinnedLabel: string },
  now: Date,
  unpinAfterDays: number
) {
  const drill = {
    number: 0,
    labeled: true,
    open: true,
    closedAt: null,
    createdAt: now,
    keepPinned: false,
    pinned: false,
    lastPinEvent: null
  }
  return planPins(
    [drill],
    pinned.map((p) => pinFactsOf(p, viewer, labels)),
    now,
    { unpinAfterDays }
  )
}

/** What the workflow file grants the token on issues. */
export function workflowGrants(
  text: string
): 'write' | 'not-write' | 'default' {
  const data = safeYaml(text)
  const levels: unknown[] = []
  const collect = (permissions: unknown) => {
    if (permissions === undefined) return
    if (typeof permissions === 'string') levels.push(permissions)
    else if (permissions && typeof permissions === 'object')
      levels.push((permissions as Record<string, unknown>).issues ?? 'none')
  }
  collect(data?.permissions)
  for (const job of Object.values(
    (data?.jobs ?? {}) as Record<string, { permissions?: unknown }>
  ))
    collect(job?.permissions)
  if (levels.length === 0) return 'default'
  return levels.some((l) => l === 'write' || l === 'write-all')
    ? 'write'
    : 'not-write'
}

/** The token item: it could read issues; what it may write, as far as can be told without writing. */
export function tokenItem(
  canRead: boolean,
  workflow: RepoFile | null
): ReadinessItem {
  if (!canRead)
    return item(
      'token',
      'error',
      "the token cannot read the repository's issues: check `github-token` and the workflow's `permissions:` (`issues: write`)"
    )
  const confirm =
    'GitHub cannot be asked without writing; a run with `dry-run: false` on a test issue confirms it'
  if (!workflow)
    return item(
      'token',
      'warning',
      `it reads issues; whether it may pin and comment could not be told (the workflow file was not found). ${confirm}`
    )
  switch (workflowGrants(workflow.text)) {
    case 'write':
      return item(
        'token',
        'ok',
        `it reads issues, and \`${workflow.path}\` grants \`issues: write\` (an organisation policy that makes GITHUB_TOKEN read-only would still refuse; ${confirm})`
      )
    case 'not-write':
      return item(
        'token',
        'error',
        `\`${workflow.path}\` sets \`permissions:\` without \`issues: write\`: the action could not pin or comment. Add \`issues: write\``
      )
    case 'default':
      return item(
        'token',
        'warning',
        `\`${workflow.path}\` has no \`permissions:\`, so the token has the repository's default (often read-only). Add \`permissions: issues: write\``
      )
  }
}

/** The incident form or template: one whose fields name the sections or whose name says incident. */
export function findIncidentTemplate(
  templates: readonly IssueTemplate[],
  specs: readonly SectionSpec[]
): IssueTemplate | undefined {
  const score = (t: IssueTemplate) =>
    (t.kind === 'form'
      ? specs.filter((s) => fieldFor(s, t.fields)).length
      : specs.filter((s) => new RegExp(`^#+\\s*${s.name}`, 'mi').test(t.body))
          .length) + (/incident/i.test(t.name) ? 2 : 0)
  return [...templates]
    .sort((a, b) => score(b) - score(a))
    .find((t) => score(t) > 1)
}

/** The issue-form item. `lintedFilled` is the report of the form filled in with sample answers. */
export function issueFormItem(
  template: IssueTemplate | undefined,
  label: string,
  specs: readonly SectionSpec[],
  lintedFilled: Report | null,
  unreadable: string | null
): ReadinessItem {
  if (!template)
    return item(
      'issue-form',
      'warning',
      unreadable
        ? `could not be checked: ${unreadable}`
        : 'no incident issue form or template in `.github/ISSUE_TEMPLATE/`: copy `examples/ISSUE_TEMPLATE/security-incident.yml` there, so that a report passes the first time'
    )
  if (template.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
    return item(
      'issue-form',
      'error',
      `\`${template.path}\` applies \`${label}\` for whoever submits it: remove it from \`labels:\`; a maintainer adds it once publishing is safe (a label that came with the issue is not trusted anyway)`
    )
  if (template.kind === 'form') {
    const without = specs.filter(
      (s) => s.required && !fieldFor(s, template.fields)
    )
    if (without.length > 0)
      return item(
        'issue-form',
        'error',
        `\`${template.path}\` has no field for ${without.map((s) => `\`${s.name}\``).join(', ')}: add a \`textarea\` labelled ${without.map((s) => `\`${s.name}\``).join(', ')}`
      )
  }
  if (lintedFilled && !lintedFilled.complete)
    return item(
      'issue-form',
      'error',
      `\`${template.path}\`, filled in, is not complete: missing or empty ${lintedFilled.missing.join(', ')}`
    )
  return item(
    'issue-form',
    'ok',
    `\`${template.path}\`${template.kind === 'form' ? ' has a field for every required section and, filled in, passes the check' : ' has a heading for every required section'}`
  )
}

/** Render the form filled in with the drill's answers, or the Markdown template as is. */
export function filledIn(
  template: IssueTemplate,
  specs: readonly SectionSpec[]
): string {
  return template.kind === 'form'
    ? renderForm(template.fields, sampleAnswers(template.fields, specs))
    : template.body
}

export const SECURITY_POLICY_SNIPPET = 'examples/SECURITY.md'

/** The security policy mentions the label or an incident process. */
export function securityPolicyItem(
  policy: RepoFile | null,
  label: string,
  unreadable: string | null
): ReadinessItem {
  if (!policy)
    return item(
      'security-policy',
      'warning',
      unreadable
        ? `could not be checked: ${unreadable}`
        : `no SECURITY.md (root, \`.github/\` or \`docs/\`): add one with the incident section of \`${SECURITY_POLICY_SNIPPET}\``
    )
  if (
    policy.text.toLowerCase().includes(label.toLowerCase()) ||
    /incident/i.test(policy.text)
  )
    return item(
      'security-policy',
      'ok',
      `\`${policy.path}\` describes the incident process`
    )
  return item(
    'security-policy',
    'warning',
    `\`${policy.path}\` says nothing of incidents: paste the "Incident response" section of \`${SECURITY_POLICY_SNIPPET}\``
  )
}

/** Whether the workflow has a `schedule:` trigger. */
export function hasSchedule(text: string): boolean {
  const on = safeYaml(text)?.on
  return (
    !!on &&
    typeof on === 'object' &&
    Array.isArray((on as Record<string, unknown>).schedule)
  )
}

/** The schedule item: the workflow file says when; GitHub says whether it still runs. */
export function scheduleItem(
  workflow: RepoFile | null,
  state: string | null,
  stateUnknownWhy: string | null
): ReadinessItem {
  if (!workflow)
    return item(
      'schedule',
      'warning',
      stateUnknownWhy
        ? `the workflow that runs the action could not be read, so its schedule was not checked: ${stateUnknownWhy}`
        : 'the workflow that runs the action was not found, so its schedule was not checked'
    )
  if (!hasSchedule(workflow.text))
    return item(
      'schedule',
      'warning',
      `\`${workflow.path}\` has no \`schedule:\`: nothing will unpin closed incidents. Add \`schedule: [{ cron: "17 3 * * *" }]\``
    )
  if (state === 'disabled_inactivity')
    return item(
      'schedule',
      'error',
      `GitHub disabled \`${workflow.path}\` after 60 days without activity in the repository: enable it again (Actions → the workflow → Enable workflow)`
    )
  if (state !== null && state !== 'active')
    return item(
      'schedule',
      'error',
      `\`${workflow.path}\` is ${state.replace(/_/g, ' ')}: enable it (Actions → the workflow → Enable workflow)`
    )
  if (state === null)
    return item(
      'schedule',
      'warning',
      `\`${workflow.path}\` has a schedule; whether GitHub still runs it could not be checked${stateUnknownWhy ? ` (${stateUnknownWhy})` : ''}`
    )
  return item(
    'schedule',
    'ok',
    `\`${workflow.path}\` runs nightly, and GitHub has it active`
  )
}

/** The fire drill: what the action would do if an incident were labelled now. */
export function drillItem(
  skeleton: Report | null,
  pinned: readonly IssueRecord[] | null,
  viewer: string,
  labels: { readonly label: string; readonly keepPinnedLabel: string },
  now: Date,
  unpinAfterDays: number,
  pin: boolean
): ReadinessItem {
  const steps: string[] = []
  if (skeleton)
    steps.push(
      skeleton.complete
        ? 'the form, filled in, passes: no comment'
        : `the form as filed would get a comment asking for ${skeleton.missing.join(', ') || 'fixes'}`
    )
  if (!pin) {
    steps.push('pinning is off (`pin: false`)')
    return item(
      'drill',
      'ok',
      `if an incident were labelled now: ${steps.join('; ')}`
    )
  }
  if (pinned === null) {
    steps.push('the pins could not be read')
    return item(
      'drill',
      'warning',
      `if an incident were labelled now: ${steps.join('; ')}`
    )
  }
  const plan = hypotheticalPlan(pinned, viewer, labels, now, unpinAfterDays)
  const freed = plan.steps
    .filter((s) => s.action === 'unpin')
    .map((s) => `#${s.number}`)
  if (plan.blocked.length > 0) {
    steps.push(`it would stay unpinned: ${plan.blocked[0]!.reason}`)
    return item(
      'drill',
      'error',
      `if an incident were labelled now: ${steps.join('; ')}`
    )
  }
  steps.push(
    freed.length
      ? `it would be pinned after unpinning ${freed.join(', ')}`
      : 'it would be pinned'
  )
  return item(
    'drill',
    'ok',
    `if an incident were labelled now: ${steps.join('; ')}`
  )
}

const ICON: Record<ItemState, string> = { ok: '✅', warning: '⚠️', error: '❌' }

/** The checklist for the job summary and the CLI. */
export function renderChecklist(
  items: readonly ReadinessItem[],
  markdown = true
): string {
  const ready = !items.some((i) => i.state === 'error')
  const head = markdown
    ? `### incident-issues readiness: ${ready ? 'ready' : 'not ready'}\n\n`
    : ''
  return (
    head +
    items
      .map((i) =>
        markdown
          ? `- ${ICON[i.state]} **${i.id}**: ${i.message}`
          : `${ICON[i.state]} ${i.id}: ${i.message}`
      )
      .join('\n') +
    '\n'
  )
}

function safeYaml(text: string): Record<string, unknown> | null {
  try {
    const data = parse(text) as unknown
    return data && typeof data === 'object'
      ? (data as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}
