// @ts-check
/**
 * A local double of the GitHub API on 127.0.0.1 that keeps real state: issues,
 * labels, comments with authors, pins (at most three), pin and unpin timeline
 * events with their actors. Every GraphQL document is validated against
 * GitHub's published schema (@octokit/graphql-schema) before it runs; an
 * unknown field is an error, never a silent null. Faults can be injected.
 *
 * Plain JavaScript, so that the tests and `npm run demo` share it.
 */
import { createServer } from 'node:http'
import { schema as published } from '@octokit/graphql-schema'
import { buildSchema, execute, parse, validate } from 'graphql'

/** @type {import('graphql').GraphQLSchema | undefined} */
let schema
function githubSchema() {
  schema ??= buildSchema(published.idl, { assumeValidSDL: true })
  return schema
}

/** An error GitHub reports inside a 200 GraphQL response, with its `type`. */
class GitHubGraphQLError extends Error {
  /** @param {string} type @param {string} message */
  constructor(type, message) {
    super(message)
    this.type = type
  }
}

export const PIN_LIMIT = 3

/**
 * @typedef {{ type: 'PinnedEvent' | 'UnpinnedEvent' | 'LabeledEvent' | 'UnlabeledEvent' | 'ClosedEvent'
 *   | 'ReopenedEvent' | 'RenamedTitleEvent', actor: string | null, createdAt: string, label?: string }} PinEvent
 * @typedef {{ id: string, number: number, title: string, body: string, state: 'OPEN' | 'CLOSED',
 *   stateReason: string | null, author: string | null, lastEditedAt?: string | null, editor?: string | null,
 *   createdAt: string, closedAt: string | null, labels: string[], events: PinEvent[],
 *   isPullRequest?: boolean }} Issue
 * @typedef {{ id: string, databaseId: number, issue: number, author: string, body: string,
 *   createdAt: string, isMinimized: boolean, minimizedReason: string | null }} Comment
 * @typedef {{ method: string, path: string, kind: 'read' | 'write', operation?: string, at: number }} RequestRecord
 * @typedef {{ match: (r: RequestRecord) => boolean, status: number, headers?: Record<string, string>,
 *   body?: unknown, times: number, lost?: boolean }} Fault
 */

/**
 * @param {{ owner?: string, repo?: string, viewer?: string, now?: string }} [options]
 */
export function createApiDouble(options = {}) {
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'octo-repo'
  /** The token's login as GraphQL `viewer` says it; actors and comment authors drop `[bot]`. */
  const viewer = options.viewer ?? 'github-actions[bot]'
  const viewerActor = viewer.replace(/\[bot\]$/, '')
  let clock = Date.parse(options.now ?? '2026-01-01T00:00:00Z')
  const tick = () => new Date((clock += 1000)).toISOString()

  /**
   * One repository's state. The double serves many (an organisation); the
   * first is `owner/repo`, and the double's own methods act on it.
   * @param {string} repoOwner @param {string} repoName
   * @param {{ archived?: boolean, fork?: boolean, hasIssues?: boolean, reachable?: boolean, inInstallation?: boolean }} [facts]
   */
  function newRepo(repoOwner, repoName, facts = {}) {
    return {
      owner: repoOwner,
      name: repoName,
      full: `${repoOwner}/${repoName}`,
      /** Whether the token sees it at all (else NOT_FOUND / 404). */
      reachable: facts.reachable ?? true,
      /** Whether GET /installation/repositories lists it. */
      inInstallation: facts.inInstallation ?? true,
      archived: facts.archived ?? false,
      fork: facts.fork ?? false,
      hasIssues: facts.hasIssues ?? true,
      /** @type {Map<number, Issue>} */
      issues: new Map(),
      /** @type {Map<number, Comment>} */
      comments: new Map(),
      /** Issue numbers, in pin order. @type {number[]} */
      pinned: [],
      /** @type {Set<string>} */
      repoLabels: new Set(),
      /** Whether a pin at the limit says "maximum" before "already pinned". */
      limitFirst: false,
      /** Numbers of deleted issues (REST answers 410 Gone). @type {Set<number>} */
      deleted: new Set(),
      /** 'write' or 'read': what the token's `permissions:` allow on issues. */
      permission: 'write',
      /** Repository roles by login (REST collaborator permission); others have none. @type {Map<string, string>} */
      roles: new Map([
        ['maintainer', 'maintain'],
        ['octo-admin', 'admin'],
        ['triager', 'triage']
      ]),
      /** @type {Map<string, string>} */
      bases: new Map(),
      /** Files of the default branch, by path. @type {Map<string, string>} */
      files: new Map(),
      /** Workflow states by file name (`active`, `disabled_inactivity`, …). @type {Map<string, string>} */
      workflowStates: new Map(),
      /** Whether the token may read contents and actions (`permissions:`). */
      readable: { contents: true, actions: true }
    }
  }
  /** @typedef {ReturnType<typeof newRepo>} Repo */
  /** Repositories by lower-case `owner/name`. @type {Map<string, Repo>} */
  const repos = new Map()
  const main = newRepo(owner, repo)
  repos.set(main.full.toLowerCase(), main)
  /** Whether the token is an App installation's (GET /installation/repositories answers). */
  let installationToken = true
  /** @type {RequestRecord[]} */
  const requests = []
  /** @type {Fault[]} */
  const faults = []
  /** @type {(() => void)[]} */
  const afterRead = []
  let nextComment = 1000

  const actor = (/** @type {string | null} */ login) =>
    login === null
      ? null
      : {
          __typename:
            login.endsWith('[bot]') || login === viewerActor ? 'Bot' : 'User',
          login: login.replace(/\[bot\]$/, '')
        }

  /** The issue with a node id, in whichever repository. @param {string} id */
  const findIssueById = (id) => {
    for (const st of repos.values()) {
      if (!st.reachable) continue
      for (const i of st.issues.values())
        if (i.id === id) return { st, issue: i }
    }
    return null
  }

  /** @param {Repo} st @param {Issue} i */
  function issueNode(st, i) {
    return {
      __typename: 'Issue',
      id: i.id,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      stateReason: (/** @type {{enableDuplicate?: boolean}} */ args) =>
        i.stateReason === 'DUPLICATE' && !args.enableDuplicate
          ? 'NOT_PLANNED'
          : i.stateReason,
      author: actor(i.author),
      url: `https://github.com/${st.full}/issues/${i.number}`,
      lastEditedAt: i.lastEditedAt ?? null,
      editor: i.editor ? actor(i.editor) : null,
      createdAt: i.createdAt,
      closedAt: i.closedAt,
      isPinned: st.pinned.includes(i.number),
      labels: (/** @type {{first?: number}} */ { first = 100 }) => ({
        totalCount: i.labels.length,
        nodes: i.labels
          .slice(0, first)
          .map((name) => ({ __typename: 'Label', name }))
      }),
      timelineItems: (
        /** @type {{itemTypes?: string[], first?: number, last?: number, before?: string}} */ args
      ) => {
        const types = (args.itemTypes ?? []).map((t) =>
          t
            .toLowerCase()
            .replace(/_(\w)/g, (_, c) => c.toUpperCase())
            .replace(/^\w/, (c) => c.toUpperCase())
        )
        const all = i.events.filter(
          (e) => types.length === 0 || types.includes(e.type)
        )
        if ((args.last ?? 0) > 100 || (args.first ?? 0) > 100)
          throw new GitHubGraphQLError(
            'EXCESSIVE_PAGINATION',
            'first and last may not exceed 100'
          )
        // Cursors are positions in the filtered list: `tl:<index>`.
        let end = all.length
        if (args.before)
          end = Math.min(
            end,
            Number(
              Buffer.from(args.before, 'base64').toString('utf8').split(':')[1]
            )
          )
        let start = 0
        if (args.last !== undefined) start = Math.max(0, end - args.last)
        if (args.first !== undefined) end = Math.min(end, start + args.first)
        const events = all.slice(start, end)
        const cursor = (/** @type {number} */ k) =>
          Buffer.from(`tl:${k}`).toString('base64')
        return {
          totalCount: all.length,
          pageInfo: {
            hasPreviousPage: start > 0,
            hasNextPage: end < all.length,
            startCursor: events.length ? cursor(start) : null,
            endCursor: events.length ? cursor(end - 1) : null
          },
          nodes: events.map((e) => ({
            __typename: e.type,
            actor: actor(e.actor),
            createdAt: e.createdAt,
            ...(e.label
              ? { label: { __typename: 'Label', name: e.label } }
              : {})
          }))
        }
      },
      comments: (
        /** @type {{first?: number, after?: string}} */ { first = 100, after }
      ) => {
        const all = [...st.comments.values()].filter(
          (c) => c.issue === i.number
        )
        return connection(all.map(commentNode), first, after)
      }
    }
  }

  /** @param {Comment} c */
  function commentNode(c) {
    return {
      __typename: 'IssueComment',
      id: c.id,
      databaseId: c.databaseId,
      body: c.body,
      createdAt: c.createdAt,
      isMinimized: c.isMinimized,
      minimizedReason: c.minimizedReason,
      viewerDidAuthor: c.author === viewer,
      author: actor(c.author)
    }
  }

  /**
   * @template T
   * @param {T[]} all @param {number} first @param {string | undefined | null} after
   */
  function connection(all, first, after) {
    if (first > 100)
      throw new GitHubGraphQLError(
        'EXCESSIVE_PAGINATION',
        'first may not exceed 100'
      )
    const start = after
      ? Number(Buffer.from(after, 'base64').toString('utf8').split(':')[1]) + 1
      : 0
    const nodes = all.slice(start, start + first)
    const end = start + nodes.length - 1
    return {
      totalCount: all.length,
      nodes,
      pageInfo: {
        hasNextPage: start + first < all.length,
        endCursor: nodes.length
          ? Buffer.from(`cursor:${end}`).toString('base64')
          : null
      }
    }
  }

  const requireWrite = (/** @type {Repo} */ st) => {
    if (st.archived)
      throw new GitHubGraphQLError(
        'FORBIDDEN',
        'Repository was archived so is read-only.'
      )
    if (st.permission !== 'write') {
      throw new GitHubGraphQLError(
        'FORBIDDEN',
        'Resource not accessible by integration'
      )
    }
  }

  /** @param {Repo} st @param {number} number @param {string} who */
  function pinNow(st, number, who) {
    const { pinned } = st
    const issue = st.issues.get(number)
    if (!issue) throw new Error(`no issue #${number}`)
    const limit = () => {
      if (pinned.length >= PIN_LIMIT)
        throw new GitHubGraphQLError(
          'UNPROCESSABLE',
          `Maximum ${PIN_LIMIT} pinned issues per repository`
        )
    }
    // Which answer GitHub gives for a pinned issue when all slots are taken
    // is not documented: the double can give either.
    if (st.limitFirst) limit()
    if (pinned.includes(number)) {
      throw new GitHubGraphQLError(
        'UNPROCESSABLE',
        'The issue is already pinned or could not be pinned at this time'
      )
    }
    limit()
    pinned.push(number)
    issue.events.push({ type: 'PinnedEvent', actor: who, createdAt: tick() })
  }

  /** @param {Repo} st @param {number} number @param {string} who */
  function unpinNow(st, number, who) {
    const { pinned } = st
    const issue = st.issues.get(number)
    if (!issue) throw new Error(`no issue #${number}`)
    const at = pinned.indexOf(number)
    if (at === -1)
      throw new GitHubGraphQLError('UNPROCESSABLE', 'Issue is not pinned')
    pinned.splice(at, 1)
    issue.events.push({ type: 'UnpinnedEvent', actor: who, createdAt: tick() })
  }

  /** A repository as GraphQL answers it. @param {Repo} st */
  function repositoryNode(st) {
    return {
      __typename: 'Repository',
      url: `https://github.com/${st.full}`,
      nameWithOwner: st.full,
      isArchived: st.archived,
      isFork: st.fork,
      hasIssuesEnabled: st.hasIssues,
      pinnedIssues: (/** @type {{first?: number}} */ { first = 3 }) => ({
        totalCount: st.pinned.length,
        nodes: st.pinned.slice(0, first).map((n) => {
          const issue = /** @type {Issue} */ (st.issues.get(n))
          const pin = issue.events
            .filter((e) => e.type === 'PinnedEvent')
            .at(-1)
          return {
            __typename: 'PinnedIssue',
            pinnedBy: actor(pin?.actor ?? 'ghost'),
            issue: issueNode(st, issue)
          }
        })
      }),
      issue: (/** @type {{number: number}} */ { number }) => {
        const issue = st.issues.get(number)
        if (!issue || issue.isPullRequest)
          throw new GitHubGraphQLError(
            'NOT_FOUND',
            `Could not resolve to an Issue with the number of ${number}.`
          )
        return issueNode(st, issue)
      },
      label: (/** @type {{name: string}} */ { name }) => {
        const real = [...st.repoLabels].find(
          (l) => l.toLowerCase() === name.toLowerCase()
        )
        return real ? { __typename: 'Label', name: real } : null
      },
      labels: (
        /** @type {{query?: string, first?: number, after?: string}} */ args
      ) => {
        const all = [...st.repoLabels]
          .filter(
            (l) =>
              !args.query || l.toLowerCase().includes(args.query.toLowerCase())
          )
          .map((name) => ({ __typename: 'Label', name }))
        return connection(all, args.first ?? 30, args.after)
      },
      issues: (
        /** @type {{labels?: string[], states?: string[], first?: number, after?: string, orderBy?: {field: string, direction: string}}} */ args
      ) => {
        let all = [...st.issues.values()].filter((i) => !i.isPullRequest)
        if (args.labels) {
          // GitHub matches label names here case-sensitively (cli/cli#1819).
          const wanted = args.labels
          all = all.filter((i) => i.labels.some((l) => wanted.includes(l)))
        }
        if (args.states) all = all.filter((i) => args.states?.includes(i.state))
        all.sort(
          (a, b) =>
            a.createdAt.localeCompare(b.createdAt) || a.number - b.number
        )
        if (args.orderBy?.direction === 'DESC') all.reverse()
        return connection(
          all.map((i) => issueNode(st, i)),
          args.first ?? 100,
          args.after
        )
      }
    }
  }

  const rootValue = {
    viewer: () => ({ __typename: 'User', login: viewer }),
    node: (/** @type {{id: string}} */ { id }) => {
      const found = findIssueById(id)
      if (!found)
        throw new GitHubGraphQLError(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${id}'`
        )
      return issueNode(found.st, found.issue)
    },
    repositoryOwner: (/** @type {{login: string}} */ { login }) => {
      const mine = [...repos.values()].filter(
        (r) => r.reachable && r.owner.toLowerCase() === login.toLowerCase()
      )
      if (mine.length === 0) return null
      return {
        __typename: 'Organization',
        login: mine[0]?.owner,
        repositories: (
          /** @type {{first?: number, after?: string, isArchived?: boolean | null, isFork?: boolean | null, hasIssuesEnabled?: boolean | null}} */ args
        ) =>
          connection(
            mine
              .filter(
                (r) =>
                  (args.isArchived == null || r.archived === args.isArchived) &&
                  (args.isFork == null || r.fork === args.isFork) &&
                  (args.hasIssuesEnabled == null ||
                    r.hasIssues === args.hasIssuesEnabled)
              )
              .sort((a, b) => a.name.localeCompare(b.name))
              .map(repositoryNode),
            args.first ?? 100,
            args.after
          )
      }
    },
    repository: (/** @type {{owner: string, name: string}} */ args) => {
      const st = repos.get(`${args.owner}/${args.name}`.toLowerCase())
      if (!st || !st.reachable)
        throw new GitHubGraphQLError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`
        )
      return repositoryNode(st)
    },
    pinIssue: (/** @type {{input: {issueId: string}}} */ { input }) => {
      const found = findIssueById(input.issueId)
      if (!found)
        throw new GitHubGraphQLError(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.issueId}'`
        )
      requireWrite(found.st)
      pinNow(found.st, found.issue.number, viewerActor)
      return { issue: issueNode(found.st, found.issue) }
    },
    unpinIssue: (/** @type {{input: {issueId: string}}} */ { input }) => {
      const found = findIssueById(input.issueId)
      if (!found)
        throw new GitHubGraphQLError(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.issueId}'`
        )
      requireWrite(found.st)
      unpinNow(found.st, found.issue.number, viewerActor)
      return { issue: issueNode(found.st, found.issue) }
    },
    minimizeComment: (
      /** @type {{input: {subjectId: string, classifier: string}}} */ { input }
    ) => {
      const found = findComment(input.subjectId)
      if (!found)
        throw new GitHubGraphQLError(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.subjectId}'`
        )
      requireWrite(found.st)
      const c = found.comment
      c.isMinimized = true
      c.minimizedReason = input.classifier.toLowerCase()
      return { minimizedComment: commentNode(c) }
    },
    unminimizeComment: (
      /** @type {{input: {subjectId: string}}} */ { input }
    ) => {
      const found = findComment(input.subjectId)
      if (!found)
        throw new GitHubGraphQLError(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.subjectId}'`
        )
      requireWrite(found.st)
      const c = found.comment
      c.isMinimized = false
      c.minimizedReason = null
      return { unminimizedComment: commentNode(c) }
    }
  }

  /** A comment by node id, in whichever repository. @param {string} id */
  function findComment(id) {
    for (const st of repos.values())
      for (const c of st.comments.values())
        if (c.id === id) return { st, comment: c }
    return null
  }

  /** @param {string} text @param {Record<string, unknown>} variables */
  function runGraphQL(text, variables) {
    let document
    try {
      document = parse(text)
    } catch (error) {
      return { errors: [{ message: /** @type {Error} */ (error).message }] }
    }
    const invalid = validate(githubSchema(), document)
    if (invalid.length > 0) {
      return {
        errors: invalid.map((e) => ({
          message: e.message,
          locations: e.locations
        }))
      }
    }
    const result = /** @type {import('graphql').ExecutionResult} */ (
      execute({
        schema: githubSchema(),
        document,
        rootValue,
        variableValues: variables
      })
    )
    return {
      data: result.data ?? null,
      ...(result.errors
        ? {
            errors: result.errors.map(
              (/** @type {import('graphql').GraphQLError} */ e) => ({
                type: /** @type {any} */ (e.originalError)?.type,
                message: e.message,
                path: e.path,
                locations: e.locations
              })
            )
          }
        : {})
    }
  }

  /** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
  function send(res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      ...headers
    })
    res.end(text)
  }

  /** @param {Repo} st @param {number} number */
  const issueJson = (st, number) => {
    const i = /** @type {Issue} */ (st.issues.get(number))
    return { number, labels: i.labels.map((name) => ({ name })) }
  }

  const restComment = (/** @type {Comment} */ c) => ({
    id: c.databaseId,
    node_id: c.id,
    body: c.body,
    user: {
      login: c.author,
      type: c.author.endsWith('[bot]') ? 'Bot' : 'User'
    },
    created_at: c.createdAt
  })

  /**
   * @param {string} method @param {string} path @param {any} body
   * @returns {[number, unknown]}
   */
  function rest(method, path, body, query = new URLSearchParams()) {
    if (method === 'GET' && path === '/installation/repositories') {
      if (!installationToken)
        return [
          403,
          {
            message:
              'You must authenticate with an installation access token in order to list repositories for an installation.'
          }
        ]
      const all = [...repos.values()].filter(
        (r) => r.reachable && r.inInstallation
      )
      const perPage = Math.min(100, Number(query.get('per_page') ?? 30))
      const page = Math.max(1, Number(query.get('page') ?? 1))
      return [
        200,
        {
          total_count: all.length,
          repositories: all
            .slice((page - 1) * perPage, page * perPage)
            .map((r) => ({
              id: 1,
              node_id: `R_${r.full}`,
              name: r.name,
              full_name: r.full,
              owner: { login: r.owner },
              archived: r.archived,
              fork: r.fork,
              has_issues: r.hasIssues,
              private: false
            }))
        }
      ]
    }
    const at = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path)
    const st = at
      ? repos.get(
          `${decodeURIComponent(at[1] ?? '')}/${decodeURIComponent(at[2] ?? '')}`.toLowerCase()
        )
      : undefined
    if (!at || !st || !st.reachable) return [404, { message: 'Not Found' }]
    const rel = at[3] ?? ''
    const { issues, comments, repoLabels, deleted, roles, bases, files } = st
    const { workflowStates, readable } = st
    let p
    if (
      method === 'GET' &&
      (p = /^\/collaborators\/([^/]+)\/permission$/.exec(rel))
    ) {
      const login = decodeURIComponent(p[1] ?? '')
      const role = roles.get(login) ?? 'read'
      // A custom role reports its own name and the permissions of its base role.
      const baseRole = bases.get(login) ?? role
      const base = {
        pull: true,
        triage: false,
        push: false,
        maintain: false,
        admin: false
      }
      const levels = ['read', 'triage', 'write', 'maintain', 'admin']
      const rank = Math.max(0, levels.indexOf(baseRole))
      return [
        200,
        {
          permission: rank >= 4 ? 'admin' : rank >= 2 ? 'write' : 'read',
          role_name: role,
          user: {
            login,
            type: login.endsWith('[bot]') ? 'Bot' : 'User',
            permissions: {
              ...base,
              triage: rank >= 1,
              push: rank >= 2,
              maintain: rank >= 3,
              admin: rank >= 4
            }
          }
        }
      ]
    }
    if (method === 'GET' && rel.split('?')[0] === '/labels') {
      /** @type {import('@octokit/openapi-types').components['schemas']['label'][]} */
      const labels = [...repoLabels].map((name, i) => ({
        id: i + 1,
        node_id: `LA_${i + 1}`,
        url: `https://api.github.com/repos/${st.full}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false
      }))
      return [200, labels]
    }
    if (method === 'GET' && rel.startsWith('/contents')) {
      if (!readable.contents)
        return [403, { message: 'Resource not accessible by integration' }]
      const path = decodeURIComponent(
        rel.slice('/contents'.length).split('?')[0] ?? ''
      ).replace(/^\/+|\/+$/g, '')
      const text = files.get(path)
      if (text !== undefined) {
        /** @type {import('@octokit/openapi-types').components['schemas']['content-file']} */
        const file = {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(text),
          name: path.split('/').pop() ?? path,
          path,
          content: Buffer.from(text).toString('base64'),
          sha: 'f'.repeat(40),
          url: '',
          git_url: null,
          html_url: null,
          download_url: null,
          _links: { self: '', git: null, html: null }
        }
        return [200, file]
      }
      const prefix = path === '' ? '' : `${path}/`
      const names = new Set(
        [...files.keys()]
          .filter((f) => f.startsWith(prefix))
          .map((f) => f.slice(prefix.length).split('/')[0] ?? '')
      )
      if (names.size === 0) return [404, { message: 'Not Found' }]
      return [
        200,
        [...names].sort().map((name) => ({
          type: files.has(prefix + name) ? 'file' : 'dir',
          name,
          path: prefix + name,
          sha: 'f'.repeat(40),
          size: 0,
          url: '',
          git_url: null,
          html_url: null,
          download_url: null,
          _links: { self: '', git: null, html: null }
        }))
      ]
    }
    if (method === 'GET' && (p = /^\/actions\/workflows\/([^/]+)$/.exec(rel))) {
      if (!readable.actions)
        return [403, { message: 'Resource not accessible by integration' }]
      const file = decodeURIComponent(p[1] ?? '')
      const state = workflowStates.get(file)
      if (!state) return [404, { message: 'Not Found' }]
      /** @type {import('@octokit/openapi-types').components['schemas']['workflow']} */
      const workflow = {
        id: 1,
        node_id: 'W_1',
        name: file,
        path: `.github/workflows/${file}`,
        state: /** @type {any} */ (state),
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        url: '',
        html_url: '',
        badge_url: ''
      }
      return [200, workflow]
    }
    const gone = /^\/issues\/(\d+)(\/|$)/.exec(rel)
    if (gone && deleted.has(Number(gone[1])))
      return [410, { message: 'This issue was deleted' }]
    if (method !== 'GET' && st.archived)
      return [403, { message: 'Repository was archived so is read-only.' }]
    if (method !== 'GET' && st.permission !== 'write') {
      return [
        403,
        {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest'
        }
      ]
    }
    let m
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/comments$/.exec(rel))) {
      const number = Number(m[1])
      if (!issues.has(number)) return [404, { message: 'Not Found' }]
      if (typeof body?.body !== 'string')
        return [422, { message: 'Invalid request: body is required' }]
      if (body.body.length > 65536)
        return [
          422,
          {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)'
              }
            ]
          }
        ]
      const c = addComment(st, number, viewer, body.body)
      return [201, restComment(c)]
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rel))) {
      const c = comments.get(Number(m[1]))
      if (!c) return [404, { message: 'Not Found' }]
      if (method === 'PATCH') {
        if (c.author !== viewer)
          return [403, { message: 'Must have admin rights to Repository.' }]
        if (typeof body?.body !== 'string')
          return [422, { message: 'Invalid request: body is required' }]
        if (body.body.length > 65536)
          return [
            422,
            { message: 'body is too long (maximum is 65536 characters)' }
          ]
        c.body = body.body
        return [200, restComment(c)]
      }
      if (method === 'DELETE') {
        if (c.author !== viewer)
          return [403, { message: 'Must have admin rights to Repository.' }]
        comments.delete(c.databaseId)
        return [204, undefined]
      }
    }
    if (rel === '/issues' && method === 'POST') {
      const title = String(body?.title ?? '')
      if (!title) return [422, { message: 'Validation Failed' }]
      if (!st.hasIssues)
        return [410, { message: 'Issues are disabled for this repo' }]
      const number = Math.max(0, ...[...issues.keys()], ...[...st.deleted]) + 1
      /** @type {string[]} */
      const labels = Array.isArray(body?.labels) ? body.labels.map(String) : []
      const createdAt = tick()
      /** @type {Issue} */
      const issue = {
        id: st === main ? `I_${number}` : `I_${st.full}#${number}`,
        number,
        title,
        body: String(body?.body ?? ''),
        state: 'OPEN',
        stateReason: null,
        author: viewer,
        createdAt,
        closedAt: null,
        labels: [...labels],
        events: labels.map((label) => ({
          type: /** @type {const} */ ('LabeledEvent'),
          actor: viewerActor,
          label,
          createdAt
        }))
      }
      labels.forEach((l) => repoLabels.add(l))
      issues.set(number, issue)
      return [
        201,
        {
          number,
          node_id: issue.id,
          title,
          html_url: `https://github.com/${st.full}/issues/${number}`
        }
      ]
    }
    if ((m = /^\/issues\/(\d+)$/.exec(rel)) && method === 'PATCH') {
      const issue = issues.get(Number(m[1]))
      if (!issue) return [404, { message: 'Not Found' }]
      if (typeof body?.title === 'string') {
        if (body.title !== issue.title)
          issue.events.push({
            type: 'RenamedTitleEvent',
            actor: viewerActor,
            createdAt: tick()
          })
        issue.title = body.title
      }
      if (typeof body?.body === 'string' && body.body !== issue.body) {
        issue.body = body.body
        issue.editor = viewer
        issue.lastEditedAt = tick()
      }
      if (body?.state === 'closed') {
        const reason = String(body.state_reason ?? 'completed').toUpperCase()
        if (issue.state !== 'CLOSED' || issue.stateReason !== reason) {
          issue.state = 'CLOSED'
          issue.stateReason = reason
          issue.closedAt = tick()
          issue.events.push({
            type: 'ClosedEvent',
            actor: viewerActor,
            createdAt: issue.closedAt
          })
        }
      } else if (body?.state === 'open' && issue.state !== 'OPEN') {
        issue.state = 'OPEN'
        issue.stateReason = 'REOPENED'
        issue.closedAt = null
        issue.events.push({
          type: 'ReopenedEvent',
          actor: viewerActor,
          createdAt: tick()
        })
      }
      return [200, { number: issue.number, state: issue.state.toLowerCase() }]
    }
    if (rel === '/labels' && method === 'POST') {
      const name = String(body?.name ?? '')
      if (!name) return [422, { message: 'Validation Failed' }]
      if ([...repoLabels].some((l) => l.toLowerCase() === name.toLowerCase()))
        return [
          422,
          {
            message: 'Validation Failed',
            errors: [
              { resource: 'Label', code: 'already_exists', field: 'name' }
            ]
          }
        ]
      repoLabels.add(name)
      return [
        201,
        {
          id: repoLabels.size,
          node_id: 'LA_new',
          url: '',
          name,
          description: body?.description ?? null,
          color: String(body?.color ?? 'ededed'),
          default: false
        }
      ]
    }
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(rel)) && method === 'POST') {
      const number = Number(m[1])
      const issue = issues.get(number)
      if (!issue) return [404, { message: 'Not Found' }]
      const names = Array.isArray(body) ? body : body?.labels
      if (!Array.isArray(names)) return [422, { message: 'Invalid request' }]
      for (const name of names) {
        repoLabels.add(name)
        if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) {
          issue.labels.push(name)
          issue.events.push({
            type: 'LabeledEvent',
            actor: viewerActor,
            label: name,
            createdAt: tick()
          })
        }
      }
      return [200, issueJson(st, number).labels]
    }
    if (
      (m = /^\/issues\/(\d+)\/labels\/(.+)$/.exec(rel)) &&
      method === 'DELETE'
    ) {
      const number = Number(m[1])
      const issue = issues.get(number)
      if (!issue) return [404, { message: 'Not Found' }]
      const name = decodeURIComponent(m[2] ?? '')
      const at = issue.labels.findIndex(
        (l) => l.toLowerCase() === name.toLowerCase()
      )
      if (at === -1) return [404, { message: 'Label does not exist' }]
      issue.labels.splice(at, 1)
      return [200, issueJson(st, number).labels]
    }
    return [404, { message: `Not Found (the double has no ${method} ${rel})` }]
  }

  /** @param {Repo} st @param {number} issue @param {string} author @param {string} body @param {Partial<Comment>} [extra] */
  function addComment(st, issue, author, body, extra = {}) {
    const databaseId = nextComment++
    const c = {
      id: `IC_${databaseId}`,
      databaseId,
      issue,
      author,
      body,
      createdAt: tick(),
      isMinimized: false,
      minimizedReason: null,
      ...extra
    }
    st.comments.set(databaseId, c)
    return c
  }

  /**
   * What a test does to one repository's state, as a person on github.com would.
   * @param {Repo} st
   */
  function repoView(st) {
    const view = {
      /** `owner/name`. */
      full: st.full,
      /**
       * Add an issue. `pinnedBy` pins it now (as that login; the viewer for the action).
       * Labels are applied by `labeledBy` (default `maintainer`, who has the
       * maintain role); `labeledBy: null` leaves no LabeledEvent, as a label an
       * issue form applied for its `author` (default `reporter`, no role).
       * @param {{ number: number, title?: string, body?: string, state?: 'OPEN' | 'CLOSED', labels?: string[],
       *   createdAt?: string, closedAt?: string | null, pinnedBy?: string, isPullRequest?: boolean, events?: PinEvent[],
       *   author?: string | null, labeledBy?: string | null, stateReason?: string | null }} spec
       */
      addIssue(spec) {
        const createdAt = spec.createdAt ?? tick()
        const labeledBy =
          spec.labeledBy === undefined ? 'maintainer' : spec.labeledBy
        /** @type {Issue} */
        const issue = {
          // Node ids are unique across repositories, as on github.com.
          id: st === main ? `I_${spec.number}` : `I_${st.full}#${spec.number}`,
          number: spec.number,
          title: spec.title ?? `Issue ${spec.number}`,
          body: spec.body ?? '',
          state: spec.state ?? (spec.closedAt ? 'CLOSED' : 'OPEN'),
          stateReason: spec.stateReason ?? (spec.closedAt ? 'COMPLETED' : null),
          author: spec.author === undefined ? 'reporter' : spec.author,
          createdAt,
          closedAt: spec.closedAt ?? null,
          labels: [...(spec.labels ?? [])],
          events: [
            ...(labeledBy === null
              ? []
              : (spec.labels ?? []).map((label) => ({
                  type: /** @type {const} */ ('LabeledEvent'),
                  actor: labeledBy,
                  label,
                  createdAt
                }))),
            ...(spec.events ?? [])
          ],
          isPullRequest: spec.isPullRequest ?? false
        }
        issue.labels.forEach((l) => st.repoLabels.add(l))
        st.issues.set(spec.number, issue)
        if (spec.pinnedBy) pinNow(st, spec.number, spec.pinnedBy)
        return issue
      },
      /** @param {number} number */
      issue(number) {
        const i = st.issues.get(number)
        if (!i) throw new Error(`no issue #${number}`)
        return i
      },
      /** @param {number} issue @param {string} author @param {string} body @param {Partial<Comment>} [extra] */
      addComment: (issue, author, body, extra) =>
        addComment(st, issue, author, body, extra),
      /** Comments on an issue, oldest first. @param {number} number */
      comments(number) {
        return [...st.comments.values()].filter((c) => c.issue === number)
      },
      /** @param {number} databaseId */
      deleteComment(databaseId) {
        st.comments.delete(databaseId)
      },
      /** Pinned issue numbers, in pin order. */
      pinned() {
        return [...st.pinned]
      },
      /** A person pins or unpins, as on github.com. @param {number} number @param {string} login */
      pinAs(number, login) {
        pinNow(st, number, login)
      },
      /** @param {number} number @param {string} login */
      unpinAs(number, login) {
        unpinNow(st, number, login)
      },
      /**
       * Close or reopen as a person would.
       * @param {number} number @param {string | null} closedAt
       * @param {'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE'} [reason]
       * @param {string} [at] when a reopen happened (the double's clock by default)
       */
      setClosed(number, closedAt, reason = 'COMPLETED', at) {
        const i = view.issue(number)
        i.state = closedAt ? 'CLOSED' : 'OPEN'
        i.closedAt = closedAt
        i.stateReason = closedAt ? reason : 'REOPENED'
        i.events.push({
          type: closedAt ? 'ClosedEvent' : 'ReopenedEvent',
          actor: 'maintainer',
          createdAt: closedAt ?? at ?? tick()
        })
      },
      /**
       * Someone edits the body, as on github.com (GraphQL `editor`, `lastEditedAt`).
       * @param {number} number @param {string} body @param {string} login @param {string} [at]
       */
      editAs(number, body, login, at) {
        const i = view.issue(number)
        i.body = body
        i.editor = login
        i.lastEditedAt = at ?? tick()
      },
      /** Someone renames the issue. @param {number} number @param {string} title @param {string} login @param {string} [at] */
      renameAs(number, title, login, at) {
        const i = view.issue(number)
        i.title = title
        i.events.push({
          type: 'RenamedTitleEvent',
          actor: login,
          createdAt: at ?? tick()
        })
      },
      /**
       * The issue is deleted (or transferred away): GraphQL answers NOT_FOUND,
       * REST 410 Gone. @param {number} number
       */
      deleteIssue(number) {
        const i = view.issue(number)
        st.issues.delete(number)
        st.deleted.add(number)
        const at = st.pinned.indexOf(number)
        if (at !== -1) st.pinned.splice(at, 1)
        for (const c of [...st.comments.values()])
          if (c.issue === i.number) st.comments.delete(c.databaseId)
      },
      /**
       * A person (or bot) applies a label, as on github.com.
       * @param {number} number @param {string} label @param {string} login @param {string} [at]
       */
      labelAs(number, label, login, at) {
        const i = view.issue(number)
        st.repoLabels.add(label)
        if (!i.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
          i.labels.push(label)
        i.events.push({
          type: 'LabeledEvent',
          actor: login,
          label,
          createdAt: at ?? tick()
        })
      },
      /** A person removes a label. @param {number} number @param {string} label @param {string} login */
      unlabelAs(number, label, login) {
        const i = view.issue(number)
        i.labels = i.labels.filter(
          (l) => l.toLowerCase() !== label.toLowerCase()
        )
        i.events.push({
          type: 'UnlabeledEvent',
          actor: login,
          label,
          createdAt: tick()
        })
      },
      /**
       * Give a login a repository role (read, triage, write, maintain, admin, or
       * a custom role's name with the base role it builds on).
       * @param {string} login @param {string} role @param {string} [base]
       */
      setRole(login, role, base = role) {
        st.roles.set(login, role)
        st.bases.set(login, base)
      },
      /** A label of the repository, with no issue (`label(name:)` finds it). @param {string} name */
      addRepoLabel(name) {
        st.repoLabels.add(name)
      },
      /** Answer "maximum" before "already pinned" (see pinNow). @param {boolean} on */
      setLimitFirst(on) {
        st.limitFirst = on
      },
      /** @param {'read' | 'write'} level */
      setPermission(level) {
        st.permission = level
      },
      /** A file of the default branch. @param {string} path @param {string} text */
      addFile(path, text) {
        st.files.set(path, text)
      },
      /** GitHub's state of a workflow file. @param {string} file @param {string} state */
      setWorkflowState(file, state) {
        st.workflowStates.set(file, state)
      },
      /** What the token may read besides issues. @param {{ contents?: boolean, actions?: boolean }} access */
      setReadable(access) {
        Object.assign(st.readable, access)
      },
      /** Delete a label of the repository. @param {string} name */
      removeRepoLabel(name) {
        st.repoLabels.delete(name)
      },
      /** The repository's labels. */
      labels() {
        return [...st.repoLabels]
      },
      /** Archive it (or not): every write is refused, as on github.com. @param {boolean} [on] */
      archive(on = true) {
        st.archived = on
      },
      /** Turn its issues off or on. @param {boolean} on */
      setHasIssues(on) {
        st.hasIssues = on
      },
      /** Whether the token sees it at all. @param {boolean} on */
      setReachable(on) {
        st.reachable = on
      }
    }
    return view
  }

  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const asSent = url.pathname
      // GitHub Enterprise Server shapes: REST under /api/v3, GraphQL at /api/graphql.
      if (url.pathname.startsWith('/api/v3/'))
        url.pathname = url.pathname.slice('/api/v3'.length)
      else if (url.pathname === '/api/graphql') url.pathname = '/graphql'
      const method = req.method ?? 'GET'
      const raw = Buffer.concat(chunks).toString('utf8')
      /** @type {any} */
      let body
      try {
        body = raw ? JSON.parse(raw) : undefined
      } catch {
        return send(res, 400, { message: 'Problems parsing JSON' })
      }
      const isGraphQL = url.pathname === '/graphql' && method === 'POST'
      const isMutation =
        isGraphQL &&
        /^\s*mutation\b/.test(
          String(body?.query ?? '').replace(/^\s*(#.*\n\s*)*/, '')
        )
      /** @type {RequestRecord} */
      const record = {
        method,
        path: asSent,
        at: Date.now(),
        kind: (isGraphQL ? isMutation : method !== 'GET') ? 'write' : 'read',
        ...(isGraphQL
          ? {
              operation:
                /(?:query|mutation)\s+(\w+)/.exec(String(body?.query))?.[1] ??
                ''
            }
          : {})
      }
      requests.push(record)
      const fault = faults.find((f) => f.times > 0 && f.match(record))
      if (fault) fault.times--
      const sendFault = () =>
        send(
          res,
          /** @type {Fault} */ (fault).status,
          /** @type {Fault} */ (fault).body ?? {
            message: `injected ${/** @type {Fault} */ (fault).status}`
          },
          /** @type {Fault} */ (fault).headers
        )
      // A lost answer: GitHub did the work, the answer never arrived.
      if (fault && !fault.lost) return sendFault()
      if (!/^(token|bearer) \S+/i.test(req.headers.authorization ?? '')) {
        return send(res, 401, { message: 'Requires authentication' })
      }
      if (isGraphQL) {
        const result = runGraphQL(
          String(body?.query ?? ''),
          body?.variables ?? {}
        )
        if (fault) sendFault()
        else send(res, 200, result)
        if (!isMutation) afterRead.splice(0).forEach((fn) => fn())
        return
      }
      const [status, payload] = rest(
        method,
        url.pathname,
        body,
        url.searchParams
      )
      if (fault) sendFault()
      else send(res, status, payload)
    })
  })

  const mainView = repoView(main)
  return {
    ...mainView,
    owner,
    repo,
    viewer,
    /**
     * Another repository the token can see (an organisation's), with its facts.
     * @param {string} fullName `owner/name`
     * @param {{ archived?: boolean, fork?: boolean, hasIssues?: boolean, reachable?: boolean, inInstallation?: boolean }} [facts]
     */
    addRepository(fullName, facts = {}) {
      const [o = '', n = ''] = fullName.split('/')
      const st = newRepo(o, n, facts)
      repos.set(st.full.toLowerCase(), st)
      return repoView(st)
    },
    /** A repository's view by `owner/name`. @param {string} fullName */
    repository(fullName) {
      const st = repos.get(fullName.toLowerCase())
      if (!st) throw new Error(`no repository ${fullName}`)
      return repoView(st)
    },
    /** Whether the token is an App installation's (else GET /installation/repositories is refused). @param {boolean} on */
    setInstallationToken(on) {
      installationToken = on
    },
    /** @type {string} */
    url: '',
    requests,
    /** Start listening on 127.0.0.1 on a free port. */
    async start() {
      githubSchema()
      await new Promise((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(undefined))
      )
      const address = /** @type {import('node:net').AddressInfo} */ (
        server.address()
      )
      this.url = `http://127.0.0.1:${address.port}`
      return this
    },
    async stop() {
      await new Promise((resolve) => server.close(() => resolve(undefined)))
    },
    /** @param {Omit<Fault, 'times'> & { times?: number }} fault */
    fault(fault) {
      faults.push({ times: 1, ...fault })
    },
    /** Forget the faults and hooks that did not fire. */
    clearFaults() {
      faults.length = 0
      afterRead.length = 0
    },
    /** Run `fn` right after the next GraphQL read is answered. @param {() => void} fn */
    afterNextRead(fn) {
      afterRead.push(fn)
    },
    /** Requests so far, split by kind. */
    counts() {
      return {
        reads: requests.filter((r) => r.kind === 'read').length,
        writes: requests.filter((r) => r.kind === 'write').length
      }
    },
    resetCounts() {
      requests.length = 0
    }
  }
}
