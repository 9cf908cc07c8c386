import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The boundary rule of STYLE.md, as a test rather than an ESLint config: the
 * core is pure, and only src/github/ talks to GitHub.
 */
const src = join(import.meta.dirname, '../../src')
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
  })
const imports = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:^import|^export)[^'"]*from\s+'([^']+)'|import\('([^']+)'\)/gm
    )
  ].map((m) => m[1] ?? m[2]!)

describe('module boundaries', () => {
  it('keeps src/core pure: no GitHub, no file system, no clock', () => {
    const allowed = /^(\.|unified$|remark-|mdast$|yaml$|@secretlint\/)/
    for (const file of files(join(src, 'core'))) {
      for (const spec of imports(file))
        expect(spec, relative(src, file)).toMatch(allowed)
      expect(readFileSync(file, 'utf8'), relative(src, file)).not.toMatch(
        /new Date\(\)|Date\.now\(\)|process\./
      )
    }
  })

  it('lets only src/github import Octokit or @actions/github', () => {
    for (const file of files(src)) {
      if (relative(src, file).startsWith('github')) continue
      for (const spec of imports(file))
        expect(spec, relative(src, file)).not.toMatch(
          /^@octokit\/|^@actions\/github/
        )
    }
  })

  it('keeps @actions/core out of everything but the entry points', () => {
    const may = ['main.ts', 'action.ts']
    for (const file of files(src)) {
      if (may.includes(relative(src, file))) continue
      for (const spec of imports(file))
        expect(spec, relative(src, file)).not.toBe('@actions/core')
    }
  })

  it('loads nothing heavy in the entry before it has decided', () => {
    for (const name of [
      'index.ts',
      'main.ts',
      'route.ts',
      'inputs.ts',
      'context.ts'
    ]) {
      const text = readFileSync(join(src, name), 'utf8')
      expect(text, name).not.toMatch(
        /^import .* from '(@actions|@octokit|unified|remark|yaml|@secretlint)/m
      )
    }
  })
})
