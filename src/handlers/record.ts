import {
  analyseBodies,
  analysisKey,
  type BodyAnalysis
} from '../core/record/analyse.js'
import { buildRecord, type PublicRecord } from '../core/record/model.js'
import {
  renderBadge,
  renderFeed,
  renderJson,
  renderMarkdown,
  renderPage
} from '../core/record/render.js'
import { escapeHtml } from '../core/record/tldr.js'
import {
  rememberedIncidents,
  voiceOf,
  type Edit,
  type Memory
} from '../core/record/voice.js'
import { canApplyLabels, isTrustedBot } from '../core/trust.js'
import { sameActor } from '../core/pin-facts.js'
import type { LabelHistory, RecordList } from '../github/port.js'
import type { SectionSpec } from '../core/types.js'
import type { Inputs } from '../inputs.js'
import type { Logger } from './logger.js'
import type { Roles } from './roles.js'
import { trustOf } from './trust.js'

export interface RecordDeps {
  readonly list: (label: string) => Promise<RecordList>
  readonly history: LabelHistory
  readonly inputs: Inputs
  readonly roles: Roles
  readonly log: Logger
  /** `owner/repo`. */
  readonly repository: string
  /** When the record is made (only `generated` in incidents.json shows it). */
  readonly now: Date
  /** The previous record's incidents.json, when record-dir holds one: its memory. */
  readonly previous: string | null
  /** That memory already read (an organisation's, for this repository). */
  readonly memory?: Memory
  /**
   * Issues that are not reports of this repository (an organisation's notice
   * issues: the report is listed once, in its own repository).
   */
  readonly skip?: (
    issue: RecordList['issues'][number],
    viewer: string
  ) => boolean
  /**
   * The analysis of many bodies: in the action, worker threads under the time
   * budget (lint-budget.ts); by default, in this thread.
   */
  readonly analyse?: (
    bodies: readonly string[],
    specs: readonly SectionSpec[]
  ) => Promise<BodyAnalysis[]>
}

/** The record's files, by name. */
export type RecordFiles = Readonly<Record<string, string>>

/** What the record did that a maintainer should know (for the job summary). */
export interface RecordNote {
  readonly number: number
  readonly note: string
}

type Listed = RecordList['issues'][number]

/**
 * The public record: every incident under the trust rule, open or closed,
 * rendered as a page, an Atom feed, JSON, a badge and Markdown. An incident
 * the previous record listed stays while the label stays (declared stays
 * declared); text edited since by someone without a role is not published.
 */
export async function makeRecord(
  deps: RecordDeps
): Promise<{ record: PublicRecord; files: RecordFiles; notes: RecordNote[] }> {
  const { record, notes } = await recordOf(deps)
  const pageUrl = pagesUrl(deps.repository)
  return {
    record,
    notes,
    files: {
      'index.html': renderPage(record),
      'feed.xml': renderFeed(record, pageUrl),
      'incidents.json': renderJson(record),
      'badge.json': renderBadge(record),
      'INCIDENTS.md': renderMarkdown(record)
    }
  }
}

/** One repository's record, and its notes for the job summary. */
export async function recordOf(
  deps: RecordDeps
): Promise<{ record: PublicRecord; notes: RecordNote[] }> {
  const prepared = await prepareRecord(deps)
  return prepared.finish(
    await (deps.analyse ?? analyseBodies)(prepared.fresh, deps.inputs.sections)
  )
}

/**
 * A record in two steps: the reads and the trust rule first, saying which
 * bodies need an analysis (`fresh`: changed since the previous record); then,
 * given their analyses in that order, the record. An organisation analyses
 * the fresh bodies of all its repositories at once, on every worker thread.
 */
export async function prepareRecord(deps: RecordDeps): Promise<{
  readonly fresh: readonly string[]
  finish(
    freshAnalysed: readonly BodyAnalysis[]
  ): Promise<{ record: PublicRecord; notes: RecordNote[] }>
}> {
  const { list, history, inputs, roles, log, repository, now } = deps
  const read = await list(inputs.label)
  const memory = deps.memory ?? rememberedIncidents(deps.previous)
  const notes: RecordNote[] = []
  const listed: { issue: Listed; declaredAt: string | null }[] = []
  let untrusted = 0
  for (const issue of read.issues) {
    if (deps.skip?.(issue, read.viewer)) continue
    const trust = await trustOf(issue, inputs, roles, history)
    if (trust.trusted)
      listed.push({ issue, declaredAt: trust.at ?? issue.createdAt })
    else if (memory.numbers.has(issue.number)) {
      listed.push({ issue, declaredAt: null })
      notes.push({
        number: issue.number,
        note: `kept: the previous record listed it and the label stays (${trust.reason})`
      })
    } else untrusted++
  }
  if (untrusted)
    log.info(
      `Record: ${untrusted} labelled issue(s) left out: nobody who may apply labels applied it.`
    )
  const maintainer = async (login: string | null, bot: boolean) => {
    if (login === null) return false
    if (sameActor(login, read.viewer)) return true
    if (bot) return isTrustedBot(login, inputs.trustedBots)
    return canApplyLabels(await roles.of(login))
  }
  // Warm: a body the previous record analysed, unchanged and checked against
  // the same sections, keeps its analysis; only the others are analysed.
  const keys = listed.map((l) => analysisKey(l.issue.body, inputs.sections))
  const kept = listed.map((l, k) => {
    const a = memory.analyses.get(l.issue.number)
    return a && a.key === keys[k] ? a : null
  })
  const fresh = listed.flatMap((l, k) => (kept[k] ? [] : [l.issue.body]))
  return { fresh, finish: (freshAnalysed) => finish(freshAnalysed) }
  async function finish(
    freshAnalysed: readonly BodyAnalysis[]
  ): Promise<{ record: PublicRecord; notes: RecordNote[] }> {
    let next = 0
    const analysed: BodyAnalysis[] = kept.map(
      (a) => a ?? freshAnalysed[next++]!
    )
    if (fresh.length < listed.length)
      log.info(
        `Record: ${listed.length - fresh.length} unchanged report(s) kept from the previous record; ${fresh.length} checked.`
      )
    const inputsOf = []
    for (const [k, { issue, declaredAt }] of listed.entries()) {
      const bodyEdit: Edit | null =
        issue.editor && issue.lastEditedAt
          ? {
              at: issue.lastEditedAt,
              byMaintainer: await maintainer(
                issue.editor.login,
                issue.editor.bot
              )
            }
          : null
      const rename: Edit | null = issue.rename
        ? {
            at: issue.rename.at,
            byMaintainer: await maintainer(issue.rename.actor, issue.rename.bot)
          }
        : null
      const previous = memory.byNumber.get(issue.number) ?? null
      const voice = voiceOf({ declaredAt, bodyEdit, rename, previous })
      const analysis = analysed[k]!
      if (analysis.tooComplex)
        notes.push({
          number: issue.number,
          note: 'the report is too complex to check in time: listed as not complete, its summary not published'
        })
      if (voice.tldr !== 'issue')
        notes.push({
          number: issue.number,
          note:
            voice.tldr === 'previous'
              ? 'edited since by someone without a role: the previous record’s text is kept until a maintainer edits it'
              : 'edited since by someone without a role: the summary is withheld until a maintainer edits it'
        })
      if (voice.title !== 'issue')
        notes.push({
          number: issue.number,
          note: 'renamed since by someone without a role: the title awaits a maintainer'
        })
      inputsOf.push({
        issue,
        declaredAt,
        // Kept only for text the record publishes: an analysis of text edited
        // by someone without a role would publish it through incidents.json.
        ...(voice.tldr === 'issue' && !analysis.tooComplex
          ? {
              analysis: {
                key: keys[k]!,
                complete: analysis.complete,
                withheld: analysis.withheld,
                tldr: analysis.tldr,
                ...(analysis.affected ? { affected: analysis.affected } : {})
              }
            }
          : {}),
        complete: analysis.complete,
        withheld: analysis.withheld,
        tldr:
          voice.tldr === 'previous'
            ? previous?.tldr
              ? {
                  html: `<p>${escapeHtml(previous.tldr)}</p>`,
                  text: previous.tldr
                }
              : null
            : analysis.tldr,
        awaiting: voice.tldr === 'awaiting',
        // The repositories it names, by the same voice as its summary.
        affected:
          voice.tldr === 'issue'
            ? (analysis.affected ?? [])
            : voice.tldr === 'previous'
              ? (previous?.affected ?? [])
              : [],
        frozen: voice.tldr !== 'issue',
        ...(voice.title === 'previous' && previous
          ? { title: previous.title }
          : voice.title === 'placeholder'
            ? { title: `Security incident #${issue.number}` }
            : {})
      })
    }
    for (const n of notes) log.info(`Record: #${n.number}: ${n.note}`)
    const record = buildRecord(
      repository,
      read.repositoryUrl,
      now.toISOString(),
      inputsOf
    )
    return { record, notes }
  }
}

/** Where GitHub Pages serves a project site: https://OWNER.github.io/REPO/. */
export function pagesUrl(repository: string): string {
  const [owner, repo] = repository.split('/')
  return `https://${(owner ?? '').toLowerCase()}.github.io/${repo ?? ''}/`
}
