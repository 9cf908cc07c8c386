import type { DraftView } from '../core/draft-view.js'
import type { SectionSpec } from '../core/types.js'

/*
 * The private drafting page (SPEC "Drafting in private"): the report is
 * checked in a worker made from the page itself, live while typing, never
 * blocking input; nothing is stored or sent unless the user asks (copy,
 * download, open a new issue). Findings are built with textContent only:
 * nothing typed becomes markup, and no finding repeats a credential.
 */

/** As the action: a body that takes longer is too complex to check in time. */
const BUDGET_MS = 10_000
/** GitHub's limit for an issue body, as in the action. */
const MAX_BODY = 65_536
/** GitHub's new-issue URL is used up to this length; beyond, copy and open a blank one. */
const MAX_URL = 8_000

interface Config {
  readonly repository: string | null
  readonly specs: SectionSpec[]
  /** The checker's source, run as a worker from a blob. */
  readonly worker: string
}

const $ = <T extends HTMLElement>(id: string) =>
  document.getElementById(id) as T
const config = JSON.parse($('incident-config').textContent ?? '{}') as Config
const workerSource = config.worker
const title = $<HTMLInputElement>('title')
const report = $<HTMLTextAreaElement>('report')
const status = $('status')
const detail = $('status-detail')
const findings = $<HTMLUListElement>('findings')
const skeletonBox = $<HTMLPreElement>('skeleton')
const insert = $<HTMLButtonElement>('insert')
const openIssue = $<HTMLButtonElement>('open-issue')
const notice = $('notice')

let worker: Worker | null = null
let workerUrl: string | null = null
let latest = 0
let timer: ReturnType<typeof setTimeout> | undefined
let budget: ReturnType<typeof setTimeout> | undefined
let view: DraftView | null = null

function startWorker(): Worker {
  workerUrl ??= URL.createObjectURL(
    new Blob([workerSource], { type: 'text/javascript' })
  )
  const w = new Worker(workerUrl)
  w.onmessage = (event: MessageEvent<{ id: number; view: DraftView }>) => {
    if (event.data.id !== latest) return
    clearTimeout(budget)
    show(event.data.view)
  }
  return w
}

function check(): void {
  const id = ++latest
  worker ??= startWorker()
  clearTimeout(budget)
  budget = setTimeout(() => {
    // Too complex to check in time: stop it, say so, start afresh next time.
    worker?.terminate()
    worker = null
    if (id === latest) tooComplex()
  }, BUDGET_MS)
  worker.postMessage({ id, body: report.value, specs: config.specs })
  document.body.dataset.checking = String(id)
}

function tooComplex(): void {
  view = null
  status.textContent = 'not complete'
  detail.textContent = `The report is too complex to check within ${BUDGET_MS / 1000} seconds.`
  findings.replaceChildren()
  delete document.body.dataset.checking
  document.body.dataset.checked = String(latest)
}

function show(next: DraftView): void {
  view = next
  status.textContent = next.complete ? 'complete' : 'not complete'
  detail.textContent =
    (next.complete
      ? 'Every required section is there, and no credential.'
      : next.missing.length
        ? `Missing or empty: ${next.missing.join(', ')}.`
        : 'See the findings.') +
    (report.value.length > MAX_BODY
      ? ` Only the first ${MAX_BODY.toLocaleString('en')} characters are checked (GitHub's limit for an issue); the rest is checked for credentials only.`
      : '')
  const items = next.findings.map((f) => {
    const li = document.createElement('li')
    li.className = f.severity
    li.dataset.section = f.section ?? ''
    li.dataset.rule = f.rule
    li.dataset.line = String(f.line)
    li.textContent = `${f.section ?? 'Report'}, line ${f.line}: ${f.message}`
    return li
  })
  if (items.length === 0) {
    const li = document.createElement('li')
    li.textContent = 'No findings.'
    items.push(li)
  }
  findings.replaceChildren(...items)
  skeletonBox.textContent = next.skeleton
  insert.disabled = next.skeleton === ''
  delete document.body.dataset.checking
  document.body.dataset.checked = String(latest)
}

function schedule(): void {
  clearTimeout(timer)
  timer = setTimeout(check, 150)
}

function say(text: string): void {
  notice.textContent = text
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

report.addEventListener('input', schedule)
insert.addEventListener('click', () => {
  if (!view?.skeleton) return
  const sep = report.value === '' || report.value.endsWith('\n\n') ? '' : '\n\n'
  report.value = `${report.value}${sep}${view.skeleton}`
  report.focus()
  check()
})
$('copy').addEventListener('click', () => {
  void copy(report.value).then((ok) =>
    say(
      ok
        ? 'The report was copied.'
        : 'Copying was refused: select the text and copy it.'
    )
  )
})
$('download').addEventListener('click', () => {
  const a = document.createElement('a')
  a.href = URL.createObjectURL(
    new Blob([report.value], { type: 'text/markdown' })
  )
  a.download = 'incident-report.md'
  a.click()
  setTimeout(() => URL.revokeObjectURL(a.href), 1000)
  say('The report was saved as incident-report.md.')
})
if (config.repository === null) {
  openIssue.disabled = true
  openIssue.title = 'Made without --repo: the page does not know the repository'
} else {
  const base = `https://github.com/${config.repository}/issues/new`
  openIssue.addEventListener('click', () => {
    // Never the incident label: a maintainer applies it once publishing is safe.
    const url = `${base}?${new URLSearchParams({ title: title.value, body: report.value }).toString()}`
    if (url.length <= MAX_URL) {
      window.open(url, '_blank', 'noopener')
      say('A new issue was opened with the title and the report.')
    } else
      void copy(report.value).then((ok) => {
        window.open(
          `${base}?${new URLSearchParams({ title: title.value }).toString()}`,
          '_blank',
          'noopener'
        )
        say(
          ok
            ? 'The report is too long for a link: it was copied; paste it into the new issue.'
            : 'The report is too long for a link, and copying was refused: copy it yourself.'
        )
      })
  })
}
check()
