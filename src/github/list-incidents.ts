import type { IncidentList } from '../core/records.js'
import { issuesByLabel, type LabelPage } from './by-label.js'
import type { Api } from './graphql.js'
import { SWEEP_QUERY } from './queries.js'
import {
  issueRecord,
  pinnedRecords,
  type RawIssue,
  type RawPinned
} from './records.js'

type SweepPage = LabelPage<RawIssue> & {
  readonly repository: { readonly pinnedIssues: RawPinned } | null
}

/** The incident list: every open issue with the label, and the repository's pins. */
export async function listIncidents(
  api: Api,
  label: string
): Promise<IncidentList> {
  const { first, nodes, labelName } = await issuesByLabel<RawIssue, SweepPage>(
    api,
    'list the incident issues',
    SWEEP_QUERY,
    label
  )
  return {
    viewer: first?.viewer.login ?? '',
    issues: nodes.map((n) => issueRecord(n)),
    pinned: pinnedRecords(first?.repository?.pinnedIssues),
    labelName
  }
}
