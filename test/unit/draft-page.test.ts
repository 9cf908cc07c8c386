import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SECTIONS } from '../../src/core/sections-defaults.js'
import { draftPage } from '../../src/draft-page.js'

const scripts = (page: string, worker: string) => ({ page, worker })

describe('the drafting page', () => {
  it('allows its one inline script by hash, and nothing from anywhere', () => {
    const html = draftPage(
      'octo-org/octo-repo',
      DEFAULT_SECTIONS,
      scripts('run()', 'w()')
    )
    const hash = createHash('sha256').update('run()').digest('base64')
    expect(html).toContain(
      `content="default-src 'none'; script-src 'sha256-${hash}'; worker-src blob:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`
    )
    expect(html).toContain('<script>run()</script>')
    expect(html.match(/<script/g)).toHaveLength(2)
  })

  it('carries the worker and the sections as JSON in which no < reaches the HTML parser', () => {
    const worker = 'const s = "</script><!-- <script>alert(1)</script>"'
    const html = draftPage(
      null,
      [{ ...DEFAULT_SECTIONS[0]!, name: '</script><b>' }],
      scripts('run()', worker)
    )
    const config = html.slice(
      html.indexOf('id="incident-config">') + 'id="incident-config">'.length,
      html.indexOf('</script>', html.indexOf('id="incident-config">'))
    )
    expect(config).not.toMatch(/[<>]/)
    const parsed = JSON.parse(config)
    expect(parsed.worker).toBe(worker)
    expect(parsed.repository).toBeNull()
    expect(parsed.specs[0].name).toBe('</script><b>')
  })

  it('refuses a page script the HTML parser would misread', () => {
    for (const bad of ['x="</script>"', 'x="<!--"', 'x="<SCRIPT>"'])
      expect(() =>
        draftPage(null, DEFAULT_SECTIONS, scripts(bad, 'w()'))
      ).toThrow('cannot be inlined')
  })
})
