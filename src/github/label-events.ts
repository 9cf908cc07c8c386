import type { Api } from './graphql.js'
import { OLDER_LABEL_EVENTS_QUERY } from './queries.js'
import { earlierCursor, labelEventsOf, type RawLabelEvents } from './records.js'
import type { LabelHistory } from './port.js'

/** The label events before `before`, 100 a read (one read per 100 events). */
export const olderLabelEvents = (
  { read }: Api,
  issueId: string,
  before: string
): ReturnType<LabelHistory['olderLabelEvents']> =>
  read<{ node: { timelineItems?: RawLabelEvents } | null }>(
    'read the earlier label events of an issue',
    OLDER_LABEL_EVENTS_QUERY,
    { id: issueId, cursor: before }
  ).then(({ node }) => {
    const page = node?.timelineItems
    return page
      ? { events: labelEventsOf(page), before: earlierCursor(page) }
      : { events: [], before: null }
  })
