import type { Happened } from './core/types.js'
import type { Inputs } from './inputs.js'

/** The issue actions this action handles (SPEC "Where it runs"). */
export const ISSUE_ACTIONS = [
  'opened',
  'edited',
  'labeled',
  'unlabeled',
  'closed',
  'reopened'
] as const

export type Route =
  /**
   * Nothing to do: one log line, exit 0, no request. `notIncident`: the
   * issue does not carry the label, so `incident=false` is known to be true.
   */
  | {
      readonly kind: 'ignore'
      readonly message: string
      readonly notIncident?: true
    }
  /** Handle one issue; `happened`: what the event did to it. */
  | {
      readonly kind: 'issue'
      readonly number: number
      readonly happened: Happened
    }
  | { readonly kind: 'sweep' }
  /** The readiness check and fire drill (`check-setup: true`). */
  | { readonly kind: 'check-setup' }
  /** The event cannot be understood: fail with this message. */
  | { readonly kind: 'fail'; readonly message: string }

interface LabelLike {
  readonly name?: unknown
}

const sameLabel = (a: unknown, b: string) =>
  typeof a === 'string' && a.toLowerCase() === b.toLowerCase()

/**
 * Decide from the event name and payload alone what to do. Pure and cheap: it
 * runs before @actions/core, Octokit or remark are loaded.
 */
export function routeEvent(
  eventName: string,
  payload: unknown,
  inputs: Pick<Inputs, 'label' | 'issueNumber'> & { checkSetup?: boolean }
): Route {
  if (inputs.checkSetup) return { kind: 'check-setup' }
  if (eventName === 'schedule') return { kind: 'sweep' }
  if (eventName === 'workflow_dispatch') {
    return inputs.issueNumber === null
      ? { kind: 'sweep' }
      : { kind: 'issue', number: inputs.issueNumber, happened: 'changed' }
  }
  if (eventName !== 'issues') {
    return {
      kind: 'ignore',
      message: `incident-issues: the '${eventName || '(none)'}' event is not handled; nothing to do.`
    }
  }
  const event = (payload ?? {}) as {
    action?: unknown
    issue?: { number?: unknown; labels?: unknown; pull_request?: unknown }
    label?: LabelLike
  }
  const action = typeof event.action === 'string' ? event.action : ''
  if (!(ISSUE_ACTIONS as readonly string[]).includes(action)) {
    return {
      kind: 'ignore',
      message: `incident-issues: 'issues.${action || '(no action)'}' is not handled; nothing to do.`
    }
  }
  const number = event.issue?.number
  if (
    typeof number !== 'number' ||
    !Number.isSafeInteger(number) ||
    number < 1
  ) {
    return {
      kind: 'fail',
      message: `The 'issues' event payload has no issue number (GITHUB_EVENT_PATH); expected the payload GitHub sends for 'issues.${action}'.`
    }
  }
  const labels = Array.isArray(event.issue?.labels)
    ? (event.issue.labels as LabelLike[])
    : []
  const labeled = labels.some((l) => sameLabel(l?.name, inputs.label))
  const labelRemoved =
    action === 'unlabeled' && sameLabel(event.label?.name, inputs.label)
  if (!labeled && !labelRemoved) {
    return {
      kind: 'ignore',
      message: `incident-issues: issue #${number} does not carry the label '${inputs.label}'; nothing to do.`,
      notIncident: true
    }
  }
  return {
    kind: 'issue',
    number,
    happened: labelRemoved ? 'label-removed' : 'changed'
  }
}
