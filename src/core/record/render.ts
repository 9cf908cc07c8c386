import { cut, publishable } from '../credentials.js'
import type { PublicRecord, RecordIncident } from './model.js'
import { AWAITING } from './voice.js'
import { escapeHtml } from './tldr.js'

export const esc = escapeHtml
/**
 * A one-line text (a title) fit to publish: line breaks and tabs become
 * spaces; invisible, control and XML-forbidden characters out; credentials
 * redacted; at most 200 characters, cut on a whole character.
 */
export const line = (s: string, max = 200) =>
  cut(
    publishable(s.replace(/[\t\n\r]/g, ' '))
      .replace(/\s+/g, ' ')
      .trim(),
    max
  )

/**
 * Text for INCIDENTS.md, a repository file: nothing in it links a mention or
 * an issue reference, so it stays readable as plain text (no zero-width
 * characters); only what would start Markdown or HTML is escaped (HTML as
 * entities, so that no tag appears even to a tool that reads it as HTML).
 */
export const md = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)

export const day = (iso: string) => iso.slice(0, 10)
const DAY = 86_400_000

/** "3 days", "less than a day": how long it was (or has been) open. */
export function openFor(i: RecordIncident): string | null {
  if (!i.closedAt) return null
  const days = Math.floor(
    (Date.parse(i.closedAt) - Date.parse(i.createdAt)) / DAY
  )
  return days < 1 ? 'less than a day' : days === 1 ? '1 day' : `${days} days`
}

const open = (r: PublicRecord) =>
  r.incidents.filter((i) => i.state === 'open').length

/** "No open security incidents" / "1 open security incident". */
export function statusLine(r: PublicRecord): string {
  const n = open(r)
  return n === 0
    ? 'No open security incidents'
    : `${n} open security incident${n === 1 ? '' : 's'}`
}

const WITHHELD =
  'The summary is withheld until the report is cleaned of a credential.'

/** The TLDR as the page shows it, or the line that says why there is none. */
export const summaryNote = (i: RecordIncident): string | null =>
  i.withheld ? WITHHELD : i.awaiting ? AWAITING : null

/** The page's style (light and dark). */
export const STYLE = `<style>
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --open: #9a2a0a; --link: #0349b4; }
@media (prefers-color-scheme: dark) { :root { --fg: #f0f6fc; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --open: #ffa198; --link: #71b7ff; } }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); max-width: 46rem; margin: 0 auto; padding: 1rem; }
a { color: var(--link); }
.status { font-size: 1.25rem; font-weight: 600; }
ol { list-style: none; padding: 0; }
.incident { border-top: 1px solid var(--line); padding: 0.75rem 0; }
.incident h3 { margin: 0; font-size: 1.1rem; }
.meta, .note { color: var(--muted); margin: 0.25rem 0; }
.open .state { color: var(--open); font-weight: 600; }
pre { overflow-x: auto; }
.incident { overflow-wrap: anywhere; }
</style>
`

/** One incident of the page. */
export function pageItem(i: RecordIncident, repository?: string): string {
  const dates = [
    `opened <time datetime="${esc(i.createdAt)}">${day(i.createdAt)}</time>`,
    ...(i.closedAt
      ? [
          `closed <time datetime="${esc(i.closedAt)}">${day(i.closedAt)}</time>`,
          `open for ${openFor(i)}`
        ]
      : [])
  ].join(' · ')
  const note = summaryNote(i)
  const tldr = note
    ? `<p class="note">${note}</p>`
    : i.tldr
      ? `<div class="tldr">${i.tldr.html}</div>`
      : '<p class="note">No TLDR yet.</p>'
  return `<li class="incident ${i.state}">
<h3><a href="${esc(i.url)}">#${i.number} ${esc(line(i.title))}</a></h3>
<p class="meta"><span class="state">${i.state === 'open' ? 'Open' : 'Closed'}</span> · ${dates} (UTC)</p>
${tldr}${
    repository && alsoAffects(i, repository).length
      ? `\n<p class="meta">Also affects ${alsoAffects(i, repository)
          .map((r) => esc(r))
          .join(', ')}</p>`
      : ''
  }
</li>`
}

/**
 * The page's head, one place for every record page: no script (the CSP
 * forbids any), no external request, the feeds as alternates. `alternates`
 * is already escaped markup.
 */
export const pageHead = (title: string, alternates = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Security incidents · ${esc(title)}</title>
<link rel="alternate" type="application/atom+xml" title="Security incidents" href="feed.xml">${alternates}
${STYLE}</head>`

/** The line that counts what is left out (closed as not planned or duplicate); '' when none. */
export const leftOutNote = (n: number) =>
  n
    ? `<p class="note">${n} issue${n === 1 ? ' was' : 's were'} closed as not planned or as a duplicate and ${n === 1 ? 'is' : 'are'} not listed.</p>`
    : ''

/** index.html: one self-contained page; no script, no external request. */
export function renderPage(r: PublicRecord): string {
  const items = r.incidents.map((i) => pageItem(i)).join('\n')
  const left = leftOutNote(r.leftOut)
  return `${pageHead(line(r.repository))}
<body>
<header>
<h1>Security incidents of ${esc(line(r.repository))}</h1>
<p class="status" role="status">${statusLine(r)}</p>
<p>Subscribe with the <a href="feed.xml">Atom feed</a>. Each incident links to its public report on <a href="${esc(r.repositoryUrl)}/issues">the issue tracker</a>.</p>
<p>Maintainers: <a href="draft.html">draft a report privately</a> (checked in your browser, nothing sent) before opening the public issue.</p>
</header>
<main>
<h2>Incidents</h2>
${r.incidents.length ? `<ol>\n${items}\n</ol>` : '<p>None so far.</p>'}
${left}
</main>
</body>
</html>
`
}

/** One incident of a feed; `repository` names it in a feed of several. */
export function feedEntry(i: RecordIncident, repository?: string): string {
  const note = summaryNote(i)
  const summary = note
    ? `<p>${note}</p>`
    : (i.tldr?.html ?? '<p>No TLDR yet.</p>')
  return `  <entry>
    <id>${esc(i.url)}</id>
    <title>${esc(`${i.state === 'open' ? '[open] ' : '[closed] '}${repository ? `${line(repository)}` : ''}#${i.number} ${line(i.title)}`)}</title>
    <link rel="alternate" type="text/html" href="${esc(i.url)}"/>
    <published>${esc(i.createdAt)}</published>
    <updated>${esc(i.updatedAt)}</updated>
    <content type="html">${esc(summary)}</content>
  </entry>`
}

/** feed.xml: Atom 1.0, one entry per incident; `updated` from the data. */
export function renderFeed(
  r: PublicRecord,
  pageUrl: string,
  /** Where this feed lives under the page: `feed.xml`, or one repository's in an organisation's record. */
  path = 'feed.xml'
): string {
  const updated =
    r.incidents
      .map((i) => i.updatedAt)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z'
  const entries = r.incidents.map((i) => feedEntry(i)).join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(path === 'feed.xml' ? pageUrl : `${pageUrl.replace(/\/?$/, '/')}${path}`)}</id>
  <title>${esc(`Security incidents of ${line(r.repository)}`)}</title>
  <link rel="alternate" type="text/html" href="${esc(pageUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${esc(pageUrl.replace(/\/?$/, '/'))}${esc(path)}"/>
  <updated>${esc(updated)}</updated>
  <author><name>${esc(line(r.repository))} maintainers</name></author>
${entries}
</feed>
`
}

/** One incident of incidents.json (an organisation's adds its repository first). */
export const jsonIncident = (i: RecordIncident, repository?: string) => ({
  ...(repository === undefined ? {} : { repository }),
  number: i.number,
  title: line(i.title),
  url: i.url,
  state: i.state,
  stateReason: i.stateReason,
  createdAt: i.createdAt,
  closedAt: i.closedAt,
  updatedAt: i.updatedAt,
  pinned: i.pinned,
  complete: i.complete,
  tldr: summaryNote(i) ? null : (i.tldr?.text ?? null),
  ...(repository !== undefined && alsoAffects(i, repository).length
    ? { affected: alsoAffects(i, repository) }
    : {}),
  // What the next record reuses when the body has not changed.
  ...(i.analysis ? { analysis: i.analysis } : {})
})

/** The other repositories an incident affects (an organisation's record). */
export const alsoAffects = (i: RecordIncident, repository: string) =>
  (i.affected ?? []).filter((r) => r.toLowerCase() !== repository.toLowerCase())

/** incidents.json, ready to write: never markup where someone pastes it into HTML. */
export const safeJson = (value: unknown) =>
  JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026') + '\n'

/** incidents.json (schema: schemas/incidents.schema.json). */
export function renderJson(r: PublicRecord): string {
  return safeJson({
    version: 1,
    repository: r.repository,
    generated: r.generated,
    incidents: r.incidents.map((i) => jsonIncident(i))
  })
}

/** badge.json: a shields.io endpoint. */
export function renderBadge(r: PublicRecord): string {
  const n = open(r)
  return (
    JSON.stringify({
      schemaVersion: 1,
      label: 'security incidents',
      message: n === 0 ? 'none open' : `${n} open`,
      color: n === 0 ? 'brightgreen' : 'red'
    }) + '\n'
  )
}

/** One incident of INCIDENTS.md. */
export function markdownRow(i: RecordIncident, repository?: string): string {
  const when = i.closedAt
    ? `opened ${day(i.createdAt)}, closed ${day(i.closedAt)} (open for ${openFor(i)})`
    : `opened ${day(i.createdAt)}`
  const tldr = summaryNote(i)
    ? summaryNote(i)!
    : i.tldr
      ? md(line(i.tldr.text, 400))
      : 'No TLDR yet.'
  const also =
    repository && alsoAffects(i, repository).length
      ? ` Also affects ${alsoAffects(i, repository).map(md).join(', ')}.`
      : ''
  return `- **[#${i.number} ${md(line(i.title, 120))}](${i.url})**: ${i.state}, ${when} (UTC). ${tldr}${also}`
}

/** INCIDENTS.md: the same list in Markdown (issue text escaped: no mention, no reference). */
export function renderMarkdown(r: PublicRecord): string {
  const rows = r.incidents.map((i) => markdownRow(i))
  return [
    '# Security incidents',
    '',
    `${statusLine(r)}.`,
    '',
    ...(rows.length ? rows : ['None so far.']),
    ...(r.leftOut
      ? [
          '',
          `${r.leftOut} closed as not planned or as a duplicate: not listed.`
        ]
      : []),
    ''
  ].join('\n')
}
