import { hasLabel } from './pin-facts.js'
import type { Happened } from './types.js'

/** One label change on the handled issue. */
export interface LabelStep {
  readonly op: 'add' | 'remove'
  readonly label: string
  /** Said in the log and summary after "added/removed the label". */
  readonly why: string | null
}

/**
 * The `incomplete-label` changes: added while an incident's report is not
 * complete, removed once it is, and removed with the incident label. Nothing
 * when the input is empty or the label is already as wanted.
 */
export function planLabels(
  labels: readonly string[],
  state: {
    /** The handled issue is an incident (a maintainer applied the label). */
    readonly incident: boolean
    /** The report's `complete`, or null when there is no report. */
    readonly complete: boolean | null
    readonly happened: Happened
  },
  incompleteLabel: string
): LabelStep[] {
  if (incompleteLabel === '') return []
  const has = hasLabel(labels, incompleteLabel)
  if (!state.incident)
    return state.happened === 'label-removed' && has
      ? [
          {
            op: 'remove',
            label: incompleteLabel,
            why: 'no longer an incident'
          }
        ]
      : []
  if (state.complete === false && !has)
    return [{ op: 'add', label: incompleteLabel, why: null }]
  if (state.complete === true && has)
    return [{ op: 'remove', label: incompleteLabel, why: null }]
  return []
}
