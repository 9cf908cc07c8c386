import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { LABEL, withApi } from './harness.js'
import { seedRecord } from './record-seed.js'
import { COMPLETE, recordWorkspace, sweep } from './scenario.js'

/** Debian's Chromium (`.ci/run` installs it when it is missing). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveBrowser = existsSync(CHROMIUM)
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8'
)
/** Where a person can look at the page after a run (git ignores it). */
const OUTPUT = join(import.meta.dirname, '../output')

// Without the browser the test cannot say anything: in CI that is a failure.
describe.skipIf(!haveBrowser && !process.env.CI)(
  'the record page in a real browser',
  () => {
    it('renders the incidents from a file, makes no request, logs no error, and passes axe', () =>
      withApi(async (api) => {
        seedRecord(api)
        const { dir, inputs, env } = recordWorkspace()
        const run = await sweep(api, inputs, undefined, env)
        expect(run.code).toBe(0)
        await inBrowser(join(dir, 'index.html'), async (page, scheme) => {
          expect(await page.locator('[role=status]').innerText()).toBe(
            '3 open security incidents'
          )
          const titles = await page.locator('.incident h3').allInnerTexts()
          expect(titles).toEqual([
            '#11 Leaked <b>token</b> evil',
            '#12 <script>alert(1)</script>',
            '#10 CI provider breach',
            '#7 Stolen OAuth tokens'
          ])
          // A 64 KB word does not make the page scroll sideways.
          expect(
            await page.evaluate(
              'document.documentElement.scrollWidth <= window.innerWidth'
            )
          ).toBe(true)
          mkdirSync(OUTPUT, { recursive: true })
          await page.screenshot({
            path: join(OUTPUT, `record-${scheme}.png`),
            fullPage: true
          })
        })
      }))

    it("the organisation's page: a section per repository, its feeds, no request, no error, axe in light and dark", () =>
      withApi(async (api) => {
        seedRecord(api)
        const web = api.addRepository('octo-org/web')
        web.addIssue({
          number: 3,
          title: 'Web: stolen <b>session</b> cookies',
          labels: [LABEL],
          body: COMPLETE
        })
        const { dir, inputs, env } = recordWorkspace()
        const run = await sweep(
          api,
          { ...inputs, repositories: 'octo-org/*' },
          undefined,
          env
        )
        expect(run.code).toBe(0)
        await inBrowser(join(dir, 'index.html'), async (page) => {
          expect(await page.locator('section h2').allInnerTexts()).toEqual([
            'octo-org/octo-repo',
            'octo-org/web'
          ])
          expect(
            await page
              .locator('link[rel=alternate][type="application/atom+xml"]')
              .evaluateAll((ls) => ls.map((l) => l.getAttribute('href')))
          ).toEqual([
            'feed.xml',
            'feeds/octo-org/octo-repo.xml',
            'feeds/octo-org/web.xml'
          ])
        })
      }))
  }
)

/**
 * Open a record page from its file in Chromium, in light and in dark: `check`
 * looks at it; then no script, no request beyond the file, no error, and axe
 * finds no violation (axe is injected by the test; the page forbids scripts).
 */
async function inBrowser(
  file: string,
  check: (
    page: import('playwright-core').Page,
    scheme: 'light' | 'dark'
  ) => Promise<void>
): Promise<void> {
  const browser = await chromium.launch({
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
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        bypassCSP: true,
        colorScheme: scheme
      })
      const page = await context.newPage()
      const url = pathToFileURL(file).href
      const requests: string[] = []
      const errors: string[] = []
      page.on('request', (r) => {
        if (r.url() !== url) requests.push(r.url())
      })
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      await page.goto(url)
      await check(page, scheme)
      expect(await page.locator('script').count()).toBe(0)
      expect(requests).toEqual([])
      expect(errors).toEqual([])
      await page.addScriptTag({ content: axeSource })
      const result = await page.evaluate<{
        violations: { id: string; help: string }[]
      }>('axe.run(document, { resultTypes: ["violations"] })')
      expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
      await context.close()
    }
  } finally {
    await browser.close()
  }
}
