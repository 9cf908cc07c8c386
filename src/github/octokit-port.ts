import type { OwnComment } from '../core/comment-plan.js'
import { MARKER } from '../core/render/comment.js'
import type { Octokit } from './client.js'
import { explain, graphqlMessages } from './errors.js'
import type {
  GitHubPort,
  IncidentList,
  IssueFacts,
  IssueSnapshot,
  StateReason
} from './port.js'
import {
  ISSUE_QUERY,
  MINIMIZE_MUTATION,
  MORE_COMMENTS_QUERY,
  PIN_MUTATION,
  SWEEP_QUERY,
  UNMINIMIZE_MUTATION,
  UNPIN_MUTATION
} from './queries.js'

interface RawIssue {
  id: string
  number: number
  title: string
  state: 'OPEN' | 'CLOSED'
  createdAt: string
  closedAt: string | null
  stateReason: StateReason | null
  author: RawActor | null
  isPinned: boolean | null
  labels: { nodes: ({ name: string } | null)[] } | null
  labelEvents: {
    totalCount: number
    nodes: ({ label?: { name: string }; actor?: RawActor | null } | null)[]
  }
  pinEvents: {
    nodes: ({ __typename: string; actor?: { login: string } | null } | null)[]
  }
}

interface RawActor {
  __typename: string
  login: string
}

interface RawComment {
  id: string
  databaseId: number | null
  body: string
  createdAt: string
  isMinimized: boolean
  viewerDidAuthor: boolean
}

interface CommentPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: (RawComment | null)[]
}

type RawPinned = {
  nodes: ({ pinnedBy: { login: string } | null; issue: RawIssue } | null)[]
}

function facts(raw: RawIssue, pinnedBy: string | null = null): IssueFacts {
  const last = raw.pinEvents.nodes.at(-1)
  const labelEvents = raw.labelEvents.nodes.flatMap((e) =>
    e?.label
      ? [
          {
            label: e.label.name,
            actor: e.actor?.login ?? null,
            bot: e.actor?.__typename === 'Bot'
          }
        ]
      : []
  )
  return {
    id: raw.id,
    number: raw.number,
    title: raw.title,
    open: raw.state === 'OPEN',
    closedAt: raw.closedAt,
    stateReason: raw.stateReason ?? null,
    createdAt: raw.createdAt,
    author: raw.author
      ? { login: raw.author.login, bot: raw.author.__typename === 'Bot' }
      : null,
    labelEvents,
    labelEventsComplete: raw.labelEvents.totalCount <= labelEvents.length,
    labels: (raw.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : [])),
    isPinned: raw.isPinned === true,
    lastPinEvent: last
      ? {
          kind: last.__typename === 'PinnedEvent' ? 'pinned' : 'unpinned',
          actor: last.actor?.login ?? null
        }
      : null,
    pinnedBy
  }
}

const pinnedList = (raw: RawPinned | undefined) =>
  (raw?.nodes ?? []).flatMap((n) =>
    n ? [facts(n.issue, n.pinnedBy?.login ?? null)] : []
  )

const own = (nodes: (RawComment | null)[]): OwnComment[] =>
  nodes.flatMap((c) =>
    c &&
    c.viewerDidAuthor &&
    c.databaseId !== null &&
    c.body.split(/\r?\n/, 1)[0]!.trim() === MARKER
      ? [
          {
            id: c.id,
            databaseId: c.databaseId,
            body: c.body,
            isMinimized: c.isMinimized,
            createdAt: c.createdAt
          }
        ]
      : []
  )

const isNotFound = (error: unknown) =>
  (error as { status?: number }).status === 404 ||
  graphqlMessages(error).some((m) =>
    /NOT_FOUND|Could not resolve to a node/i.test(m)
  )

/** GitHubPort over REST (comments, labels) and GraphQL (reads, pins, minimizing). */
export function octokitPort(
  octokit: Octokit,
  owner: string,
  repo: string,
  /** GITHUB_GRAPHQL_URL: `…/graphql` on github.com, `…/api/graphql` on GHES. */
  graphqlUrl: string
): GitHubPort {
  const graphql = <T>(query: string, variables: Record<string, unknown>) =>
    octokit.graphql<T>({ query, url: graphqlUrl, ...variables })
  const read = async <T>(
    doing: string,
    query: string,
    variables: Record<string, unknown>,
    /** An issue that does not exist (or is a pull request) reads as null. */
    missingIsNull = false
  ): Promise<T> => {
    try {
      return await graphql<T>(query, variables)
    } catch (error) {
      const partial = (error as { data?: T }).data
      if (
        missingIsNull &&
        partial &&
        (error as { errors?: { type?: string }[] }).errors?.every(
          (e) => e.type === 'NOT_FOUND'
        )
      )
        return partial
      throw explain(error, doing, 'issues: read')
    }
  }
  const write = async <T>(
    doing: string,
    call: () => Promise<T>,
    benign?: (e: unknown) => T | undefined
  ): Promise<T> => {
    try {
      return await call()
    } catch (error) {
      const state = benign?.(error)
      if (state !== undefined) return state
      throw explain(error, doing, 'issues: write')
    }
  }
  const gql = (query: string, variables: Record<string, unknown>) => () =>
    graphql(query, variables)

  /** Every open issue with the label `name`, and the label's real name. */
  const listWith = async (name: string, input: string) => {
    const issues: IssueFacts[] = []
    let cursor: string | null = null
    let viewer = ''
    let pinned: IssueFacts[] = []
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
        pinned = pinnedList(data.repository.pinnedIssues)
        const same = (l: { name: string } | null | undefined) =>
          l && l.name.toLowerCase() === input.toLowerCase() ? l.name : null
        realName =
          same(data.repository.label) ??
          (data.repository.labels?.nodes ?? []).map(same).find(Boolean) ??
          null
        // Asked with the wrong spelling: the pages that follow would be wasted.
        if (realName !== null && realName !== name) break
      }
      for (const n of data.repository.issues.nodes) if (n) issues.push(facts(n))
      const info = data.repository.issues.pageInfo
      cursor = info.hasNextPage ? info.endCursor : null
    } while (cursor)
    const result: IncidentList = { viewer, issues, pinned, labelName: realName }
    return { realName, result }
  }

  return {
    async readIssue(number) {
      const data = await read<{
        viewer: { login: string }
        repository: {
          pinnedIssues: RawPinned
          issue: (RawIssue & { body: string; comments: CommentPage }) | null
        } | null
      }>(`read issue #${number}`, ISSUE_QUERY, { owner, repo, number }, true)
      const raw = data.repository?.issue ?? null
      const snapshot: IssueSnapshot = {
        viewer: data.viewer.login,
        pinned: pinnedList(data.repository?.pinnedIssues),
        issue: null
      }
      if (!raw) return snapshot
      const comments = own(raw.comments.nodes)
      let page = raw.comments.pageInfo
      while (page.hasNextPage && page.endCursor) {
        const more = await read<{
          repository: { issue: { comments: CommentPage } | null } | null
        }>(`read the comments of issue #${number}`, MORE_COMMENTS_QUERY, {
          owner,
          repo,
          number,
          cursor: page.endCursor
        })
        const next = more.repository?.issue?.comments
        if (!next) break
        comments.push(...own(next.nodes))
        page = next.pageInfo
      }
      return {
        ...snapshot,
        issue: { ...facts(raw), body: raw.body, ownComments: comments }
      }
    },

    async listIncidents(label) {
      // `issues(labels:)` matches names case-sensitively (cli/cli#1819) while
      // labels are unique whatever their case: ask with the input's spelling,
      // and again with the repository's own when the first page shows it differs.
      const first = await listWith(label, label)
      if (first.realName === null || first.realName === label)
        return first.result
      return (await listWith(first.realName, label)).result
    },

    async roleOf(login) {
      try {
        const { data } =
          await octokit.rest.repos.getCollaboratorPermissionLevel({
            owner,
            repo,
            username: login
          })
        return {
          kind: 'role',
          roleName: data.role_name ?? data.permission ?? '',
          permissions: {
            ...(data.user?.permissions ?? {})
          } as Record<string, boolean>
        }
      } catch (error) {
        const status = (error as { status?: number }).status
        if (status === 404) return { kind: 'none' }
        return {
          kind: 'refused',
          message: `GitHub answered ${status ?? 'with an error'} to GET /repos/${owner}/${repo}/collaborators/{username}/permission`
        }
      }
    },

    pin: (issue) =>
      write(
        `pin issue #${issue.number}`,
        async () => (
          await gql(PIN_MUTATION, { issueId: issue.id })(),
          'pinned' as const
        ),
        (e) => {
          const text = graphqlMessages(e).join(' ')
          if (/maximum.*pinned/i.test(text)) return 'limit' as const
          if (/already pinned/i.test(text)) return 'already-pinned' as const
          return undefined
        }
      ),

    unpin: (issue) =>
      write(
        `unpin issue #${issue.number}`,
        async () => (
          await gql(UNPIN_MUTATION, { issueId: issue.id })(),
          'unpinned' as const
        ),
        (e) =>
          /not pinned|already unpinned/i.test(graphqlMessages(e).join(' '))
            ? ('not-pinned' as const)
            : undefined
      ),

    createComment: (number, body) =>
      write(`comment on issue #${number}`, async () => {
        // Never retried blindly: a lost answer may hide a comment that was
        // made; the handler reads the thread again before it tries once more.
        await octokit.rest.issues.createComment({
          owner,
          repo,
          issue_number: number,
          body,
          request: { retries: 0 }
        })
      }),

    updateComment: (comment, body) =>
      write(
        'update the report comment',
        async () => {
          await octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: comment.databaseId,
            body
          })
          return 'updated' as const
        },
        (e) => (isNotFound(e) ? ('gone' as const) : undefined)
      ),

    deleteComment: (comment) =>
      write(
        'delete the report comment',
        async () => {
          await octokit.rest.issues.deleteComment({
            owner,
            repo,
            comment_id: comment.databaseId
          })
          return 'deleted' as const
        },
        (e) => (isNotFound(e) ? ('gone' as const) : undefined)
      ),

    minimizeComment: (comment) =>
      write(
        'minimize the report comment',
        async () => (
          await gql(MINIMIZE_MUTATION, { id: comment.id })(),
          'minimized' as const
        ),
        (e) => (isNotFound(e) ? ('gone' as const) : undefined)
      ),

    unminimizeComment: (comment) =>
      write(
        'unminimize the report comment',
        async () => (
          await gql(UNMINIMIZE_MUTATION, { id: comment.id })(),
          'unminimized' as const
        ),
        (e) => (isNotFound(e) ? ('gone' as const) : undefined)
      ),

    addLabel: (number, label) =>
      write(`label issue #${number}`, async () => {
        await octokit.rest.issues.addLabels({
          owner,
          repo,
          issue_number: number,
          labels: [label]
        })
      }),

    removeLabel: (number, label) =>
      write(
        `remove a label from issue #${number}`,
        async () => {
          await octokit.rest.issues.removeLabel({
            owner,
            repo,
            issue_number: number,
            name: label
          })
          return 'removed' as const
        },
        (e) => (isNotFound(e) ? ('absent' as const) : undefined)
      )
  }
}
