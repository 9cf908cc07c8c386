import type { OwnComment } from '../../src/core/comment-plan.js'
import { PIN_LIMIT } from '../../src/core/pin-policy.js'
import type {
  CommentRecord,
  IncidentList,
  IssueRecord,
  IssueSnapshot
} from '../../src/core/records.js'
import type { LabelEvent, RoleAnswer } from '../../src/core/trust.js'
import type {
  GitHubPort,
  IssueRef,
  NoticeChange,
  RecordList,
  RepoContent,
  SetupPort
} from '../../src/github/port.js'
import type { Logger } from '../../src/handlers/logger.js'

type Issue = IssueRecord & { body: string }

/**
 * An in-memory GitHubPort: issues, comments, roles and pins, with GitHub's
 * limit of three pins, and every write in order. `issue` and `comments` are
 * those of the first issue added (the one most tests handle).
 */
export class GitHubFake implements GitHubPort {
  readonly writes: string[] = []
  readonly issues = new Map<number, Issue>()
  readonly threads = new Map<number, CommentRecord[]>()
  pinned: number[] = []
  /** Comment ids that vanish between the read and the write. */
  readonly vanished = new Set<string>()
  /** Roles by login; anyone else is not a collaborator. */
  readonly roles = new Map<string, string>([['maintainer', 'maintain']])
  /** Logins whose role was asked, in order. */
  readonly asked: string[] = []
  /**
   * Label events older than those an issue record carries, by issue id,
   * oldest first (its record's `labelEventsBefore` is their count); and how
   * many pages of them were read.
   */
  readonly olderEvents = new Map<string, LabelEvent[]>()
  labelEventReads = 0
  /** `owner/name`, in the URLs it gives. */
  repository = 'octo-org/octo-repo'
  /** The next issue it opens is made, but its answer is lost (a 502). */
  loseNextCreate = false
  private readonly first: number
  private nextComment = 1

  constructor(
    issue: Issue,
    readonly viewer = 'github-actions[bot]'
  ) {
    this.first = issue.number
    this.add(issue)
  }

  /** Add an issue (pinned when its record says so). */
  add(issue: Issue): this {
    this.issues.set(issue.number, issue)
    if (issue.isPinned && !this.pinned.includes(issue.number))
      this.pinned.push(issue.number)
    return this
  }

  get issue(): Issue {
    return this.issues.get(this.first)!
  }
  set issue(issue: Issue) {
    this.issues.set(this.first, issue)
  }
  get comments(): CommentRecord[] {
    return this.threads.get(this.first) ?? []
  }

  private record(number: number): Issue {
    const issue = this.issues.get(number)!
    return { ...issue, isPinned: this.pinned.includes(number) }
  }

  async readIssue(number: number): Promise<IssueSnapshot> {
    return {
      viewer: this.viewer,
      issue: this.issues.has(number)
        ? {
            ...this.record(number),
            comments: [...(this.threads.get(number) ?? [])]
          }
        : null,
      pinned: this.pinned.map((n) => this.record(n))
    }
  }
  async listIncidents(label: string): Promise<IncidentList> {
    return {
      viewer: this.viewer,
      issues: [...this.issues.keys()]
        .map((n) => this.record(n))
        .filter((i) => i.open && i.labels.includes(label)),
      pinned: this.pinned.map((n) => this.record(n)),
      labelName: label
    }
  }
  async roleOf(login: string): Promise<RoleAnswer> {
    this.asked.push(login)
    const role = this.roles.get(login)
    return role
      ? { kind: 'role', roleName: role, permissions: {} }
      : { kind: 'none' }
  }
  async olderLabelEvents(issueId: string, before: string) {
    this.labelEventReads++
    const all = this.olderEvents.get(issueId) ?? []
    const end = Math.min(Number(before), all.length)
    const start = Math.max(0, end - 100)
    return {
      events: all.slice(start, end),
      before: start > 0 ? String(start) : null
    }
  }
  async listRecord(label: string): Promise<RecordList> {
    return {
      viewer: this.viewer,
      repositoryUrl: `https://github.com/${this.repository}`,
      issues: [...this.issues.keys()]
        .map((n) => this.record(n))
        .filter((i) => i.labels.includes(label))
        .map((i) => ({
          ...i,
          url: `https://github.com/${this.repository}/issues/${i.number}`,
          lastEditedAt: null,
          editor: null,
          lastStateChangeAt: null,
          rename: null
        }))
    }
  }
  /** The repository's labels and files, for the readiness check. */
  readonly repoLabels = new Set<string>(['security-incident'])
  readonly files = new Map<string, string>()
  readonly setup: SetupPort = {
    listLabels: async () => [...this.repoLabels],
    createLabel: async (name) => {
      this.writes.push(`create label ${name}`)
      this.repoLabels.add(name)
    },
    readContent: async (path): Promise<RepoContent | null> => {
      const text = this.files.get(path)
      if (text !== undefined) return { type: 'file', text }
      const prefix = path === '' ? '' : `${path}/`
      const entries = [...this.files.keys()]
        .filter((f) => f.startsWith(prefix))
        .map((f) => f.slice(prefix.length).split('/')[0]!)
      return entries.length
        ? { type: 'dir', entries: [...new Set(entries)] }
        : null
    },
    workflowState: async () => 'active'
  }
  /** A notice issue, opened by the token's identity with its labels. */
  async createIssue(title: string, body: string, labels: readonly string[]) {
    this.writes.push(`open issue ${title}`)
    const number = Math.max(0, ...this.issues.keys()) + 1
    const actor = this.viewer.replace(/\[bot\]$/, '')
    this.add(
      anIssue({
        id: `I_${this.repository}#${number}`,
        number,
        title,
        body,
        author: { login: actor, bot: true },
        labels: [...labels],
        labelEvents: labels.map((label) => ({ label, actor, bot: true }))
      })
    )
    if (this.loseNextCreate) {
      this.loseNextCreate = false
      throw Object.assign(
        new Error('GitHub answered 502 (the answer was lost)'),
        {
          status: 502
        }
      )
    }
    return number
  }
  async updateIssue(number: number, change: NoticeChange) {
    this.writes.push(`update #${number} ${JSON.stringify(change)}`)
    const issue = this.issues.get(number)
    if (!issue) return 'gone' as const
    this.issues.set(number, {
      ...issue,
      ...(change.title !== undefined ? { title: change.title } : {}),
      ...(change.body !== undefined ? { body: change.body } : {}),
      ...(change.state === 'closed'
        ? {
            open: false,
            closedAt: '2026-03-10T12:00:00Z',
            stateReason: (
              change.stateReason ?? 'completed'
            ).toUpperCase() as Issue['stateReason']
          }
        : change.state === 'open'
          ? {
              open: true,
              closedAt: null,
              stateReason: 'REOPENED'
            }
          : {})
    })
    return 'updated' as const
  }
  async pin(issue: IssueRef) {
    this.writes.push(`pin #${issue.number}`)
    if (this.pinned.includes(issue.number)) return 'already-pinned' as const
    if (this.pinned.length >= PIN_LIMIT) return 'limit' as const
    this.pinned.push(issue.number)
    return 'pinned' as const
  }
  async unpin(issue: IssueRef) {
    this.writes.push(`unpin #${issue.number}`)
    if (!this.pinned.includes(issue.number)) return 'not-pinned' as const
    this.pinned = this.pinned.filter((n) => n !== issue.number)
    return 'unpinned' as const
  }
  async createComment(number: number, body: string) {
    this.writes.push('create')
    const id = this.nextComment++
    this.threads.set(number, [
      ...(this.threads.get(number) ?? []),
      {
        id: `C${id}`,
        databaseId: id,
        body,
        isMinimized: false,
        createdAt: '2026-01-01',
        viewerDidAuthor: true
      }
    ])
  }
  private edit(
    c: OwnComment,
    change: (x: CommentRecord) => CommentRecord | null
  ) {
    for (const [n, thread] of this.threads)
      this.threads.set(
        n,
        thread.flatMap((x) => {
          if (x.id !== c.id) return [x]
          const changed = change(x)
          return changed ? [changed] : []
        })
      )
  }
  /** Whether a comment is still in some thread. */
  private exists(c: OwnComment): boolean {
    return (
      !this.vanished.has(c.id) &&
      [...this.threads.values()].some((t) => t.some((x) => x.id === c.id))
    )
  }
  async updateComment(c: OwnComment, body: string) {
    this.writes.push('update')
    if (!this.exists(c)) return 'gone' as const
    this.edit(c, (x) => ({ ...x, body }))
    return 'updated' as const
  }
  async deleteComment(c: OwnComment) {
    this.writes.push('delete')
    if (!this.exists(c)) return 'gone' as const
    this.edit(c, () => null)
    return 'deleted' as const
  }
  async minimizeComment(c: OwnComment) {
    this.writes.push('minimize')
    if (!this.exists(c)) return 'gone' as const
    this.edit(c, (x) => ({ ...x, isMinimized: true }))
    return 'minimized' as const
  }
  async unminimizeComment(c: OwnComment) {
    this.writes.push('unminimize')
    if (!this.exists(c)) return 'gone' as const
    this.edit(c, (x) => ({ ...x, isMinimized: false }))
    return 'unminimized' as const
  }
  async addLabel(n: number, label: string) {
    this.writes.push(`label +${label}`)
    const issue = this.issues.get(n)!
    this.issues.set(n, { ...issue, labels: [...issue.labels, label] })
  }
  async removeLabel(n: number, label: string) {
    this.writes.push(`label -${label}`)
    const issue = this.issues.get(n)!
    if (!issue.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
      return 'absent' as const
    this.issues.set(n, {
      ...issue,
      labels: issue.labels.filter(
        (l) => l.toLowerCase() !== label.toLowerCase()
      )
    })
    return 'removed' as const
  }
}

/** A logger that keeps its lines. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (l) => void lines.push(l),
    warning: (l) => void lines.push(`warning: ${l}`),
    did: (n, what) => void lines.push(`#${n}: ${what}`),
    group: (_name, fn) => fn()
  }
}

/** An open incident issue with a body, labelled by a maintainer. */
export function anIssue(partial: Partial<Issue> = {}): Issue {
  return {
    id: `I_${partial.number ?? 1}`,
    number: 1,
    title: 'Incident',
    open: true,
    closedAt: null,
    stateReason: null,
    createdAt: '2026-01-01T00:00:00Z',
    author: { login: 'reporter', bot: false },
    labelEvents: [
      { label: 'security-incident', actor: 'maintainer', bot: false }
    ],
    labelEventsComplete: true,
    labels: ['security-incident'],
    isPinned: false,
    lastPinEvent: null,
    pinnedBy: null,
    body: '',
    ...partial
  }
}
