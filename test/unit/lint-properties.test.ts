import { DEFAULT_SECTIONS } from '../../src/core/sections-defaults.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lint, MAX_BODY } from '../../src/core/lint.js'
import { limitNesting } from '../../src/core/markdown.js'

/** Markdown-ish pieces, so that random bodies hit the parser's corners. */
const piece = fc.constantFrom(
  '## TLDR\n',
  '**Summary**\n',
  'TL;DR: ',
  '> ',
  '- ',
  '1. ',
  '```\n',
  '~~~',
  '<!-- ',
  ' -->',
  '<details>',
  '</details>\n',
  '_No response_',
  '[a](http://x)',
  '![i](x.png)',
  '| a | b |\n|---|---|\n',
  '2022-04-15 ',
  '14:05 UTC ',
  'Apr 15 ',
  '#12 ',
  '@user ',
  '\n',
  '\n\n',
  '===\n',
  '---\n',
  '`',
  '*',
  '_',
  '\\',
  'ghp_',
  'eyJ',
  'password=',
  '\u0000',
  '\r\n',
  '🚨',
  ' '.repeat(4)
)
const body = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc
    .array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 400 })
    .map((a) => a.join(''))
)

describe('lint on any input', () => {
  it('never throws and is the same when run twice', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const first = await lint(text)
        const second = await lint(text)
        expect(second).toEqual(first)
        expect(first.complete).toBe(first.missing.length === 0)
      }),
      { numRuns: 300, seed: 20221125 }
    )
  })

  it('handles full 65,536-character bodies of any repeated unit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), piece),
        fc.integer({ min: 1, max: MAX_BODY }),
        async (unit, length) => {
          const text = unit
            .repeat(Math.ceil(length / unit.length))
            .slice(0, length)
          const report = await lint(text)
          expect(report.sections).toHaveLength(DEFAULT_SECTIONS.length)
          expect(report.complete).toBe(report.missing.length === 0)
        }
      ),
      { numRuns: 25, seed: 7 }
    )
  })

  it('checks only the first 65,536 characters of a longer body', async () => {
    const text = 'x\n'.repeat(MAX_BODY) + '## TLDR\nlate\n'
    const report = await lint(text)
    expect(report.sections[0]!.present).toBe(false)
  })

  it('keeps every offset when it flattens deep nesting', () => {
    const text = '- '.repeat(100) + 'x\n' + '>'.repeat(100) + ' y\n'
    const flat = limitNesting(text)
    expect(flat).toHaveLength(text.length)
    expect(flat.split('\n').map((l) => l.length)).toEqual(
      text.split('\n').map((l) => l.length)
    )
    expect(flat).not.toBe(text)
    expect(limitNesting('> a\n- b\n')).toBe('> a\n- b\n')
  })
})
