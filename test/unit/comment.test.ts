import { describe, expect, it } from 'vitest'
import { lint } from '../../src/core/lint.js'
import {
  MARKER,
  MAX_COMMENT,
  needsAttention,
  renderComment
} from '../../src/core/render/comment.js'
import { redact } from '../../src/core/credentials.js'
import { escapeText } from '../../src/core/render/escape.js'
import { DEFAULT_SECTIONS } from '../../src/core/sections-defaults.js'
import type { Report } from '../../src/core/types.js'

const options = {
  specs: DEFAULT_SECTIONS,
  label: 'security-incident',
  onComplete: 'minimize' as const
}

describe('escapeText', () => {
  it.each([
    ['@octocat', '@\u200Boctocat'],
    ['fixes #12', 'fixes #\u200B12'.replace('#', '\\#')],
    [
      '<img src=x onerror=alert(1)>',
      '&lt;img src\\=x onerror\\=alert\\(1\\)&gt;'
    ],
    [
      '[click](javascript:alert(1))',
      '\\[click\\]\\(javascript\u200B\\:alert\\(1\\)\\)'
    ],
    ['**bold** `code` | pipe', '\\*\\*bold\\*\\* \\`code\\` \\| pipe'],
    ['line\nbreak', 'line break']
  ])('neutralises %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected)
  })

  it('cuts long text', () => {
    expect([...escapeText('x'.repeat(500))].length).toBeLessThanOrEqual(80)
  })

  it('redacts credential shapes', () => {
    expect(redact('leak ghp_' + 'a'.repeat(36))).toBe(
      'leak [redacted credential]'
    )
  })
})

describe('renderComment', () => {
  it('puts the marker on line 1 and a skeleton for exactly the missing sections', async () => {
    const report = await lint(
      '## TLDR\nNo action.\n\n## Summary\nWhat happened.\n'
    )
    const text = renderComment(report, options)
    expect(text.split('\n')[0]).toBe(MARKER)
    expect(text).toContain('2 required sections to add')
    expect(text.match(/^## \w+$/gm)).toEqual(['## Timeline', '## References'])
  })

  it('points at headings that name no section when one is missing, escaped', async () => {
    const report = await lint(
      '## TLDR\nx\n## What we know @team\nx\n## Timeline\n- 2022-01-01 x\n## References\nhttps://x.org\n'
    )
    expect(renderComment(report, options)).toContain(
      'Headings that name no section: “What we know @\u200Bteam” (line 3).'
    )
    const complete = await lint(
      '## TLDR\nx\n## Summary\nx\n## Notes\nx\n## Timeline\n- 2022-01-01 x\n## References\nhttps://x.org\n'
    )
    expect(renderComment(complete, options)).not.toContain(
      'Headings that name no section'
    )
  })

  it('cuts a long finding list with a count and stays under GitHub’s limit', async () => {
    const lines = Array.from(
      { length: 400 },
      (_, i) => `- 2022-04-${String(28 - (i % 27)).padStart(2, '0')} entry ${i}`
    )
    const report = await lint(
      `## TLDR\nx\n## Summary\nx\n## Timeline\n${lines.join('\n')}\n## References\nhttps://x.org\n`
    )
    const text = renderComment(report, options)
    expect(text).toMatch(/… and \d+ more findings not shown/)
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT)
  })

  it('shows the pin notice', async () => {
    const text = renderComment(await lint(''), {
      ...options,
      pinNotice: 'This incident is not pinned: reasons.'
    })
    expect(text).toContain('> [!NOTE]\n> This incident is not pinned: reasons.')
  })

  it('says complete when nothing needs attention', async () => {
    const report: Report = await lint(
      '## TLDR\nx\n## Summary\nx\n## Timeline\n- 2022-01-01 x\n## References\nhttps://x.org\n'
    )
    expect(needsAttention(report)).toBe(false)
    expect(renderComment(report, options)).toContain(
      'Incident report: complete'
    )
  })
})
