import { analyseBodies, type BodyAnalysis } from '../core/record/analyse.js'
import type { PublicRecord, RecordIncident } from '../core/record/model.js'
import {
  organisationFiles,
  type OrganisationRecord
} from '../core/record/organisation.js'
import { escapeHtml } from '../core/record/tldr.js'
import { publishable } from '../core/credentials.js'
import { rememberedByRepository } from '../core/record/voice.js'
import { repoKey } from '../core/repositories.js'
import { AFFECTED_SECTION, isOwnNotice, noticeOf } from '../core/notices.js'
import type { SectionSpec } from '../core/types.js'
import type { OrganisationPort, RecordList } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import type { Logger } from './logger.js'
import { pagesUrl, prepareRecord, type RecordNote } from './record.js'
import type { Roles } from './roles.js'

export interface OrganisationRecordDeps {
  readonly org: OrganisationPort
  readonly inputs: Inputs
  readonly logFor: (repository: string) => Logger
  /** The roles of one repository's people, shared with the sweep of the run. */
  readonly rolesFor: (repository: string) => Roles
  /** The workflow's repository: where the record is published. */
  readonly home: string
  readonly now: Date
  readonly previous: string | null
  readonly analyse?: (
    bodies: readonly string[],
    specs: readonly SectionSpec[]
  ) => Promise<BodyAnalysis[]>
  /**
   * Only what the notice issues need (no record is written): the reports
   * whose body may name affected repositories, and those with notices. The
   * others are not analysed.
   */
  readonly noticesOnly?: boolean
}

/**
 * The record of every covered repository: each one under its own rules
 * (its labellers' roles, its memory in the previous incidents.json). A
 * repository that cannot be read keeps the previous record's entries for it
 * (nothing published is lost to one refused read) and is named as failed.
 */
export async function organisationRecord(
  deps: OrganisationRecordDeps,
  repositories: readonly string[]
): Promise<{
  files: Record<string, string>
  /** Each repository's labelled issues as read, by key (the notices' read). */
  reads: ReadonlyMap<string, RecordList>
  /** Each repository's record (its incidents under the trust rule and the voice). */
  records: readonly PublicRecord[]
  /** The token's identity, as GraphQL's viewer. */
  viewer: string
  /** How long rendering the files took (the record's own time, with the analysis). */
  renderMs: number
  incidents: number
  notes: (RecordNote & { repository: string })[]
  failed: { name: string; why: string }[]
}> {
  const { org, inputs, now } = deps
  const lists = await org.listRecordOf(repositories, inputs.label)
  const memory = rememberedByRepository(deps.previous)
  // Without a record, only the reports the notices need are analysed.
  const names = inputs.sections.find((s) => s.name === AFFECTED_SECTION)
  const mentions = names
    ? new RegExp(
        // Within one line: never a backtrack across lines (a hostile body).
        `^[ \\t>#*_]*(?:${[names.name, ...(names.aliases ?? [])]
          .map((n) =>
            n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[ \\t]+')
          )
          .join('|')})`,
        'im'
      )
    : null
  const noticed = new Set<string>()
  for (const answer of lists.values())
    if (answer.ok)
      for (const issue of answer.value.issues) {
        const ref = noticeOf(issue.body)
        if (ref && isOwnNotice(issue, answer.value.viewer))
          noticed.add(ref.toLowerCase())
      }
  const needed = (
    repository: string,
    issue: { number: number; body: string }
  ) =>
    !deps.noticesOnly ||
    noticed.has(`${repoKey(repository)}#${issue.number}`) ||
    (mentions !== null && mentions.test(issue.body.slice(0, 65_536)))
  const carried = carriedOver(deps.previous)
  const records: PublicRecord[] = []
  const notes: (RecordNote & { repository: string })[] = []
  const failed: { name: string; why: string }[] = []
  // The reads and the trust rule of each repository first; then the fresh
  // bodies of all of them analysed at once (every worker thread busy); then
  // each repository's record.
  const prepared: {
    repository: string
    step: Awaited<ReturnType<typeof prepareRecord>>
  }[] = []
  const carriedFor = new Set<string>()
  const fail = (repository: string, error: unknown) => {
    const key = repoKey(repository)
    const kept = carried.get(key) ?? []
    failed.push({
      name: repository,
      why: `the record could not read it (${(error as Error).message.replace(/\s+/g, ' ').slice(0, 300)})${kept.length ? `; the previous record's ${kept.length} incident(s) of it are kept` : ''}`
    })
    carriedFor.add(repository)
    if (kept.length)
      records.push({
        repository,
        repositoryUrl: `https://github.com/${repository}`,
        generated: now.toISOString(),
        incidents: kept,
        leftOut: 0
      })
  }
  for (const repository of repositories) {
    const key = repoKey(repository)
    const answer = lists.get(key)
    try {
      if (!answer || !answer.ok)
        throw new Error(answer?.why ?? 'not read (no answer from GitHub)')
      const port = org.repository(repository)
      const step = await prepareRecord({
        list: () => Promise.resolve(answer.value),
        history: port,
        inputs,
        roles: deps.rolesFor(repository),
        log: deps.logFor(repository),
        repository,
        now,
        previous: null,
        skip: (issue, viewer) =>
          isOwnNotice(issue, viewer) || !needed(repository, issue),
        memory: memory.get(key) ?? {
          numbers: new Set(),
          byNumber: new Map(),
          analyses: new Map()
        }
      })
      prepared.push({ repository, step })
    } catch (error) {
      fail(repository, error)
    }
  }
  const analysed = await (deps.analyse ?? analyseBodies)(
    prepared.flatMap((p) => p.step.fresh),
    inputs.sections
  )
  let at = 0
  for (const { repository, step } of prepared) {
    const mine = analysed.slice(at, (at += step.fresh.length))
    try {
      const { record, notes: own } = await step.finish(mine)
      records.push(record)
      notes.push(...own.map((n) => ({ ...n, repository })))
    } catch (error) {
      fail(repository, error)
    }
  }
  records.sort((x, y) =>
    repoKey(x.repository) < repoKey(y.repository) ? -1 : 1
  )
  const owners = [
    ...new Map(
      [
        ...inputs.repositories.owners,
        ...repositories.map((r) => r.split('/')[0]!)
      ].map((o) => [o.toLowerCase(), o])
    ).values()
  ]
  const record: OrganisationRecord = {
    owners,
    covered: repositories.length,
    generated: now.toISOString(),
    records
  }
  const t0 = performance.now()
  const files = organisationFiles(record, pagesUrl(deps.home))
  const reads = new Map<string, RecordList>()
  let viewer = ''
  for (const [key, answer] of lists)
    if (answer.ok) {
      reads.set(key, answer.value)
      viewer ||= answer.value.viewer
    }
  return {
    files,
    reads,
    // Only what was read tonight: a carried-over entry decides no notice.
    records: records.filter((r) => !carriedFor.has(r.repository)),
    viewer,
    renderMs: performance.now() - t0,
    incidents: records.reduce((n, r) => n + r.incidents.length, 0),
    notes,
    failed
  }
}

/**
 * The previous incidents.json's entries by repository, as the record shows
 * them: what a repository that cannot be read this time keeps. Untrusted
 * text (it may come from a cache): only well-formed entries, bounded.
 */
function carriedOver(json: string | null): Map<string, RecordIncident[]> {
  const out = new Map<string, RecordIncident[]>()
  let data: unknown
  try {
    data = json === null ? null : JSON.parse(json.slice(0, 20_000_000))
  } catch {
    return out
  }
  const list = data as { version?: unknown; incidents?: unknown } | null
  if (list?.version !== 2 || !Array.isArray(list.incidents)) return out
  const date = (v: unknown) =>
    typeof v === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v) ? v : null
  for (const raw of list.incidents.slice(0, 100_000) as unknown[]) {
    const e = raw as Record<string, unknown> | null
    const createdAt = date(e?.createdAt)
    if (
      !e ||
      typeof e.repository !== 'string' ||
      typeof e.number !== 'number' ||
      !Number.isSafeInteger(e.number) ||
      e.number < 1 ||
      typeof e.title !== 'string' ||
      typeof e.url !== 'string' ||
      !e.url.startsWith('https://') ||
      (e.state !== 'open' && e.state !== 'closed') ||
      createdAt === null
    )
      continue
    const tldr =
      typeof e.tldr === 'string' ? publishable(e.tldr.slice(0, 1000)) : null
    const incident: RecordIncident = {
      number: e.number,
      title: e.title.slice(0, 200),
      url: e.url.slice(0, 300),
      state: e.state,
      stateReason:
        typeof e.stateReason === 'string' ? e.stateReason.slice(0, 20) : null,
      createdAt,
      closedAt: date(e.closedAt),
      updatedAt: date(e.updatedAt) ?? createdAt,
      pinned: e.pinned === true,
      complete: e.complete === true,
      tldr: tldr ? { html: `<p>${escapeHtml(tldr)}</p>`, text: tldr } : null,
      withheld: false,
      awaiting: false
    }
    const key = e.repository.toLowerCase()
    out.set(key, [...(out.get(key) ?? []), incident])
  }
  return out
}
