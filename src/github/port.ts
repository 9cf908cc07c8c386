import type { OwnComment } from '../core/comment-plan.js'
import type {
  IncidentList,
  IssueRecord,
  IssueSnapshot
} from '../core/records.js'
import type { LabelEvent, RoleAnswer } from '../core/trust.js'
import type { RepositoryFacts } from '../core/repositories.js'

export interface IssueRef {
  readonly id: string
  readonly number: number
}

/** Earlier label events of an issue, for the trust rule. */
export interface LabelHistory {
  /**
   * The label events before the cursor `before` (oldest first), and the
   * cursor to page back from next (null when there are none earlier).
   */
  olderLabelEvents(
    issueId: string,
    before: string
  ): Promise<{ events: LabelEvent[]; before: string | null }>
}

/**
 * Every read and write the action makes, and nothing else. Writes answer with
 * the state they found; known-benign failures (already pinned, a comment that
 * vanished) are states, not errors.
 */
export interface GitHubPort extends LabelHistory {
  readIssue(number: number): Promise<IssueSnapshot>
  listIncidents(label: string): Promise<IncidentList>
  /** A person's role in the repository (REST collaborator permission). */
  roleOf(login: string): Promise<RoleAnswer>
  pin(issue: IssueRef): Promise<'pinned' | 'already-pinned' | 'limit'>
  unpin(issue: IssueRef): Promise<'unpinned' | 'not-pinned'>
  createComment(number: number, body: string): Promise<void>
  updateComment(comment: OwnComment, body: string): Promise<'updated' | 'gone'>
  deleteComment(comment: OwnComment): Promise<'deleted' | 'gone'>
  minimizeComment(comment: OwnComment): Promise<'minimized' | 'gone'>
  unminimizeComment(comment: OwnComment): Promise<'unminimized' | 'gone'>
  addLabel(number: number, label: string): Promise<void>
  removeLabel(number: number, label: string): Promise<'removed' | 'absent'>
  /** Every issue with the label, open or closed, with its body: the record's read. */
  listRecord(label: string): Promise<RecordList>
  /** The readiness check's reads, and the label it may create. */
  readonly setup: SetupPort
}

/** A file or folder of the repository through the contents API. */
export type RepoContent =
  | { readonly type: 'file'; readonly text: string }
  | { readonly type: 'dir'; readonly entries: readonly string[] }

/** The reads (and one write) of the readiness check. */
export interface SetupPort {
  /** Every label of the repository. */
  listLabels(): Promise<string[]>
  createLabel(name: string, color: string, description: string): Promise<void>
  /** A path of the default branch; null when there is none. */
  readContent(path: string): Promise<RepoContent | null>
  /** GitHub's state of a workflow (`active`, `disabled_inactivity`, …) by file name. */
  workflowState(file: string): Promise<string | null>
}

/** Every issue with the label, open or closed, with its body: the record's read. */
export interface RecordList {
  readonly viewer: string
  readonly repositoryUrl: string
  readonly issues: readonly (IssueRecord & {
    readonly body: string
    readonly url: string
    readonly lastEditedAt: string | null
    /** Who edited the body last (GraphQL `Issue.editor`); null when never. */
    readonly editor: { readonly login: string; readonly bot: boolean } | null
    /** When it was last closed or reopened. */
    readonly lastStateChangeAt: string | null
    /** The latest title change; null when never renamed. */
    readonly rename: {
      readonly at: string
      readonly actor: string | null
      readonly bot: boolean
    } | null
  })[]
}

/** One repository's answer in a read of many: its value, or why it could not be served. */
export type PerRepository<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly why: string }

/**
 * The reads of an organisation (SPEC "One organisation"): discovery, and each
 * repository's incidents and record, many repositories a request. Keyed by
 * `repoKey` (lower-case `owner/name`). One repository's failure is its own
 * answer, never an exception for the others.
 */
export interface OrganisationPort {
  /**
   * The repositories the token can see under `owner`: the App installation's
   * list, or (a token that is not an installation's) the owner's.
   */
  listRepositories(owner: string): Promise<{
    readonly repositories: readonly RepositoryFacts[]
    readonly via: 'installation' | 'owner'
  }>
  listIncidentsOf(
    repositories: readonly string[],
    label: string
  ): Promise<ReadonlyMap<string, PerRepository<IncidentList>>>
  listRecordOf(
    repositories: readonly string[],
    label: string
  ): Promise<ReadonlyMap<string, PerRepository<RecordList>>>
  /** One repository's port (`owner/name`). */
  repository(name: string): GitHubPort
  /** One repository's notice writes (`owner/name`). */
  notices(name: string): NoticePort
}

/** A change of a notice issue: its text, or its state. */
export interface NoticeChange {
  readonly title?: string
  readonly body?: string
  readonly state?: 'open' | 'closed'
  readonly stateReason?: 'completed' | 'not_planned' | 'duplicate'
}

/** The writes of notice issues (SPEC "Several repositories, one incident"). */
export interface NoticePort {
  /** Open an issue with these labels (applied by the token's identity); its number. */
  createIssue(
    title: string,
    body: string,
    labels: readonly string[]
  ): Promise<number>
  updateIssue(number: number, change: NoticeChange): Promise<'updated' | 'gone'>
}
