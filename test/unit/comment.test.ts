import { describe, expect, it } from 'vitest'
import { planComment, type OwnComment } from '../../src/core/comment-plan.js'
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
const comment = (partial: Partial<OwnComment> = {}): OwnComment => ({
  id: 'IC_1',
  databaseId: 1,
  body: 'old',
  isMinimized: false,
  createdAt: '2026-01-01T00:00:00Z',
  ...partial
})

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

  it('is deterministic', async () => {
    const report = await lint('## TLDR\nx\n')
    expect(renderComment(report, options)).toBe(renderComment(report, options))
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

describe('planComment', () => {
  it('creates one comment when attention is needed and none exists', () => {
    expect(planComment([], { attention: true, body: 'b' }, 'minimize')).toEqual(
      [{ op: 'create', body: 'b' }]
    )
  })

  it('writes nothing for a report complete on first check', () => {
    expect(
      planComment([], { attention: false, body: 'b' }, 'minimize')
    ).toEqual([])
  })

  it('writes nothing when the text would not change (CRLF aside)', () => {
    expect(
      planComment(
        [comment({ body: 'a\r\nb' })],
        { attention: true, body: 'a\nb\n' },
        'minimize'
      )
    ).toEqual([])
  })

  it('keeps the oldest of several and deletes the rest', () => {
    const older = comment({
      id: 'IC_2',
      databaseId: 2,
      createdAt: '2025-01-01T00:00:00Z',
      body: 'b'
    })
    const steps = planComment(
      [comment(), older],
      { attention: true, body: 'b' },
      'minimize'
    )
    expect(steps).toEqual([
      {
        op: 'delete',
        comment: comment(),
        why: 'a second report comment (two runs raced)'
      }
    ])
  })

  it('updates then minimizes once complete; deletes with on-complete delete; only updates with keep', () => {
    const c = comment()
    expect(
      planComment([c], { attention: false, body: 'done' }, 'minimize').map(
        (s) => s.op
      )
    ).toEqual(['update', 'minimize'])
    expect(
      planComment([c], { attention: false, body: 'done' }, 'delete').map(
        (s) => s.op
      )
    ).toEqual(['delete'])
    expect(
      planComment([c], { attention: false, body: 'done' }, 'keep').map(
        (s) => s.op
      )
    ).toEqual(['update'])
    expect(
      planComment(
        [comment({ body: 'done', isMinimized: true })],
        { attention: false, body: 'done' },
        'minimize'
      )
    ).toEqual([])
  })

  it('un-minimizes and updates when the report breaks again', () => {
    const c = comment({ isMinimized: true, body: 'done' })
    expect(
      planComment([c], { attention: true, body: 'broken' }, 'minimize').map(
        (s) => s.op
      )
    ).toEqual(['unminimize', 'update'])
  })
})
