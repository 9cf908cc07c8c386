import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DEFAULT_SECTIONS } from '../../src/core/sections-defaults.js'

const root = join(import.meta.dirname, '../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))

/** The rows of the first table under a `## heading`, as arrays of cells. */
function table(heading: string): string[][] {
  const section = readme
    .split(new RegExp(`^## ${heading}\\n`, 'm'))[1]!
    .split(/^## /m)[0]!
  const lines = section.split('\n')
  const start = lines.findIndex((l) => l.startsWith('|'))
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim())
    )
  }
  return rows
}
const unquote = (cell: string) => cell.replace(/^`|`$/g, '').replace(/^''$/, '')

describe('the README', () => {
  it('lists exactly the inputs of action.yml, with the same defaults', () => {
    const rows = table('Inputs')
    expect(rows.map((r) => unquote(r[0]!))).toEqual(Object.keys(action.inputs))
    for (const [name, def] of rows) {
      expect(unquote(def!), name).toBe(
        String(action.inputs[unquote(name!)].default ?? '')
      )
    }
  })

  it('lists exactly the outputs of action.yml', () => {
    expect(table('Outputs').map((r) => unquote(r[0]!))).toEqual(
      Object.keys(action.outputs)
    )
  })

  it('shows the default sections as the code defines them', () => {
    const section = readme.split('The default sections')[1]!
    const rows = section
      .split('\n')
      .filter((l) =>
        /^\| (TLDR|Summary|Timeline|References|Evidence|Affected repositories) \|/.test(
          l
        )
      )
    expect(rows.map((r) => r.split(' | ')[0]!.slice(2))).toEqual(
      DEFAULT_SECTIONS.map((s) => s.name)
    )
    for (const [i, spec] of DEFAULT_SECTIONS.entries()) {
      const cells = rows[i]!.split(' | ')
      expect(cells[1]).toBe(spec.required ? 'yes' : 'no')
      expect(cells[2]!.split(', ')).toEqual(spec.aliases)
    }
  })

  it('shows the example workflow as it is in examples/', () => {
    const example = readFileSync(
      join(root, 'examples/workflows/incident-issues.yml'),
      'utf8'
    )
    const inReadme = readme.split('```yaml\n')[1]!.split('```')[0]!
    expect(inReadme).toBe(example.replace(/^#.*\n/gm, ''))
  })

  it('has the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm ci && npm test')
  })

  it('agrees with package.json and the CHANGELOG on the version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8')
    expect(/^## (\d+\.\d+\.\d+)/m.exec(changelog)?.[1]).toBe(pkg.version)
    const major = pkg.version.split('.')[0]
    expect(readme).toContain(`OWNER/incident-issues@v${major}`)
    expect(readme).not.toMatch(/npx incident-issues/)
  })

  it('stays short for the maintainer in a hurry, the long chapters in docs/', () => {
    expect(readme.length).toBeLessThan(12 * 1024)
    for (const [, link] of readme.matchAll(/\]\((docs\/[\w.-]+\.md)\)/g))
      expect(() => readFileSync(join(root, link!))).not.toThrow()
  })
})
