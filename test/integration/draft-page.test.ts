import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { draftView } from '../../src/core/draft-view.js'
import { cli } from '../../src/cli/lint.js'
import type { Report } from '../../src/core/types.js'
import { DEFAULT_SECTIONS } from '../../src/core/sections-defaults.js'
import { bundleNode } from '../support/run-action.mjs'
import { bundle } from './harness.js'

/** Debian's Chromium (`.ci/run` installs it when it is missing). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveBrowser = existsSync(CHROMIUM)
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8'
)
const OUTPUT = join(import.meta.dirname, '../output')
const REPORTS = join(import.meta.dirname, '../fixtures/reports')
const TOKEN = 'ghp_' + 'Zq2Lm5Nx7Vb3Cd9Fg1Hj4Kp6Qs0Tw2YeAbR8kZ'
const COMPLETE = readFileSync(join(REPORTS, 'ok-all-sections.md'), 'utf8')

/** The page as the CLI of the bundle writes it (no node_modules beside it). */
function makePage(...args: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'incident-draft-')), 'd.html')
  const cli = join(dirname(bundle()), 'cli/index.js')
  const r = spawnSync(bundleNode, [cli, 'draft-page', ...args, file], {
    encoding: 'utf8'
  })
  expect(r.status, r.stderr).toBe(0)
  return file
}

describe.skipIf(!haveBrowser && !process.env.CI)(
  'the private drafting page in a real browser',
  () => {
    let browser: Browser
    let file: string
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync'
        ]
      })
      file = makePage('--repo', 'octo-org/octo-repo')
    })
    afterAll(() => browser?.close())

    /** Open the page; every request and console error is kept. */
    async function open(scheme: 'light' | 'dark' = 'light', forAxe = false) {
      // axe is injected as a script, which the page's CSP rightly refuses.
      const context = await browser.newContext({
        colorScheme: scheme,
        bypassCSP: forAxe
      })
      const page = await context.newPage()
      const requests: string[] = []
      const errors: string[] = []
      page.on('request', (r) => requests.push(r.url()))
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(pathToFileURL(file).href)
      await checked(page)
      return { page, context, requests, errors }
    }

    /** Wait until the page has checked what is in the report now. */
    async function checked(page: Page) {
      await page.waitForFunction(
        () =>
          document.body.dataset.checking === undefined &&
          document.body.dataset.checked !== undefined
      )
    }
    /**
     * Put `text` in the report (as a paste does: one input event) and wait
     * for the check of it. Playwright's fill() stalls on 64 KB in a textarea.
     */
    async function typeReport(page: Page, text: string, keys = false) {
      const before = await page.evaluate(() =>
        Number(document.body.dataset.checked ?? 0)
      )
      if (keys) await page.getByLabel('Report').pressSequentially(text)
      else
        await page.evaluate((value) => {
          const report = document.getElementById(
            'report'
          ) as HTMLTextAreaElement
          report.value = value
          report.dispatchEvent(new Event('input'))
        }, text)
      await page.waitForFunction(
        (n) =>
          document.body.dataset.checking === undefined &&
          Number(document.body.dataset.checked ?? 0) > n,
        before
      )
    }
    const findingItems = (page: Page) =>
      page
        .getByRole('list', { name: 'Findings' })
        .getByRole('listitem')
        .evaluateAll((items) =>
          items
            .filter((li) => (li as HTMLElement).dataset.rule)
            .map((li) => {
              const d = (li as HTMLElement).dataset
              return {
                section: d.section || null,
                rule: d.rule,
                line: Number(d.line)
              }
            })
        )

    it('checks a draft while typing, says what is missing, and makes no request', async () => {
      const { page, context, requests, errors } = await open()
      await page.getByLabel('Title').fill('Provider breach')
      // Real keystrokes: the check follows the typing.
      await typeReport(page, '## TLDR\nNo action needed.\n', true)
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toBe('not complete')
      const items = await page
        .getByRole('list', { name: 'Findings' })
        .getByRole('listitem')
        .allTextContents()
      expect(items.join('\n')).toContain('Summary')
      expect(await page.locator('#skeleton').textContent()).toContain(
        '## Timeline'
      )
      await page
        .getByRole('button', { name: 'Insert the missing sections' })
        .click()
      expect(await page.getByLabel('Report').inputValue()).toContain(
        '## References'
      )
      await typeReport(page, COMPLETE)
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toBe('complete')
      // Only the page itself and its worker (a blob made from the page).
      expect(
        requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:'))
      ).toEqual([])
      expect(errors).toEqual([])
      await context.close()
    })

    it('flags a pasted credential by kind and line, and never repeats it', async () => {
      const { page, context } = await open()
      await typeReport(page, `${COMPLETE}\n\nOur token was ${TOKEN}\n`)
      expect(await page.getByRole('status').first().textContent()).toBe(
        'not complete'
      )
      const text = await page.locator('main').evaluate((main) => {
        const clone = main.cloneNode(true) as HTMLElement
        clone.querySelector('textarea')?.remove()
        return clone.textContent ?? ''
      })
      expect(text).toContain('GitHub token')
      expect(text).not.toContain(TOKEN.slice(4, 14))
      await context.close()
    })

    it('opens a new issue with the title and the report, never with the label', async () => {
      const { page, context } = await open()
      await page.evaluate(() => {
        ;(window as unknown as { opened: string[] }).opened = []
        window.open = (url) => {
          ;(window as unknown as { opened: string[] }).opened.push(String(url))
          return null
        }
      })
      await page.getByLabel('Title').fill('Provider breach')
      await typeReport(page, COMPLETE)
      await page.getByRole('button', { name: 'Open a new issue' }).click()
      const [url] = await page.evaluate(
        () => (window as unknown as { opened: string[] }).opened
      )
      const u = new URL(url!)
      expect(u.origin + u.pathname).toBe(
        'https://github.com/octo-org/octo-repo/issues/new'
      )
      expect(u.searchParams.get('title')).toBe('Provider breach')
      expect(u.searchParams.get('body')).toBe(COMPLETE)
      expect(u.searchParams.has('labels')).toBe(false)
      await context.close()
    })

    it('passes axe in light and dark, and works with the keyboard alone', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const { page, context, errors } = await open(scheme, true)
        await typeReport(page, '## TLDR\nx\n')
        await page.addScriptTag({ content: axeSource })
        const result = await page.evaluate<{
          violations: { id: string; help: string }[]
        }>('axe.run(document, { resultTypes: ["violations"] })')
        expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
        mkdirSync(OUTPUT, { recursive: true })
        await page.screenshot({
          path: join(OUTPUT, `draft-${scheme}.png`),
          fullPage: true
        })
        // Keyboard only: Tab reaches the fields and every enabled button.
        await page.focus('body')
        const reached: string[] = []
        for (let i = 0; i < 8; i++) {
          await page.keyboard.press('Tab')
          reached.push(
            await page.evaluate(() => document.activeElement?.id ?? '')
          )
        }
        expect(reached).toEqual(
          expect.arrayContaining([
            'title',
            'report',
            'copy',
            'download',
            'open-issue',
            'insert'
          ])
        )
        // Readable on a phone: nothing wider than a 375 px screen.
        await page.setViewportSize({ width: 375, height: 800 })
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth)
        ).toBeLessThanOrEqual(375)
        expect(errors).toEqual([])
        await context.close()
      }
    })

    it('says when a report is longer than GitHub allows', async () => {
      const { page, context } = await open()
      await typeReport(page, `${COMPLETE}\n${'word '.repeat(14_000)}`)
      expect(await page.locator('#status-detail').textContent()).toContain(
        'Only the first 65,536 characters are checked'
      )
      await context.close()
    })

    it('finds what lint --json finds, for every fixture report', async () => {
      const { page, context } = await open()
      for (const name of readdirSync(REPORTS).filter((f) =>
        f.endsWith('.md')
      )) {
        const body = readFileSync(join(REPORTS, name), 'utf8')
        await typeReport(page, body)
        // What `lint --json` prints for the same file.
        let json = ''
        await cli(['lint', '--json', join(REPORTS, name)], {
          stdout: (t) => void (json += t),
          stderr: () => {},
          readStdin: async () => '',
          readFile: async (p) => readFileSync(p, 'utf8'),
          writeFile: async () => {}
        })
        const expected = draftView(
          JSON.parse(json) as Report,
          DEFAULT_SECTIONS
        ).findings.map(({ section, rule, line }) => ({ section, rule, line }))
        expect(await findingItems(page), name).toEqual(expected)
      }
      await context.close()
    })
  }
)
