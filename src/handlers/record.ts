import { analyseBodies } from '../core/record/analyse.js'
import { buildRecord, type PublicRecord } from '../core/record/model.js'
import {
  renderBadge,
  renderFeed,
  renderJson,
  renderMarkdown,
  renderPage
} from '../core/record/render.js'
import type { RecordList } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import { trustOf } from './issue-event.js'
import type { Logger } from './logger.js'
import type { Roles } from './roles.js'

export interface RecordDeps {
  readonly list: (label: string) => Promise<RecordList>
  readonly inputs: Inputs
  readonly roles: Roles
  readonly log: Logger
  /** `owner/repo`. */
  readonly repository: string
  /** When the record is made (only `generated` in incidents.json shows it). */
  readonly now: Date
}

/** The record's files, by name. */
export type RecordFiles = Readonly<Record<string, string>>

/**
 * The public record: every incident under the trust rule, open or closed,
 * rendered as a page, an Atom feed, JSON, a badge and Markdown.
 */
export async function makeRecord(
  deps: RecordDeps
): Promise<{ record: PublicRecord; files: RecordFiles }> {
  const { list, inputs, roles, log, repository, now } = deps
  const read = await list(inputs.label)
  const trusted: RecordList['issues'][number][] = []
  let untrusted = 0
  for (const issue of read.issues) {
    if ((await trustOf(issue, inputs, roles)).trusted) trusted.push(issue)
    else untrusted++
  }
  if (untrusted)
    log.info(
      `Record: ${untrusted} labelled issue(s) left out: nobody who may apply labels applied it.`
    )
  const analysed = await analyseBodies(
    trusted.map((i) => i.body),
    inputs.sections
  )
  const record = buildRecord(
    repository,
    read.repositoryUrl,
    now.toISOString(),
    trusted.map((issue, k) => ({ issue, ...analysed[k]! }))
  )
  const pageUrl = pagesUrl(repository)
  return {
    record,
    files: {
      'index.html': renderPage(record),
      'feed.xml': renderFeed(record, pageUrl),
      'incidents.json': renderJson(record),
      'badge.json': renderBadge(record),
      'INCIDENTS.md': renderMarkdown(record)
    }
  }
}

/** Where GitHub Pages serves a project site: https://OWNER.github.io/REPO/. */
export function pagesUrl(repository: string): string {
  const [owner, repo] = repository.split('/')
  return `https://${(owner ?? '').toLowerCase()}.github.io/${repo ?? ''}/`
}
