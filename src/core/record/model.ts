import type { IssueRecord } from '../records.js'

/** One incident of the public record. */
export interface RecordIncident {
  readonly number: number
  readonly title: string
  readonly url: string
  readonly state: 'open' | 'closed'
  readonly stateReason: string | null
  readonly createdAt: string
  readonly closedAt: string | null
  /** When its report or state last changed (from the data, never the clock). */
  readonly updatedAt: string
  readonly pinned: boolean
  readonly complete: boolean
  /** Safe HTML and plain text of the TLDR; null when withheld or missing. */
  readonly tldr: { readonly html: string; readonly text: string } | null
  /** The report holds a credential: the TLDR is withheld until it is cleaned. */
  readonly withheld: boolean
  /**
   * Edited since by someone without a role, and no earlier text to keep: the
   * TLDR awaits a maintainer.
   */
  readonly awaiting: boolean
  /** The body's analysis and its key, kept for the next record (warm). */
  readonly analysis?: KeptAnalysis
  /** Other repositories it affects (its `Affected repositories` section). */
  readonly affected?: readonly string[]
  /**
   * Edited since by someone without a role: the notices of other
   * repositories are neither added nor removed until a maintainer edits it.
   */
  readonly frozen?: boolean
}

/** An analysis as the next record finds it in incidents.json. */
export interface KeptAnalysis {
  readonly key: string
  readonly complete: boolean
  readonly withheld: boolean
  readonly tldr: { readonly html: string; readonly text: string } | null
  /** The repositories its `Affected repositories` section names. */
  readonly affected?: readonly string[]
}

/** The record: every incident under the trust rule, in the order of the page. */
export interface PublicRecord {
  readonly repository: string
  readonly repositoryUrl: string
  /** When the record was made: the one value that comes from the clock. */
  readonly generated: string
  readonly incidents: readonly RecordIncident[]
  /** Closed as not planned or duplicate: left out, counted. */
  readonly leftOut: number
}

/** An issue the record lists, as read, with what the linter found. */
export interface RecordInput {
  readonly issue: IssueRecord & {
    readonly url: string
    readonly lastEditedAt: string | null
    readonly lastStateChangeAt?: string | null
  }
  readonly complete: boolean
  readonly withheld: boolean
  readonly tldr: { readonly html: string; readonly text: string } | null
  /** The title to publish, when not the issue's own (see voice.ts). */
  readonly title?: string
  /** The TLDR awaits a maintainer (see voice.ts). */
  readonly awaiting?: boolean
  /** When a maintainer declared it (the label event), when known. */
  readonly declaredAt?: string | null
  readonly analysis?: KeptAnalysis
  readonly affected?: readonly string[]
  readonly frozen?: boolean
}

const latest = (...dates: (string | null)[]) =>
  dates
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1)!

/** Order and count: open first, then newest first; not planned and duplicates left out. */
export function buildRecord(
  repository: string,
  repositoryUrl: string,
  generated: string,
  inputs: readonly RecordInput[]
): PublicRecord {
  const dismissed = (i: RecordInput) =>
    !i.issue.open &&
    (i.issue.stateReason === 'NOT_PLANNED' ||
      i.issue.stateReason === 'DUPLICATE')
  const listed = inputs.filter((i) => !dismissed(i))
  const incidents = listed
    .map(
      ({
        issue,
        complete,
        withheld,
        tldr,
        title,
        awaiting = false,
        declaredAt = null,
        analysis,
        affected = [],
        frozen = false
      }): RecordIncident => ({
        ...(analysis ? { analysis } : {}),
        ...(affected.length ? { affected } : {}),
        ...(frozen ? { frozen } : {}),
        number: issue.number,
        title: title ?? issue.title,
        url: issue.url,
        state: issue.open ? 'open' : 'closed',
        stateReason: issue.stateReason,
        createdAt: issue.createdAt,
        closedAt: issue.open ? null : issue.closedAt,
        // The latest change, whichever it was: a reopen moves it forward too.
        updatedAt: latest(
          issue.createdAt,
          issue.lastEditedAt,
          issue.open ? null : issue.closedAt,
          issue.lastStateChangeAt ?? null,
          declaredAt
        ),
        pinned: issue.isPinned,
        complete,
        tldr: withheld || awaiting ? null : tldr,
        withheld,
        awaiting: awaiting && !withheld
      })
    )
    .sort(
      (a, b) =>
        (a.state === 'open' ? 0 : 1) - (b.state === 'open' ? 0 : 1) ||
        b.createdAt.localeCompare(a.createdAt) ||
        b.number - a.number
    )
  return {
    repository,
    repositoryUrl,
    generated,
    incidents,
    leftOut: inputs.length - listed.length
  }
}
