import { issuesByLabel, type LabelPage } from './by-label.js'
import type { Api } from './graphql.js'
import type { RecordList } from './port.js'
import { RECORD_QUERY } from './queries.js'
import { issueRecord, type RawIssue } from './records.js'

type RawRecordIssue = RawIssue & {
  body: string
  url: string
  lastEditedAt: string | null
}
type RecordPage = LabelPage<RawRecordIssue> & {
  readonly repository: { readonly url: string } | null
}

/** Every issue with the label, open or closed, with its body: the record's read. */
export async function listRecord(api: Api, label: string): Promise<RecordList> {
  const { first, nodes } = await issuesByLabel<RawRecordIssue, RecordPage>(
    api,
    'list the incidents for the record',
    RECORD_QUERY,
    label
  )
  return {
    viewer: first?.viewer.login ?? '',
    repositoryUrl: first?.repository?.url ?? '',
    issues: nodes.map((n) => ({
      ...issueRecord(n),
      body: n.body,
      url: n.url,
      lastEditedAt: n.lastEditedAt
    }))
  }
}
