import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, type CliIo } from '../../src/cli/lint.js'
import { PLANTED_SECRETS } from '../fixtures/planted-secrets.js'

const reports = join(import.meta.dirname, '../fixtures/reports')
const sections = join(import.meta.dirname, '../fixtures/sections')

async function run(args: string[], stdin = '') {
  let stdout = ''
  let stderr = ''
  const written = new Map<string, string>()
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => stdin,
    readFile: async (p) => readFileSync(p, 'utf8'),
    writeFile: async (p, t) => void written.set(p, t)
  }
  const code = await cli(args, io)
  return { code, stdout, stderr, written }
}

describe('incident-issues lint', () => {
  it('prints FILE:LINE:COLUMN severity message and exits 1 when a section is missing', async () => {
    const file = join(reports, 'not-ok-missing-timeline.md')
    const { code, stdout } = await run(['lint', file])
    expect(code).toBe(1)
    expect(stdout).toBe(
      `${file}:1:1 error Missing section \`Timeline\`, expected a heading \`## Timeline\`\n`
    )
  })

  it('exits 0 with warnings only', async () => {
    const { code, stdout } = await run([
      'lint',
      join(reports, 'not-ok-timeline-out-of-order.md')
    ])
    expect(code).toBe(0)
    expect(stdout).toMatch(/:10:3 warning Unexpected timeline entry/)
  })

  it('names headings that match no section when one is missing', async () => {
    const { stderr } = await run(
      ['lint', '-'],
      '## TLDR\nok\n## What we know\nx\n'
    )
    expect(stderr).toContain(
      '<stdin>: headings that name no section: "What we know" (line 3)'
    )
  })

  it('reads standard input for -', async () => {
    const { code, stdout } = await run(['lint', '-'], '## TLDR\nok\n')
    expect(code).toBe(1)
    expect(stdout.split('\n')[0]).toBe(
      '<stdin>:1:1 error Missing section `Summary`, expected a heading `## Summary`'
    )
  })

  it('prints the report object with --json', async () => {
    const { code, stdout } = await run([
      'lint',
      '--json',
      join(reports, 'ok-all-sections.md')
    ])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ complete: true, missing: [] })
    expect(report.sections.map((s: { name: string }) => s.name)).toEqual([
      'TLDR',
      'Summary',
      'Timeline',
      'References',
      'Evidence',
      'Affected repositories'
    ])
  })

  it('uses --sections', async () => {
    const { code, stdout } = await run([
      'lint',
      '--sections',
      join(sections, 'ok-custom.yml'),
      join(reports, 'ok-all-sections.md')
    ])
    expect(code).toBe(1)
    expect(stdout).toContain('Missing section `Impact`')
  })

  it.each([
    [[]],
    [['check', 'x.md']],
    [['lint']],
    [['lint', 'a.md', 'b.md']],
    [['lint', '--nope', 'a.md']],
    [['lint', '--sections']],
    [['lint', '/no/such/file.md']],
    [['lint', '--sections', join(sections, 'not-ok-unknown-check.yml'), '-']]
  ])('exits 2 on bad usage: %j', async (args) => {
    const { code, stderr } = await run(args)
    expect(code).toBe(2)
    expect(stderr).toContain('Usage: incident-issues lint')
  })

  it('never repeats a secret value from a fixture', async () => {
    for (const name of [
      'not-ok-secret-github-token',
      'not-ok-secret-in-code-block',
      'not-ok-evidence-personal-data',
      'not-ok-secret-in-heading'
    ]) {
      for (const args of [['lint'], ['lint', '--json']]) {
        const { stdout, stderr } = await run([
          ...args,
          join(reports, `${name}.md`)
        ])
        expect(stdout).toMatch(/secret|credential|token|personal data/i)
        for (const secret of PLANTED_SECRETS) {
          expect(stdout + stderr).not.toContain(secret)
        }
      }
    }
  })

  it('says when it cut the input at 65,536 characters, and still finds a credential past the cut', async () => {
    const complete = readFileSync(join(reports, 'ok-all-sections.md'), 'utf8')
    const token = 'ghp_' + 'Xy7'.repeat(12)
    const long = complete + '\n' + 'x '.repeat(40_000) + `\ntoken ${token}\n`
    const { code, stdout, stderr } = await run(['lint', '-'], long)
    expect(code).toBe(1)
    expect(stderr).toContain(
      "<stdin>: cut at 65,536 characters (GitHub's limit for an issue body): the rest was checked for credentials only"
    )
    expect(stdout).toMatch(/^<stdin>:\d+:\d+ error Unexpected GitHub token/m)
    expect(stdout + stderr).not.toContain(token)
  })

  it('takes -- as the end of the options', async () => {
    const { code, stderr } = await run(['lint', '--', '--json'])
    expect(code).toBe(2)
    expect(stderr).toContain('cannot read --json')
  })

  it('exits 1 on a complete report that holds a credential, and says to rotate it', async () => {
    const { code, stderr } = await run([
      'lint',
      join(reports, 'not-ok-secret-github-token.md')
    ])
    expect(code).toBe(1)
    expect(stderr).toContain('a credential is exposed: rotate it')
  })
})

describe('incident-issues draft-page', () => {
  it('writes the drafting page, by default to incident-draft.html', async () => {
    const r = await run(['draft-page', '--repo', 'octo-org/octo-repo'])
    expect(r.code).toBe(0)
    const page = r.written.get('incident-draft.html')!
    expect(page).toContain('<label for="report">Report</label>')
    expect(page).toContain('"repository":"octo-org/octo-repo"')
    expect(r.stderr).toContain('makes no request')
  })

  it('takes the sections and a file name; without --repo it cannot open an issue', async () => {
    const r = await run([
      'draft-page',
      '--sections',
      join(sections, 'ok-custom.yml'),
      'out.html'
    ])
    expect(r.code).toBe(0)
    const page = r.written.get('out.html')!
    expect(page).toContain('"repository":null')
    expect(page).toContain('"name":"Impact"')
  })

  it.each([
    [['draft-page', '--repo', 'not a repo'], '--repo must be OWNER/NAME'],
    [['draft-page', '--repo', 'a/b</script>'], '--repo must be OWNER/NAME'],
    [['draft-page', '--bogus'], "Unknown option '--bogus'"],
    [['draft-page', 'a.html', 'b.html'], 'expected at most one FILE']
  ])('refuses %j', async (args, why) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(why)
    expect(r.written.size).toBe(0)
  })
})
