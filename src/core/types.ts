/**
 * The words of this project, one name per concept:
 *
 * - **issue record** (`IssueRecord`, core/records.ts): what GitHub said about
 *   one issue; **comment record** (`CommentRecord`): one comment of a thread.
 * - **issue snapshot** (`IssueSnapshot`): the one read an issue event makes
 *   (the viewer, the issue with its body and comments, the pinned issues);
 *   **incident list** (`IncidentList`): the sweep's read.
 * - **own comment** (`OwnComment`): a report comment of the action's own,
 *   chosen from the comment records by author and marker (comment-plan.ts).
 * - **trust** (trust.ts): who applied the incident label, and whether that
 *   makes the issue an incident.
 * - **pin facts** (`PinFacts`): what the pin policy needs of an issue,
 *   derived from an issue record (pin-facts.ts); **pin decision** and **pin
 *   plan**: what one issue wants, and the steps within three pins.
 * - **happened** (`Happened`): what the event did to the issue, from the route.
 * - **plans** (`PinPlan`, `CommentStep[]`, `LabelStep[]`): pure decisions
 *   that the handlers apply, each write on its own.
 * - **report** (`Report`): the linter's result, made of **section reports**
 *   and **findings**; a finding carries the check (`source`) and the stable
 *   `rule` that made it.
 * - **outcome** (`IssueOutcome`, `SweepRow`): what a run did, for the outputs
 *   and the job summary.
 */

/**
 * What the event did to the handled issue: the incident label was just
 * removed, the sweep just pinned it (only its comment may need an update), or
 * anything else that asks for a check.
 */
export type Happened = 'label-removed' | 'pinned-by-sweep' | 'changed'

/** The checks a section can ask for (the `check` key of the `sections` input). */
export type CheckId = 'brief' | 'timeline' | 'links' | 'personal-data'

export const CHECK_IDS: readonly CheckId[] = [
  'brief',
  'timeline',
  'links',
  'personal-data'
]

/** Old names still accepted in the `sections` input, so that no workflow breaks. */
export const CHECK_ALIASES: Readonly<Record<string, CheckId>> = {
  secrets: 'personal-data'
}

/**
 * What made a finding: a section check, the section finder, the body-wide
 * credential scan, or the time budget.
 */
export type FindingSource = CheckId | 'section' | 'credentials' | 'budget'

/** One configured section (from the `sections` input or the defaults). */
export interface SectionSpec {
  readonly name: string
  readonly required: boolean
  readonly aliases: readonly string[]
  readonly check?: CheckId
}

export type Severity = 'error' | 'warning' | 'info'

/** A position in the issue body: 1-based line and column. */
export interface Point {
  readonly line: number
  readonly column: number
}

/** What a check or the section finder reports. Never carries text that may be a secret. */
export interface Finding {
  readonly severity: Severity
  readonly message: string
  /** Where it starts (1-based). */
  readonly line: number
  readonly column: number
  /** Where it ends, when the finding covers a span (a credential, a heading). */
  readonly end?: Point
  /** What made it; stamped by the registry for checks. */
  readonly source: FindingSource
  /**
   * A stable id of the rule within its source (`missing-section`,
   * `timeline-order`, `credential`, …): code filters by it, never by message.
   */
  readonly rule: string
  /** A related place, such as the previous timeline entry or the first duplicate. */
  readonly cause?: { readonly message: string; readonly line: number }
}

/** A section as found in the body. */
export interface FoundSection {
  readonly spec: SectionSpec
  /** How the section was written: a heading, a bold label or a `Label:` paragraph. */
  readonly kind: 'heading' | 'bold' | 'label'
  /** The heading or label text as written (user text: escape before rendering). */
  readonly title: string
  readonly start: Point
  /** Line where the title ends (a setext heading or a bold label may span lines). */
  readonly titleEndLine: number
  /** Line of the last character of the section's content (or of its title when empty). */
  readonly endLine: number
  /** Offsets of the content in the body, [start, end). */
  readonly contentStart: number
  readonly contentEnd: number
  readonly empty: boolean
  /** Plain text of the content, comments and placeholders removed. */
  readonly text: string
  /** Top-level mdast nodes of the content (a labelled paragraph's rest is a synthetic paragraph). */
  readonly nodes: readonly import('mdast').RootContent[]
}

/** One section in the `report` output. */
export interface SectionReport {
  readonly name: string
  readonly required: boolean
  readonly present: boolean
  readonly empty: boolean
  readonly line: number | null
  /**
   * The heading or label as written (user text: escape before rendering), or
   * null when the section is missing or a credential sits on that line.
   */
  readonly title: string | null
  readonly findings: readonly Finding[]
}

/** The `report` output, and what the comment is rendered from. */
export interface Report {
  readonly issue: number | null
  readonly complete: boolean
  readonly missing: readonly string[]
  readonly sections: readonly SectionReport[]
  /** Findings outside every section (a secret in the preamble, say). */
  readonly findings: readonly Finding[]
  /**
   * Headings that name no configured section (the first ten; user text, escape
   * before rendering; none from a line holding a credential).
   */
  readonly otherHeadings: readonly {
    readonly title: string
    readonly line: number
  }[]
}

/** What a run did to one issue: the outputs and the job summary are made from it. */
export interface IssueOutcome {
  readonly number: number
  /** The issue's title as written (user text: escape before rendering). */
  readonly title: string
  readonly found: boolean
  /** The issue carries the label and a maintainer (or a trusted bot) applied it. */
  readonly incident: boolean
  /** Why a labelled issue is not an incident (nobody trusted applied the label), or null. */
  readonly untrusted: string | null
  /** GitHub refused to tell the role of the person who applied the label. */
  readonly roleRefused: boolean
  readonly report: Report | null
  readonly pinnedBefore: boolean
  readonly pinned: boolean
  /** Why the pin is as it is (or why it could not be pinned); names no other issue. */
  readonly pinReason: string
  readonly pinBlocked: boolean
}

/** One row of the sweep: an incident, its pin before and after, and why. */
export interface SweepRow {
  readonly number: number
  readonly title: string
  readonly state: 'open' | 'closed'
  readonly closedAt: string | null
  readonly daysClosed: number | null
  readonly pinnedBefore: boolean
  readonly pinnedAfter: boolean
  readonly why: string
}
