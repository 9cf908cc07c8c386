import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/core/lint.js'

/**
 * One loop over test/fixtures/reports: each <case>.md has its expected report in
 * <case>.report.json. `ok-` cases have no finding at all; `not-ok-` have some.
 * UPDATE_GOLDEN=1 rewrites the expectations (review the diff before committing).
 */
const dir = join(import.meta.dirname, '../fixtures/reports')
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()

describe('fixture reports', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30)
  })

  for (const file of cases) {
    const name = file.replace(/\.md$/, '')
    it(name, async () => {
      const body = readFileSync(join(dir, file), 'utf8')
      const report = await lint(body)
      const golden = join(dir, `${name}.report.json`)
      // A golden file is reviewed, never made silently: UPDATE_GOLDEN=1 writes it.
      if (process.env.UPDATE_GOLDEN) {
        writeFileSync(golden, JSON.stringify(report, null, 2) + '\n')
      }
      expect(
        existsSync(golden),
        `${name}.report.json is missing: run with UPDATE_GOLDEN=1 and review it`
      ).toBe(true)
      expect(report).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
      const findings = [
        ...report.sections.flatMap((s) => s.findings),
        ...report.findings
      ]
      if (name.startsWith('ok-')) expect(findings).toEqual([])
      else expect(findings.length).toBeGreaterThan(0)
    })
  }
})
