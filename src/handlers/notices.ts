import type { PublicRecord } from '../core/record/model.js'
import { summaryNote } from '../core/record/render.js'
import {
  isOwnNotice,
  noticeOf,
  planNotices,
  type NoticeIssue,
  type NoticeStep,
  type ReportFacts,
  type ReportRef
} from '../core/notices.js'
import { repoKey } from '../core/repositories.js'
import type { NoticePort, RecordList } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import { attempter, type RefusedWrite } from './attempt.js'
import type { Logger } from './logger.js'

/** What happened to one notice. */
export interface NoticeLine {
  readonly repository: string
  /** The notice's number; null when it could not be opened. */
  readonly number: number | null
  readonly did: string
}

export interface NoticesResult {
  /** Per report (`owner/name#N`), its notices and what happened to each. */
  readonly reports: ReadonlyMap<ReportRef, readonly NoticeLine[]>
  /** Issues with a notice marker the token did not write: left alone. */
  readonly foreign: readonly {
    readonly repository: string
    readonly number: number
    readonly report: ReportRef
  }[]
  /** Repositories where a notice was opened, closed or reopened (their pins follow). */
  readonly changed: readonly string[]
  /** Repositories where a notice write was refused, and why. */
  readonly failed: readonly { readonly name: string; readonly why: string }[]
}

export interface NoticesDeps {
  readonly inputs: Inputs
  /** The token's identity (GraphQL `viewer`): the author of every notice. */
  readonly viewer: string
  /** The covered repositories (`owner/name`). */
  readonly covered: readonly string[]
  /** Each covered repository's labelled issues as read for the record, by key. */
  readonly reads: ReadonlyMap<string, RecordList>
  /** Each repository's record: its incidents under the trust rule and the project's voice. */
  readonly records: readonly PublicRecord[]
  /** A repository's notice writes (dry-run: described, never sent). */
  readonly notices: (repository: string) => NoticePort
  /** Re-reads a repository's labelled issues (after a create whose answer was lost). */
  readonly reread: (repository: string) => Promise<RecordList>
  readonly logFor: (repository: string) => Logger
}

const REASON: Record<string, 'completed' | 'not_planned' | 'duplicate'> = {
  COMPLETED: 'completed',
  NOT_PLANNED: 'not_planned',
  DUPLICATE: 'duplicate'
}

/**
 * Keep one notice issue per report in each affected covered repository
 * (core/notices.ts decides; this reads what is there and writes the steps,
 * each on its own). Never two for one report in one repository (found by
 * marker and author first; a create whose answer was lost is looked for
 * again before it counts as failed), never an edit to an issue the token did
 * not write, never a repository outside `repositories`.
 */
export async function keepNotices(deps: NoticesDeps): Promise<NoticesResult> {
  const { viewer } = deps
  const covered = new Map(deps.covered.map((r) => [repoKey(r), r]))
  // What is there: the action's own notices by report and repository, and
  // anyone else's issue that carries a marker.
  const own = new Map<ReportRef, Map<string, NoticeIssue[]>>()
  const foreign: { repository: string; number: number; report: ReportRef }[] =
    []
  const states = new Map<ReportRef, { open: boolean; reason: string | null }>()
  for (const [key, list] of deps.reads) {
    const repository = covered.get(key)
    if (!repository) continue
    for (const issue of list.issues) {
      states.set(`${key}#${issue.number}`, {
        open: issue.open,
        reason: issue.stateReason
      })
      const report = noticeOf(issue.body)
      if (!report) continue
      if (!isOwnNotice(issue, viewer)) {
        foreign.push({ repository, number: issue.number, report })
        continue
      }
      const ref = report.toLowerCase()
      const byRepo = own.get(ref) ?? new Map<string, NoticeIssue[]>()
      byRepo.set(key, [
        ...(byRepo.get(key) ?? []),
        {
          repository,
          number: issue.number,
          title: issue.title,
          body: issue.body,
          open: issue.open,
          stateReason: issue.stateReason
        }
      ])
      own.set(ref, byRepo)
    }
  }

  const plans: { ref: ReportRef; steps: NoticeStep[] }[] = []
  const handled = new Set<string>()
  for (const record of deps.records) {
    for (const i of record.incidents) {
      const ref: ReportRef = `${record.repository}#${i.number}`
      handled.add(ref.toLowerCase())
      const facts: ReportFacts = {
        ref,
        url: i.url,
        title: i.title,
        tldr: summaryNote(i) ? null : (i.tldr?.text ?? null),
        tldrNote: summaryNote(i),
        open: i.state === 'open',
        stateReason: i.stateReason,
        affected: new Set(
          (i.affected ?? [])
            .map(repoKey)
            .filter((k) => k !== repoKey(record.repository))
        ),
        frozen: i.frozen ?? false
      }
      const steps = planNotices(
        facts,
        own.get(ref.toLowerCase()) ?? new Map(),
        covered
      )
      if (steps.length || own.has(ref.toLowerCase())) plans.push({ ref, steps })
    }
  }
  // Notices of a report that is no longer an incident here (the label was
  // removed, it was closed as not planned, it is gone): closed, with the
  // report's reason when it is closed, else as not planned. Only when its
  // repository was read: a repository that failed tonight keeps its notices.
  for (const [ref, byRepo] of own) {
    if (handled.has(ref)) continue
    const home = ref.split('#')[0]!
    if (!deps.reads.has(home)) continue
    const state = states.get(ref)
    const reason = REASON[state?.reason ?? ''] ?? 'not_planned'
    const steps: NoticeStep[] = []
    for (const notices of byRepo.values())
      for (const n of notices)
        if (n.open)
          steps.push({
            kind: 'close',
            repository: n.repository,
            number: n.number,
            reason: state && !state.open ? reason : 'not_planned',
            why: `${ref} is no longer an incident`
          })
    plans.push({ ref: displayRef(ref, deps.records, covered), steps })
  }

  const reports = new Map<ReportRef, NoticeLine[]>()
  const changed = new Set<string>()
  const refused = new Map<string, RefusedWrite[]>()
  const attempts = new Map<string, ReturnType<typeof attempter>>()
  const attemptIn = (repository: string) => {
    let a = attempts.get(repoKey(repository))
    if (!a) {
      const list: RefusedWrite[] = []
      refused.set(repository, list)
      a = attempter(deps.logFor(repository), list)
      attempts.set(repoKey(repository), a)
    }
    return a
  }
  for (const { ref, steps } of plans) {
    const lines: NoticeLine[] = []
    const existing = own.get(ref.toLowerCase()) ?? new Map()
    for (const step of steps) {
      const port = deps.notices(step.repository)
      const attempt = attemptIn(step.repository)
      const log = deps.logFor(step.repository)
      if (step.kind === 'create') {
        const made = await attempt(
          0,
          `open the notice of ${ref}`,
          () => port.createIssue(step.title, step.body, [deps.inputs.label]),
          async () =>
            (await deps.reread(step.repository)).issues.some(
              (i) =>
                noticeOf(i.body)?.toLowerCase() === ref.toLowerCase() &&
                isOwnNotice(i, viewer)
            )
        )
        if (made.ok || made.landed) {
          changed.add(step.repository)
          const number = made.ok ? made.value : null
          log.did(number ?? 0, `opened the notice of ${ref}`)
          lines.push({ repository: step.repository, number, did: 'opened' })
        } else
          lines.push({
            repository: step.repository,
            number: null,
            did: 'not opened: GitHub refused (named below)'
          })
        continue
      }
      const change =
        step.kind === 'update'
          ? { title: step.title, body: step.body }
          : step.kind === 'close'
            ? { state: 'closed' as const, stateReason: step.reason }
            : { state: 'open' as const }
      const what =
        step.kind === 'update'
          ? 'updated (title or summary changed)'
          : step.kind === 'close'
            ? `closed as ${step.reason.replace('_', ' ')} (${step.why})`
            : 'reopened with the report'
      const done = await attempt(
        step.number,
        `${step.kind} the notice of ${ref}`,
        () => port.updateIssue(step.number, change)
      )
      if (done.ok && done.value === 'updated') {
        if (step.kind !== 'update') changed.add(step.repository)
        log.did(step.number, `notice of ${ref} ${what}`)
      }
      lines.push({
        repository: step.repository,
        number: step.number,
        did: done.ok
          ? done.value === 'gone'
            ? 'gone since it was read'
            : what
          : done.landed
            ? what
            : 'refused by GitHub (named below)'
      })
    }
    // The notices that needed nothing, so that the summary lists them all.
    for (const notices of existing.values())
      for (const n of notices as NoticeIssue[])
        if (
          !lines.some(
            (l) => l.repository === n.repository && l.number === n.number
          )
        )
          lines.push({
            repository: n.repository,
            number: n.number,
            did: 'up to date'
          })
    reports.set(ref, lines)
  }
  const failed = [...refused]
    .filter(([, list]) => list.length > 0)
    .map(([name, list]) => ({
      name,
      why: `GitHub refused ${list.length} notice write${list.length === 1 ? '' : 's'} (${list
        .map((r) => `${r.what}: ${r.message}`)
        .join('; ')})`.slice(0, 600)
    }))
  return { reports, foreign, changed: [...changed], failed }
}

/** A report's reference as its repository spells it, when known. */
function displayRef(
  ref: string,
  records: readonly PublicRecord[],
  covered: ReadonlyMap<string, string>
): ReportRef {
  const [home, number] = ref.split('#')
  const name =
    records.find((r) => repoKey(r.repository) === home)?.repository ??
    covered.get(home!) ??
    home
  return `${name}#${number}`
}
