import type { PublicRecord, RecordIncident } from './model.js'
import {
  esc,
  feedEntry,
  jsonIncident,
  line,
  markdownRow,
  md,
  pageItem,
  renderFeed,
  leftOutNote,
  pageHead,
  renderBadge,
  safeJson,
  statusLine
} from './render.js'

/**
 * The record of several repositories (SPEC "One organisation"): one page with
 * a section per repository that has incidents, one feed of all and one per
 * repository, incidents.json version 2 (each incident names its repository),
 * one badge, one INCIDENTS.md. Pure: the same records give the same bytes.
 */
export interface OrganisationRecord {
  /** The owners covered (`owner` of `owner/*`, and of named repositories). */
  readonly owners: readonly string[]
  /** How many repositories the record covers (with incidents or not). */
  readonly covered: number
  readonly generated: string
  /** One record per covered repository that could be read. */
  readonly records: readonly PublicRecord[]
}

/** A repository's feed under the page; null for a name that is not GitHub's shape. */
export function feedPath(repository: string): string | null {
  const [owner, name, ...rest] = repository.split('/')
  if (
    rest.length > 0 ||
    !owner ||
    !name ||
    !/^[A-Za-z0-9-]{1,39}$/.test(owner) ||
    !/^[A-Za-z0-9._-]{1,100}$/.test(name) ||
    /^\.\.?$/.test(name)
  )
    return null
  return `feeds/${owner.toLowerCase()}/${name.toLowerCase()}.xml`
}

const open = (r: PublicRecord) =>
  r.incidents.filter((i) => i.state === 'open').length

/** Repositories with incidents: those with open ones first, then by name. */
function withIncidents(o: OrganisationRecord): PublicRecord[] {
  return o.records
    .filter((r) => r.incidents.length > 0)
    .sort(
      (a, b) =>
        Number(open(b) > 0) - Number(open(a) > 0) ||
        (a.repository.toLowerCase() < b.repository.toLowerCase() ? -1 : 1)
    )
}

/** Every incident, named by repository, in the page's order. */
function everyIncident(
  o: OrganisationRecord
): { incident: RecordIncident; repository: string }[] {
  return o.records
    .flatMap((r) =>
      r.incidents.map((incident) => ({ incident, repository: r.repository }))
    )
    .sort(
      (a, b) =>
        (a.incident.state === 'open' ? 0 : 1) -
          (b.incident.state === 'open' ? 0 : 1) ||
        b.incident.createdAt.localeCompare(a.incident.createdAt) ||
        (a.repository < b.repository
          ? -1
          : a.repository > b.repository
            ? 1
            : 0) ||
        b.incident.number - a.incident.number
    )
}

/** All incidents as one record, for the status line and the badge. */
const combined = (o: OrganisationRecord): PublicRecord => ({
  repository: title(o),
  repositoryUrl: '',
  generated: o.generated,
  incidents: everyIncident(o).map((e) => e.incident),
  leftOut: o.records.reduce((n, r) => n + r.leftOut, 0)
})

const title = (o: OrganisationRecord) => line(o.owners.join(', '))

const covers = (o: OrganisationRecord) =>
  `${o.covered} repositor${o.covered === 1 ? 'y' : 'ies'} covered`

/** index.html of an organisation: a section per repository with incidents. */
export function renderOrganisationPage(o: OrganisationRecord): string {
  const shown = withIncidents(o)
  const all = combined(o)
  const alternates = shown
    .map((r) => {
      const path = feedPath(r.repository)
      return path
        ? `\n<link rel="alternate" type="application/atom+xml" title="${esc(`Security incidents of ${line(r.repository)}`)}" href="${esc(path)}">`
        : ''
    })
    .join('')
  const sections = shown
    .map((r, k) => {
      const path = feedPath(r.repository)
      const links = [
        ...(path ? [`<a href="${esc(path)}">Atom feed</a>`] : []),
        ...(r.repositoryUrl
          ? [`<a href="${esc(r.repositoryUrl)}/issues">issue tracker</a>`]
          : [])
      ].join(' · ')
      return `<section aria-labelledby="repo-${k}">
<h2 id="repo-${k}">${esc(line(r.repository))}</h2>
<p class="meta">${statusLine(r)}${links ? ` · ${links}` : ''}</p>
<ol>
${r.incidents.map((i) => pageItem(i, r.repository)).join('\n')}
</ol>
</section>`
    })
    .join('\n')
  const left = leftOutNote(all.leftOut)
  return `${pageHead(title(o), alternates)}
<body>
<header>
<h1>Security incidents of ${esc(title(o))}</h1>
<p class="status" role="status">${statusLine(all)}</p>
<p>${covers(o)}; ${shown.length} with incidents. Subscribe with the <a href="feed.xml">Atom feed</a> of all of them, or the feed of one repository. Each incident links to its public report on its repository's issue tracker.</p>
<p>Maintainers: <a href="draft.html">draft a report privately</a> (checked in your browser, nothing sent) before opening the public issue.</p>
</header>
<main>
${shown.length ? sections : '<h2>Incidents</h2>\n<p>None so far.</p>'}
${left}
</main>
</body>
</html>
`
}

/**
 * The feeds: `feed.xml` of all incidents (each entry names its repository)
 * and one per repository with incidents, by path.
 */
export function renderOrganisationFeeds(
  o: OrganisationRecord,
  pageUrl: string
): Record<string, string> {
  const base = pageUrl.replace(/\/?$/, '/')
  const all = everyIncident(o)
  const updated =
    all
      .map((e) => e.incident.updatedAt)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z'
  const feeds: Record<string, string> = {
    'feed.xml': `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(pageUrl)}</id>
  <title>${esc(`Security incidents of ${title(o)}`)}</title>
  <link rel="alternate" type="text/html" href="${esc(pageUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${esc(base)}feed.xml"/>
  <updated>${esc(updated)}</updated>
  <author><name>${esc(title(o))} maintainers</name></author>
${all.map((e) => feedEntry(e.incident, e.repository)).join('\n')}
</feed>
`
  }
  for (const r of withIncidents(o)) {
    const path = feedPath(r.repository)
    if (path) feeds[path] = renderFeed(r, pageUrl, path)
  }
  return feeds
}

/** incidents.json, version 2 (schemas/incidents.schema.json). */
export function renderOrganisationJson(o: OrganisationRecord): string {
  return safeJson({
    version: 2,
    owners: o.owners,
    repositories: o.covered,
    generated: o.generated,
    incidents: everyIncident(o).map((e) =>
      jsonIncident(e.incident, e.repository)
    )
  })
}

/** badge.json: the open incidents of every repository. */
export const renderOrganisationBadge = (o: OrganisationRecord): string =>
  renderBadge(combined(o))

/** INCIDENTS.md: a section per repository with incidents. */
export function renderOrganisationMarkdown(o: OrganisationRecord): string {
  const shown = withIncidents(o)
  const all = combined(o)
  return [
    `# Security incidents of ${md(title(o))}`,
    '',
    `${statusLine(all)}. ${covers(o)}; ${shown.length} with incidents.`,
    '',
    ...(shown.length
      ? shown.flatMap((r) => [
          `## ${md(line(r.repository))}`,
          '',
          ...r.incidents.map((i) => markdownRow(i, r.repository)),
          ''
        ])
      : ['None so far.', '']),
    ...(all.leftOut
      ? [
          `${all.leftOut} closed as not planned or as a duplicate: not listed.`,
          ''
        ]
      : [])
  ].join('\n')
}

/** Every file of the organisation's record, by path. */
export function organisationFiles(
  o: OrganisationRecord,
  pageUrl: string
): Record<string, string> {
  return {
    'index.html': renderOrganisationPage(o),
    ...renderOrganisationFeeds(o, pageUrl),
    'incidents.json': renderOrganisationJson(o),
    'badge.json': renderOrganisationBadge(o),
    'INCIDENTS.md': renderOrganisationMarkdown(o)
  }
}
