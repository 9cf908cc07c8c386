/**
 * Notice issues (SPEC "One organisation", "Several repositories, one
 * incident"): a report names the other repositories it affects in its
 * optional `Affected repositories` section; the organisation's sweep keeps
 * one notice issue in each covered one. Pure: what the notices should be,
 * and the writes that get them there.
 */
import { escapeText } from './render/escape.js'
import { cut, publishable } from './credentials.js'
import { repoKey } from './repositories.js'

/** The section that names the affected repositories (canonical name). */
export const AFFECTED_SECTION = 'Affected repositories'
/** At most this many repositories a report: a longer list is a mistake (or an attack). */
export const MAX_AFFECTED = 50

/** `owner/name#N`: the report a notice stands for. */
export type ReportRef = string

const MARKER =
  /^<!-- incident-issues:notice ([A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}#[1-9]\d{0,9}) -->$/

/** The first line of every notice. */
export const noticeMarker = (report: ReportRef) =>
  `<!-- incident-issues:notice ${report} -->`

/** The report a body's first line names as a notice, or null. */
export function noticeOf(body: string): ReportRef | null {
  const first = body.slice(0, 200).split(/\r?\n/, 1)[0] ?? ''
  return MARKER.exec(first)?.[1] ?? null
}

/** A notice the action wrote: its marker on the first line, by the token's own identity. */
export function isOwnNotice(
  issue: {
    readonly body: string
    readonly author: { readonly login: string; readonly bot: boolean } | null
  },
  viewer: string
): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '')
  return (
    noticeOf(issue.body) !== null &&
    issue.author !== null &&
    norm(issue.author.login) === norm(viewer)
  )
}

const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}'
const NAME = '[A-Za-z0-9._-]{1,100}'
const ENTRY = new RegExp(
  `^(?:[-*+]\\s+|\\d{1,3}[.)]\\s+)?(?:\\[[^\\]]{0,200}\\]\\()?(?:<)?(?:https://github\\.com/)?(${OWNER})/(${NAME}?)(?:\\.git)?/?(?:>)?\\)?\\s*$`
)

/**
 * The repositories a section's text names, one per line: `owner/name`, a
 * link to it (`https://github.com/owner/name`, in Markdown or not), in a list
 * or not. Lines that name none are returned to be said in the summary; the
 * report's own repository is left out; at most MAX_AFFECTED.
 */
export function affectedRepositories(
  text: string,
  home: string
): { readonly repositories: readonly string[]; readonly ignored: number } {
  const seen = new Map<string, string>()
  let ignored = 0
  for (const raw of text.slice(0, 20_000).split('\n')) {
    const line = raw.trim()
    if (line === '' || /^<!--.*-->$/.test(line)) continue
    const m = ENTRY.exec(line)
    const name = m ? `${m[1]}/${m[2]}` : null
    if (!name || /^\.\.?$/.test(m![2]!) || m![2]!.endsWith('.git')) {
      ignored++
      continue
    }
    if (repoKey(name) === repoKey(home) || seen.has(repoKey(name))) continue
    if (seen.size >= MAX_AFFECTED) {
      ignored++
      continue
    }
    seen.set(repoKey(name), name)
  }
  return { repositories: [...seen.values()], ignored }
}

/** What a notice says, from the report as the record may publish it. */
export interface ReportFacts {
  readonly ref: ReportRef
  readonly url: string
  /** The title the record may publish (the project's voice). */
  readonly title: string
  /** The TLDR text the record may publish; null when there is none to publish. */
  readonly tldr: string | null
  /** Why there is no TLDR to publish (withheld, awaiting a maintainer), when so. */
  readonly tldrNote: string | null
  readonly open: boolean
  readonly stateReason: string | null
  /** The covered repositories it names, less its own (keys from repoKey). */
  readonly affected: ReadonlySet<string>
  /**
   * The body was edited since by someone without a role: no notice is added
   * or removed until a maintainer edits it; the ones there follow the state.
   */
  readonly frozen: boolean
}

/** A notice issue as read in its repository. */
export interface NoticeIssue {
  readonly repository: string
  readonly number: number
  readonly title: string
  readonly body: string
  readonly open: boolean
  readonly stateReason: string | null
}

export type NoticeStep =
  | {
      readonly kind: 'create'
      readonly repository: string
      readonly title: string
      readonly body: string
    }
  | {
      readonly kind: 'update'
      readonly repository: string
      readonly number: number
      readonly title: string
      readonly body: string
    }
  | {
      readonly kind: 'close'
      readonly repository: string
      readonly number: number
      readonly reason: 'completed' | 'not_planned' | 'duplicate'
      /** Why, for the summary. */
      readonly why: string
    }
  | {
      readonly kind: 'reopen'
      readonly repository: string
      readonly number: number
    }

/** GitHub's limit for an issue title. */
const TITLE_MAX = 256

/** The notice's title and body for a report. */
export function noticeText(r: ReportFacts): { title: string; body: string } {
  const [home] = r.ref.split('#')
  // Plain text (titles are not Markdown), but a mention or an issue
  // reference in the report's title is broken as in comments: the notice
  // is the App's writing in another repository.
  const title = cut(
    publishable(`Security incident in ${home}: ${r.title}`)
      .replace(/[\t\n\r]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/([@#])(?=\S)/g, '$1\u200B')
      .replace(/\b(gh)-(?=\d)/gi, '$1\u200B-'),
    TITLE_MAX
  )
  const summary = r.tldr
    ? escapeText(r.tldr, 1000)
    : `_${r.tldrNote ?? 'The report has no summary yet.'}_`
  const body = [
    noticeMarker(r.ref),
    `**A security incident in ${home} affects this repository.**`,
    '',
    summary,
    '',
    `The report, its updates and the discussion are in ${r.ref}: ${r.url}. Please comment there, not here.`,
    '',
    '<sub>This notice is kept by incident-issues: it is updated, closed and reopened with the report.</sub>',
    ''
  ].join('\n')
  return { title, body }
}

const REASONS: Record<string, 'completed' | 'not_planned' | 'duplicate'> = {
  COMPLETED: 'completed',
  NOT_PLANNED: 'not_planned',
  DUPLICATE: 'duplicate'
}

/**
 * The writes that bring one report's notices where they should be: one in
 * each affected covered repository (created only while the report is open),
 * its title and body the report's, its state the report's (closed with the
 * same reason, reopened with it); a repository no longer named has its notice
 * closed as not planned; a second notice for one report (never written by
 * this, but someone may have) is closed as a duplicate. `notices` are the
 * action's own notices of this report, by repository key; nothing else is
 * touched. Nothing is written when nothing would change.
 */
export function planNotices(
  report: ReportFacts,
  notices: ReadonlyMap<string, readonly NoticeIssue[]>,
  covered: ReadonlyMap<string, string>
): NoticeStep[] {
  const steps: NoticeStep[] = []
  const { title, body } = noticeText(report)
  const wanted = new Set(
    report.frozen
      ? [...notices.keys()].filter((k) => covered.has(k))
      : [...report.affected].filter((k) => covered.has(k))
  )
  const reason = REASONS[report.stateReason ?? ''] ?? 'completed'
  for (const key of [...new Set([...wanted, ...notices.keys()])].sort()) {
    const mine = [...(notices.get(key) ?? [])].sort(
      (a, b) => a.number - b.number
    )
    const [keep, ...extra] = mine
    for (const e of extra)
      if (e.open)
        steps.push({
          kind: 'close',
          repository: e.repository,
          number: e.number,
          reason: 'duplicate',
          why: `a second notice of ${report.ref}`
        })
    if (!wanted.has(key)) {
      if (keep?.open)
        steps.push({
          kind: 'close',
          repository: keep.repository,
          number: keep.number,
          reason: 'not_planned',
          why: `${report.ref} no longer names this repository`
        })
      continue
    }
    if (!keep) {
      if (report.open)
        steps.push({
          kind: 'create',
          repository: covered.get(key)!,
          title,
          body
        })
      continue
    }
    if (keep.title !== title || keep.body !== body)
      steps.push({
        kind: 'update',
        repository: keep.repository,
        number: keep.number,
        title,
        body
      })
    if (report.open && !keep.open)
      steps.push({
        kind: 'reopen',
        repository: keep.repository,
        number: keep.number
      })
    else if (
      !report.open &&
      (keep.open || (REASONS[keep.stateReason ?? ''] ?? 'completed') !== reason)
    )
      steps.push({
        kind: 'close',
        repository: keep.repository,
        number: keep.number,
        reason,
        why: `${report.ref} was closed`
      })
  }
  return steps
}
