import type { IncidentList, IssueRecord } from '../core/records.js'
import type { Api } from './graphql.js'
import { SWEEP_QUERY } from './queries.js'
import {
  issueRecord,
  pinnedRecords,
  type RawIssue,
  type RawPinned
} from './records.js'

/** Every open issue with the label `name`, and the label's real name. */
async function listWith(
  { read, owner, repo }: Api,
  name: string,
  input: string
) {
  const issues: IssueRecord[] = []
  let cursor: string | null = null
  let viewer = ''
  let pinned: IssueRecord[] = []
  let realName: string | null = null
  do {
    const data: {
      viewer: { login: string }
      repository: {
        pinnedIssues: RawPinned
        label: { name: string } | null
        labels: { nodes: ({ name: string } | null)[] } | null
        issues: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null }
          nodes: (RawIssue | null)[]
        }
      } | null
    } = await read('list the incident issues', SWEEP_QUERY, {
      owner,
      repo,
      name: input,
      labels: [name],
      cursor
    })
    viewer = data.viewer.login
    if (!data.repository) break
    if (cursor === null) {
      pinned = pinnedRecords(data.repository.pinnedIssues)
      const same = (l: { name: string } | null | undefined) =>
        l && l.name.toLowerCase() === input.toLowerCase() ? l.name : null
      realName =
        same(data.repository.label) ??
        (data.repository.labels?.nodes ?? []).map(same).find(Boolean) ??
        null
      // Asked with the wrong spelling: the pages that follow would be wasted.
      if (realName !== null && realName !== name) break
    }
    for (const n of data.repository.issues.nodes)
      if (n) issues.push(issueRecord(n))
    const info = data.repository.issues.pageInfo
    cursor = info.hasNextPage ? info.endCursor : null
  } while (cursor)
  const result: IncidentList = { viewer, issues, pinned, labelName: realName }
  return { realName, result }
}

/**
 * The incident list: every open issue with the label (100 a page) and the
 * repository's pins. `issues(labels:)` matches names case-sensitively
 * (cli/cli#1819) while labels are unique whatever their case: ask with the
 * input's spelling, and again with the repository's own when the first page
 * shows that it differs.
 */
export async function listIncidents(
  api: Api,
  label: string
): Promise<IncidentList> {
  const first = await listWith(api, label, label)
  if (first.realName === null || first.realName === label) return first.result
  return (await listWith(api, first.realName, label)).result
}
