import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SECTIONS,
  parseSections
} from '../../src/core/sections-config.js'

const dir = join(import.meta.dirname, '../fixtures/sections')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .sort()

describe('the sections input', () => {
  for (const file of files.filter((f) => f.startsWith('not-ok-'))) {
    it(`rejects ${file} with one error naming the input, the value and the expectation`, () => {
      const text = readFileSync(join(dir, file), 'utf8')
      const expected = readFileSync(
        join(dir, file.replace(/\.yml$/, '.error.txt')),
        'utf8'
      ).trim()
      const result = parseSections(text)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error).toMatch(/^Invalid value for 'sections': /)
      expect(result.error).toContain(expected)
      expect(result.error).toContain('(got ')
      expect(result.error).toContain('expected a YAML list of sections')
      expect(result.error.split('\n')).toHaveLength(1)
    })
  }

  it('accepts a custom list with defaults filled in', () => {
    const result = parseSections(
      readFileSync(join(dir, 'ok-custom.yml'), 'utf8')
    )
    expect(result).toEqual({
      ok: true,
      sections: [
        { name: 'TLDR', required: true, aliases: ['TL;DR'], check: 'brief' },
        { name: 'Impact', required: true, aliases: ['Who is affected'] },
        { name: 'Timeline', required: true, aliases: [], check: 'timeline' },
        { name: 'References', required: true, aliases: [], check: 'links' },
        // `secrets`, the check's old name, is still accepted.
        {
          name: 'Evidence',
          required: false,
          aliases: [],
          check: 'personal-data'
        }
      ]
    })
  })

  it('accepts a plain list of names', () => {
    const result = parseSections('- Summary\n- Timeline\n')
    expect(
      result.ok && result.sections.map((s) => [s.name, s.required])
    ).toEqual([
      ['Summary', true],
      ['Timeline', true]
    ])
  })

  it('reports every problem at once', () => {
    const result = parseSections('- name: A\n  check: nope\n- required: 3\n')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toContain("unknown check 'nope'")
      expect(result.error).toContain("item 2 has no 'name'")
    }
  })

  it('shortens a huge value in the message', () => {
    const result = parseSections('x'.repeat(10_000))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.length).toBeLessThan(500)
  })

  it('has frozen defaults that match SPEC', () => {
    expect(Object.isFrozen(DEFAULT_SECTIONS)).toBe(true)
    expect(
      DEFAULT_SECTIONS.map((s) => [s.name, s.required, s.check ?? null])
    ).toEqual([
      ['TLDR', true, 'brief'],
      ['Summary', true, null],
      ['Timeline', true, 'timeline'],
      ['References', true, 'links'],
      ['Evidence', false, 'personal-data'],
      ['Affected repositories', false, null]
    ])
  })
})
