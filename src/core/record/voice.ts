import { publishable } from '../credentials.js'
import type { KeptAnalysis } from './model.js'

/**
 * The record speaks in the project's voice, so it publishes only text that a
 * maintainer wrote, endorsed by declaring the incident, or was the last to
 * edit. Pure: the handler finds out who edited what and when.
 */

/** An edit of the body or the title: when, and whether by someone trusted. */
export interface Edit {
  readonly at: string
  /** The editor may apply labels (or is a trusted bot, or the action). */
  readonly byMaintainer: boolean
}

/** What the previous record said of an incident (its memory). */
export interface Remembered {
  readonly title: string
  readonly tldr: string | null
  /** The repositories it named (an organisation's record). */
  readonly affected?: readonly string[]
}

export interface VoiceFacts {
  /** When a trusted person declared it (the label event); null when unknown. */
  readonly declaredAt: string | null
  /** The latest body edit; null when never edited (the author's text). */
  readonly bodyEdit: Edit | null
  /** The latest title change; null when never renamed. */
  readonly rename: Edit | null
  readonly previous: Remembered | null
}

/** Which text to publish: the issue's own, the previous record's, or none. */
export interface Voice {
  readonly title: 'issue' | 'previous' | 'placeholder'
  readonly tldr: 'issue' | 'previous' | 'awaiting'
}

/**
 * An edit speaks for the project when a maintainer made it, or when it came
 * before a maintainer declared the incident (they read it then). No edit:
 * the text is what was there when it was declared.
 */
const endorsed = (edit: Edit | null, declaredAt: string | null) =>
  edit === null ||
  edit.byMaintainer ||
  (declaredAt !== null && Date.parse(edit.at) <= Date.parse(declaredAt))

export function voiceOf(facts: VoiceFacts): Voice {
  const fallback = facts.previous ? 'previous' : null
  return {
    title: endorsed(facts.rename, facts.declaredAt)
      ? 'issue'
      : (fallback ?? 'placeholder'),
    tldr: endorsed(facts.bodyEdit, facts.declaredAt)
      ? 'issue'
      : (fallback ?? 'awaiting')
  }
}

/** The line a withheld TLDR shows until a maintainer edits or approves it. */
export const AWAITING =
  'Edited since by someone without a role in the project; the summary awaits a maintainer.'

/**
 * The previous record's incidents by number, from its incidents.json (which
 * may have been restored from a cache or the published site: read it as
 * untrusted text, bounded, and made publishable again).
 */
export function rememberedIncidents(json: string | null): {
  readonly numbers: ReadonlySet<number>
  readonly byNumber: ReadonlyMap<number, Remembered>
  /** The analyses kept by the previous record, by number. */
  readonly analyses: ReadonlyMap<number, KeptAnalysis>
} {
  let data: unknown
  try {
    data = json === null ? null : JSON.parse(json.slice(0, 20_000_000))
  } catch {
    data = null
  }
  return memoryOf(incidentsOf(data))
}

/** What a previous record remembers of its incidents. */
export type Memory = ReturnType<typeof rememberedIncidents>

const incidentsOf = (data: unknown): unknown[] => {
  const incidents = (data as { incidents?: unknown } | null)?.incidents
  return Array.isArray(incidents) ? incidents.slice(0, 100_000) : []
}

/**
 * The previous record's memory of each repository, keyed by lower-case
 * `owner/name` (an organisation's incidents.json, version 2, names the
 * repository of each incident; version 1 is one repository's).
 */
export function rememberedByRepository(
  json: string | null
): ReadonlyMap<string, Memory> {
  let data: unknown
  try {
    data = json === null ? null : JSON.parse(json.slice(0, 20_000_000))
  } catch {
    data = null
  }
  const groups = new Map<string, unknown[]>()
  const single = (data as { repository?: unknown } | null)?.repository
  for (const i of incidentsOf(data)) {
    const named = (i as { repository?: unknown } | null)?.repository ?? single
    if (typeof named !== 'string' || named.length > 200) continue
    const key = named.toLowerCase()
    groups.set(key, [...(groups.get(key) ?? []), i])
  }
  return new Map([...groups].map(([k, list]) => [k, memoryOf(list)]))
}

function memoryOf(incidents: readonly unknown[]) {
  const byNumber = new Map<number, Remembered>()
  const analyses = new Map<number, KeptAnalysis>()
  for (const i of incidents) {
    const e = i as {
      number?: unknown
      title?: unknown
      tldr?: unknown
      analysis?: unknown
    }
    if (
      typeof e?.number !== 'number' ||
      !Number.isSafeInteger(e.number) ||
      e.number < 1 ||
      typeof e.title !== 'string'
    )
      continue
    const affected = repositoryNames((e as { affected?: unknown }).affected)
    byNumber.set(e.number, {
      title: publishable(e.title.slice(0, 200)),
      tldr:
        typeof e.tldr === 'string' ? publishable(e.tldr.slice(0, 1000)) : null,
      ...(affected.length ? { affected } : {})
    })
    const kept = keptAnalysis(e.analysis)
    if (kept) analyses.set(e.number, kept)
  }
  return {
    numbers: new Set(byNumber.keys()) as ReadonlySet<number>,
    byNumber: byNumber as ReadonlyMap<number, Remembered>,
    analyses: analyses as ReadonlyMap<number, KeptAnalysis>
  }
}

/** A kept analysis of the right shape, or null. */
function keptAnalysis(value: unknown): KeptAnalysis | null {
  const a = value as {
    key?: unknown
    complete?: unknown
    withheld?: unknown
    tldr?: { html?: unknown; text?: unknown } | null
  } | null
  if (
    !a ||
    typeof a.key !== 'string' ||
    a.key.length > 64 ||
    typeof a.complete !== 'boolean' ||
    typeof a.withheld !== 'boolean'
  )
    return null
  const affected = repositoryNames((a as { affected?: unknown }).affected)
  const named = affected.length ? { affected } : {}
  if (a.tldr === null)
    return {
      key: a.key,
      complete: a.complete,
      withheld: a.withheld,
      tldr: null,
      ...named
    }
  if (
    typeof a.tldr?.html !== 'string' ||
    typeof a.tldr.text !== 'string' ||
    a.tldr.html.length > 20_000 ||
    a.tldr.text.length > 1_000
  )
    return null
  return {
    key: a.key,
    complete: a.complete,
    withheld: a.withheld,
    tldr: { html: a.tldr.html, text: a.tldr.text },
    ...named
  }
}

/** Repository names from an untrusted file: GitHub-shaped ones, at most 50. */
function repositoryNames(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .slice(0, 50)
    .filter(
      (v): v is string =>
        typeof v === 'string' &&
        /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/.test(v) &&
        !/\/\.\.?$/.test(v)
    )
}
