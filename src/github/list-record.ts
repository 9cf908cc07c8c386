import { issuesByLabel, type LabelPage } from './by-label.js'
import type { Api } from './graphql.js'
import type { RecordList } from './port.js'
import { RECORD_QUERY } from './queries.js'
import { issueRecord, type RawActor, type RawIssue } from './records.js'

export type RawRecordIssue = RawIssue & {
  body: string
  url: string
  lastEditedAt: string | null
  editor: RawActor | null
  stateEvents: { nodes: ({ createdAt?: string } | null)[] }
  renameEvents: {
    nodes: ({ createdAt?: string; actor?: RawActor | null } | null)[]
  }
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
    issues: nodes.map(recordIssue)
  }
}

/** A record's issue from its raw answer. */
export const recordIssue = (
  n: RawRecordIssue
): RecordList['issues'][number] => ({
  ...issueRecord(n),
  body: n.body,
  url: n.url,
  lastEditedAt: n.lastEditedAt,
  editor: n.editor
    ? { login: n.editor.login, bot: n.editor.__typename === 'Bot' }
    : null,
  lastStateChangeAt: n.stateEvents.nodes.at(-1)?.createdAt ?? null,
  rename: renameOf(n.renameEvents.nodes.at(-1))
})

function renameOf(
  e: { createdAt?: string; actor?: RawActor | null } | null | undefined
) {
  if (!e?.createdAt) return null
  return {
    at: e.createdAt,
    actor: e.actor?.login ?? null,
    bot: e.actor?.__typename === 'Bot'
  }
}
