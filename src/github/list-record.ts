import type { RecordList } from './port.js'
import type { Api } from './graphql.js'
import { RECORD_QUERY } from './queries.js'
import { issueRecord, type RawIssue } from './records.js'

type RawRecordIssue = RawIssue & {
  body: string
  url: string
  lastEditedAt: string | null
}

async function pages({ read, owner, repo }: Api, name: string, input: string) {
  const issues: RecordList['issues'][number][] = []
  let cursor: string | null = null
  let viewer = ''
  let repositoryUrl = ''
  let realName: string | null = null
  do {
    const data: {
      viewer: { login: string }
      repository: {
        url: string
        label: { name: string } | null
        issues: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null }
          nodes: (RawRecordIssue | null)[]
        }
      } | null
    } = await read('list the incidents for the record', RECORD_QUERY, {
      owner,
      repo,
      name: input,
      labels: [name],
      cursor
    })
    viewer = data.viewer.login
    if (!data.repository) break
    repositoryUrl = data.repository.url
    if (cursor === null) {
      realName = data.repository.label?.name ?? null
      if (realName !== null && realName !== name) break
    }
    for (const n of data.repository.issues.nodes)
      if (n)
        issues.push({
          ...issueRecord(n),
          body: n.body,
          url: n.url,
          lastEditedAt: n.lastEditedAt
        })
    const info = data.repository.issues.pageInfo
    cursor = info.hasNextPage ? info.endCursor : null
  } while (cursor)
  return { realName, list: { viewer, repositoryUrl, issues } }
}

/** 100 issues a page; asked again with the repository's spelling of the label when it differs. */
export async function listRecord(api: Api, label: string): Promise<RecordList> {
  const first = await pages(api, label, label)
  if (first.realName === null || first.realName === label) return first.list
  return (await pages(api, first.realName, label)).list
}
