import type { IncidentList } from '../core/records.js'
import { repoKey, type RepositoryFacts } from '../core/repositories.js'
import type { Octokit } from './client.js'
import { explain } from './errors.js'
import { api } from './graphql.js'
import { recordIssue, type RawRecordIssue } from './list-record.js'
import { octokitPort } from './octokit-port.js'
import { noticePort } from './notices.js'
import type {
  GitHubPort,
  OrganisationPort,
  PerRepository,
  RecordList
} from './port.js'
import {
  ISSUE_FACTS,
  LABEL_EVENT,
  PINNED,
  RECORD_ISSUE,
  RECORD_QUERY,
  SWEEP_QUERY
} from './queries.js'
import {
  issueRecord,
  pinnedRecords,
  type RawIssue,
  type RawPinned
} from './records.js'

/** Repositories asked in one GraphQL request (aliases `r0` … `r49`). */
export const REPOSITORIES_PER_READ = 50
/**
 * Issues of each repository in that request: most repositories have none
 * open, and GitHub charges a query by what it may return. The sweep's read of
 * 50 repositories × 20 issues × (labels, label events, pin events) is about
 * 35 points of the 5,000 an hour (and 126,000 of the 500,000 nodes a query
 * may reach); the record's, with bodies and two more timelines, about 51. A
 * repository with more goes on from where its first page stopped, 100 a read.
 */
export const SWEEP_ISSUES_PER_REPOSITORY = 20
export const RECORD_ISSUES_PER_REPOSITORY = 20

/**
 * A query over `count` repositories: one alias each, and variables only (an
 * alias is `r` and its index, never a name from outside).
 */
function batchQuery(
  operation: string,
  count: number,
  fields: string,
  fragments: string
): string {
  const vars = Array.from(
    { length: count },
    (_, k) => `$o${k}: String!, $n${k}: String!`
  ).join(', ')
  const aliases = Array.from(
    { length: count },
    (_, k) => `r${k}: repository(owner: $o${k}, name: $n${k}) { ...Batch }`
  ).join('\n    ')
  return /* GraphQL */ `
  query ${operation}($name: String!, $labels: [String!], ${vars}) {
    viewer { login }
    ${aliases}
  }
  fragment Batch on Repository {
    nameWithOwner
    url
    isArchived
    hasIssuesEnabled
    label(name: $name) { name }
    labels(query: $name, first: 20) { nodes { name } }
    ${fields}
  }
  ${fragments}
`
}

const sweepFields = (first: number) => /* GraphQL */ `
    ${PINNED}
    issues(labels: $labels, states: [OPEN], first: ${first},
           orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...IssueRecord }
    }`

const recordFields = (first: number) => /* GraphQL */ `
    issues(labels: $labels, states: [OPEN, CLOSED], first: ${first},
           orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ${RECORD_ISSUE} }
    }`

const FRAGMENTS = `${ISSUE_FACTS}\n${LABEL_EVENT}`

/** The organisation's sweep read of `count` repositories. */
export const orgSweepQuery = (count: number) =>
  batchQuery(
    'OrganisationSweep',
    count,
    sweepFields(SWEEP_ISSUES_PER_REPOSITORY),
    FRAGMENTS
  )

/** The organisation's record read of `count` repositories. */
export const orgRecordQuery = (count: number) =>
  batchQuery(
    'OrganisationRecord',
    count,
    recordFields(RECORD_ISSUES_PER_REPOSITORY),
    FRAGMENTS
  )

export const OWNER_REPOSITORIES_QUERY = /* GraphQL */ `
  query OwnerRepositories($owner: String!, $cursor: String) {
    repositoryOwner(login: $owner) {
      repositories(first: 100, after: $cursor) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          nameWithOwner
          isArchived
          isFork
          hasIssuesEnabled
        }
      }
    }
  }
`

interface RawBatchRepository<Node> {
  nameWithOwner: string
  url: string
  isArchived: boolean
  hasIssuesEnabled: boolean
  label: { name: string } | null
  labels: { nodes: ({ name: string } | null)[] } | null
  pinnedIssues?: RawPinned
  issues: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
    nodes: (Node | null)[]
  }
}

type RawError = { type?: string; message?: string; path?: (string | number)[] }

/** Why a repository cannot be served, as the summary and the failure say it. */
export const WHY = {
  unreachable:
    'not reachable with the token: it does not exist, or the token does not cover it (an App installation must include it)',
  archived:
    'archived: GitHub refuses every write to it (unarchive it, or leave it out with !owner/name)',
  issuesOff:
    'its issues are turned off (Settings → Features → Issues), or leave it out with !owner/name'
} as const

/** Why a repository could not be read, in words a maintainer can act on. */
function whyNot(error: RawError | undefined): string {
  if (!error || error.type === 'NOT_FOUND') return WHY.unreachable
  if (error.type === 'FORBIDDEN')
    return `the token may not read its issues (${oneLine(error.message)}): give the App "Issues" permission`
  return `GitHub could not answer for it (${oneLine(error.message)})`
}

const oneLine = (s: string | undefined) =>
  (s ?? '').replace(/\s+/g, ' ').slice(0, 200)

/** GitHubPort per repository, and the reads of many over one client. */
export function octokitOrganisation(
  octokit: Octokit,
  graphqlUrl: string
): OrganisationPort {
  const ports = new Map<string, GitHubPort>()
  const repository = (name: string): GitHubPort => {
    const key = repoKey(name)
    let port = ports.get(key)
    if (!port) {
      const [owner = '', repo = ''] = name.split('/')
      port = octokitPort(octokit, owner, repo, graphqlUrl)
      ports.set(key, port)
    }
    return port
  }

  /**
   * Ask `query` of 50 repositories at a time; `serve` turns each answer into
   * the repository's value. A failure of the request is every asked
   * repository's answer; an error on one alias is that repository's.
   */
  async function batched<Node, T>(
    repositories: readonly string[],
    label: string,
    query: (count: number) => string,
    doing: string,
    serve: (
      name: string,
      raw: RawBatchRepository<Node>,
      viewer: string
    ) => Promise<T>
  ): Promise<Map<string, PerRepository<T>>> {
    const out = new Map<string, PerRepository<T>>()
    for (let at = 0; at < repositories.length; at += REPOSITORIES_PER_READ) {
      const chunk = repositories.slice(at, at + REPOSITORIES_PER_READ)
      const variables: Record<string, unknown> = {
        name: label,
        labels: [label]
      }
      chunk.forEach((name, k) => {
        const [owner = '', repo = ''] = name.split('/')
        variables[`o${k}`] = owner
        variables[`n${k}`] = repo
      })
      let data: Record<string, unknown> | null = null
      let errors: RawError[] = []
      try {
        data = await octokit.graphql<Record<string, unknown>>({
          query: query(chunk.length),
          url: graphqlUrl,
          ...variables
        })
      } catch (error) {
        const partial = error as {
          data?: Record<string, unknown> | null
          errors?: RawError[]
        }
        if (partial.data && Array.isArray(partial.errors)) {
          data = partial.data
          errors = partial.errors
        } else {
          const why = explain(error, doing, 'issues: read').message
          for (const name of chunk) out.set(repoKey(name), { ok: false, why })
          continue
        }
      }
      const viewer =
        (data?.viewer as { login?: string } | undefined)?.login ?? ''
      for (const [k, name] of chunk.entries()) {
        const raw = data?.[`r${k}`] as RawBatchRepository<Node> | null
        const key = repoKey(name)
        if (!raw) {
          out.set(key, {
            ok: false,
            why: whyNot(errors.find((e) => e.path?.[0] === `r${k}`))
          })
        } else if (raw.isArchived) {
          out.set(key, { ok: false, why: WHY.archived })
        } else if (!raw.hasIssuesEnabled) {
          out.set(key, { ok: false, why: WHY.issuesOff })
        } else {
          try {
            out.set(key, { ok: true, value: await serve(name, raw, viewer) })
          } catch (error) {
            out.set(key, {
              ok: false,
              why: oneLine((error as Error).message)
            })
          }
        }
      }
    }
    return out
  }

  /** The label as the repository spells it, when it has it. */
  const spelling = (raw: RawBatchRepository<unknown>, label: string) => {
    const same = (l: { name: string } | null | undefined) =>
      l && l.name.toLowerCase() === label.toLowerCase() ? l.name : null
    return (
      same(raw.label) ??
      (raw.labels?.nodes ?? []).map(same).find(Boolean) ??
      null
    )
  }

  /** The pages after the batch's first, 100 a read, with the one-repository query. */
  async function rest<Node>(
    name: string,
    query: string,
    doing: string,
    label: string,
    first: RawBatchRepository<Node>['issues']
  ): Promise<Node[]> {
    const nodes = first.nodes.filter((n): n is Node => n !== null)
    let cursor = first.pageInfo.hasNextPage ? first.pageInfo.endCursor : null
    const a = api(octokit, ...(name.split('/') as [string, string]), graphqlUrl)
    while (cursor) {
      const page = await a.read<{
        repository: { issues: RawBatchRepository<Node>['issues'] } | null
      }>(doing, query, {
        owner: a.owner,
        repo: a.repo,
        name: label,
        labels: [label],
        cursor
      })
      if (!page.repository) break
      for (const n of page.repository.issues.nodes) if (n) nodes.push(n)
      const info = page.repository.issues.pageInfo
      cursor = info.hasNextPage ? info.endCursor : null
    }
    return nodes
  }

  return {
    repository,
    notices: (name) =>
      noticePort(
        api(octokit, ...(name.split('/') as [string, string]), graphqlUrl)
      ),

    async listRepositories(owner) {
      const facts: RepositoryFacts[] = []
      try {
        for (let page = 1; page <= 1_000; page++) {
          const { data } = await octokit.request(
            'GET /installation/repositories',
            { per_page: 100, page }
          )
          for (const r of data.repositories)
            facts.push({
              name: r.full_name,
              archived: r.archived,
              fork: r.fork,
              hasIssues: r.has_issues
            })
          if (data.repositories.length < 100 || page * 100 >= data.total_count)
            break
        }
        return { repositories: facts, via: 'installation' }
      } catch (error) {
        const status = (error as { status?: number }).status
        // 403: not an installation's token (a personal one): the owner's list.
        if (status !== 403 && status !== 404)
          throw explain(error, 'list the repositories', 'issues: read')
      }
      const a = api(octokit, owner, '', graphqlUrl)
      let cursor: string | null = null
      do {
        const page: {
          repositoryOwner: {
            repositories: {
              pageInfo: { hasNextPage: boolean; endCursor: string | null }
              nodes: ({
                nameWithOwner: string
                isArchived: boolean
                isFork: boolean
                hasIssuesEnabled: boolean
              } | null)[]
            }
          } | null
        } = await a.read(
          `list the repositories of ${owner}`,
          OWNER_REPOSITORIES_QUERY,
          { owner, cursor }
        )
        if (!page.repositoryOwner) break
        for (const r of page.repositoryOwner.repositories.nodes)
          if (r)
            facts.push({
              name: r.nameWithOwner,
              archived: r.isArchived,
              fork: r.isFork,
              hasIssues: r.hasIssuesEnabled
            })
        const info = page.repositoryOwner.repositories.pageInfo
        cursor = info.hasNextPage ? info.endCursor : null
      } while (cursor)
      return { repositories: facts, via: 'owner' }
    },

    listIncidentsOf(repositories, label) {
      return batched<RawIssue, IncidentList>(
        repositories,
        label,
        orgSweepQuery,
        'list the incident issues',
        async (name, raw, viewer) => {
          const labelName = spelling(raw, label)
          // Spelled otherwise there: its own read asks with its spelling.
          if (labelName !== null && labelName !== label)
            return repository(name).listIncidents(label)
          const nodes = await rest<RawIssue>(
            name,
            SWEEP_QUERY,
            'list the incident issues',
            label,
            raw.issues
          )
          return {
            viewer,
            issues: nodes.map((n) => issueRecord(n)),
            pinned: pinnedRecords(raw.pinnedIssues),
            labelName
          }
        }
      )
    },

    listRecordOf(repositories, label) {
      return batched<RawRecordIssue, RecordList>(
        repositories,
        label,
        orgRecordQuery,
        'list the incidents for the record',
        async (name, raw, viewer) => {
          const labelName = spelling(raw, label)
          if (labelName !== null && labelName !== label)
            return repository(name).listRecord(label)
          const nodes = await rest<RawRecordIssue>(
            name,
            RECORD_QUERY,
            'list the incidents for the record',
            label,
            raw.issues
          )
          return {
            viewer,
            repositoryUrl: raw.url,
            issues: nodes.map(recordIssue)
          }
        }
      )
    }
  }
}
