import {
  labeler,
  trustLabel,
  type Labeling,
  type Trust
} from '../core/trust.js'
import type { IssueRecord } from '../core/records.js'
import type { LabelHistory } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import type { Roles } from './roles.js'

/** At most this many pages of 100 earlier label events are read. */
export const MAX_PAGES = 100

/**
 * Whether the incident label on `issue` was applied by someone trusted. The
 * latest event of the label is found however many label events follow it
 * (the action's own incomplete label adds some each time a report breaks):
 * the earlier events are read 100 at a time, only when the ones at hand do
 * not hold it.
 */
export async function trustOf(
  issue: IssueRecord,
  inputs: Pick<Inputs, 'label' | 'trustedBots'>,
  roles: Roles,
  history: LabelHistory
): Promise<Trust> {
  let labeling: Labeling = issue
  let before = issue.labelEventsBefore ?? null
  let who = labeler(labeling, inputs.label)
  // Bounded: a cursor that never ends (or 10,000 label events) stops here,
  // and the label counts as applied by nobody known.
  for (
    let pages = 0;
    who.login === null && who.incomplete && before !== null;
    pages++
  ) {
    if (pages >= MAX_PAGES) break
    const older = await history.olderLabelEvents(issue.id, before)
    before = older.before
    labeling = {
      ...labeling,
      labelEvents: [...older.events, ...labeling.labelEvents],
      labelEventsComplete: before === null
    }
    who = labeler(labeling, inputs.label)
  }
  const role =
    who.login !== null && !who.bot ? await roles.of(who.login) : undefined
  return trustLabel(who, role, inputs.trustedBots)
}
