import type { OwnComment } from '../../src/core/comment-plan.js'
import type { RoleAnswer } from '../../src/core/trust.js'
import type { GitHubPort, IssueFacts, IssueRef } from '../../src/github/port.js'
import type { Logger } from '../../src/handlers/logger.js'

/** An in-memory GitHubPort: one issue's state, and every write in order. */
export class GitHubFake implements GitHubPort {
  readonly writes: string[] = []
  comments: OwnComment[] = []
  pinned: number[] = []
  /** Comment ids that vanish between the read and the write. */
  readonly vanished = new Set<string>()
  /** Roles by login; anyone else is not a collaborator. */
  readonly roles = new Map<string, string>([['maintainer', 'maintain']])
  /** Logins whose role was asked, in order. */
  readonly asked: string[] = []

  constructor(
    public issue: IssueFacts & { body: string },
    readonly viewer = 'github-actions[bot]'
  ) {
    if (issue.isPinned) this.pinned.push(issue.number)
  }

  async readIssue() {
    return {
      viewer: this.viewer,
      issue: {
        ...this.issue,
        isPinned: this.pinned.includes(this.issue.number),
        ownComments: [...this.comments]
      },
      pinned: []
    }
  }
  async listIncidents() {
    return {
      viewer: this.viewer,
      issues: [this.issue],
      pinned: [],
      labelName: 'security-incident'
    }
  }
  async roleOf(login: string): Promise<RoleAnswer> {
    this.asked.push(login)
    const role = this.roles.get(login)
    return role
      ? { kind: 'role', roleName: role, permissions: {} }
      : { kind: 'none' }
  }
  async pin(issue: IssueRef) {
    this.writes.push(`pin #${issue.number}`)
    this.pinned.push(issue.number)
    return 'pinned' as const
  }
  async unpin(issue: IssueRef) {
    this.writes.push(`unpin #${issue.number}`)
    this.pinned = this.pinned.filter((n) => n !== issue.number)
    return 'unpinned' as const
  }
  async createComment(_n: number, body: string) {
    this.writes.push('create')
    this.comments.push({
      id: `C${this.comments.length}`,
      databaseId: this.comments.length,
      body,
      isMinimized: false,
      createdAt: '2026-01-01'
    })
  }
  async updateComment(c: OwnComment, body: string) {
    this.writes.push('update')
    if (this.vanished.has(c.id)) return 'gone' as const
    this.comments = this.comments.map((x) =>
      x.id === c.id ? { ...x, body } : x
    )
    return 'updated' as const
  }
  async deleteComment(c: OwnComment) {
    this.writes.push('delete')
    this.comments = this.comments.filter((x) => x.id !== c.id)
    return 'deleted' as const
  }
  async minimizeComment(c: OwnComment) {
    this.writes.push('minimize')
    if (this.vanished.has(c.id)) return 'gone' as const
    this.comments = this.comments.map((x) =>
      x.id === c.id ? { ...x, isMinimized: true } : x
    )
    return 'minimized' as const
  }
  async unminimizeComment(c: OwnComment) {
    this.writes.push('unminimize')
    this.comments = this.comments.map((x) =>
      x.id === c.id ? { ...x, isMinimized: false } : x
    )
    return 'unminimized' as const
  }
  async addLabel(_n: number, label: string) {
    this.writes.push(`label +${label}`)
    this.issue = { ...this.issue, labels: [...this.issue.labels, label] }
  }
  async removeLabel(_n: number, label: string) {
    this.writes.push(`label -${label}`)
    this.issue = {
      ...this.issue,
      labels: this.issue.labels.filter((l) => l !== label)
    }
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

/** An open incident issue with a body. */
export function anIssue(
  partial: Partial<IssueFacts & { body: string }> = {}
): IssueFacts & { body: string } {
  return {
    id: 'I_1',
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
