/** The checks a section can ask for (the `check` key of the `sections` input). */
export type CheckId = 'brief' | 'timeline' | 'links' | 'secrets'

export const CHECK_IDS: readonly CheckId[] = [
  'brief',
  'timeline',
  'links',
  'secrets'
]

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
  readonly line: number
  readonly column: number
  /**
   * Stable id of what produced it: `section`, `brief`, `timeline`, `links`,
   * `secrets` (credentials and personal data), or `budget` (not checked in time).
   */
  readonly source: string
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
