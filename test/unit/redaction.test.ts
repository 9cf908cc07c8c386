import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cli, type CliIo } from '../../src/cli/lint.js'
import { redact, stripInvisible } from '../../src/core/credentials.js'
import { lint } from '../../src/core/lint.js'
import { renderComment } from '../../src/core/render/comment.js'
import { reportOutput } from '../../src/core/render/report-output.js'
import { renderIssueSummary } from '../../src/core/render/summary.js'
import { DEFAULT_SECTIONS } from '../../src/core/sections-defaults.js'

/**
 * Each credential kind, built around a random core of letters and digits: the
 * core is what must never appear in any channel (escaping cannot hide it,
 * since it holds no character that escaping changes).
 */
const KINDS: Record<string, (core: string) => string> = {
  'GitHub token': (c) => `ghp_${c.padEnd(36, 'q').slice(0, 36)}`,
  'GitHub fine-grained token': (c) =>
    `github_pat_11ABCDEFG0${c.padEnd(72, 'z').slice(0, 72)}`,
  'npm token': (c) => `npm_${c.padEnd(36, 'n').slice(0, 36)}`,
  'AWS access key': (c) =>
    `AKIA${c.toUpperCase().padEnd(16, 'Q').slice(0, 16)}`,
  'Slack token': (c) => `xoxb-1234567890-${c}`,
  'Google API key': (c) => `AIza${c.padEnd(35, 'g').slice(0, 35)}`,
  'OpenAI key': (c) => `sk-proj-${c.padEnd(40, 'o').slice(0, 40)}`,
  'JSON Web Token': (c) =>
    `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx${c}.${c}SflKxwRJSMeKKF2QT4fwpM`,
  'password in a URL': (c) => `https://deploy:${c}9x@registry.example.org/`,
  'password assignment': (c) => `password=${c}9x`
}

/** Where in an issue a credential can be planted. */
const PLACES: Record<
  string,
  (secret: string) => { title: string; body: string }
> = {
  'ATX heading': (s) => ({
    title: 'Incident',
    body: `## TLDR\nx\n## Timeline ${s}\n- 2024-01-01 x\n`
  }),
  'setext heading, second line': (s) => ({
    title: 'Incident',
    body: `Summary of it\n${s}\n---\ntext\n\n## TLDR\nx\n`
  }),
  'multi-line bold label': (s) => ({
    title: 'Incident',
    body: `**TLDR\n${s}**\nNo action needed.\n`
  }),
  'heading that names no section': (s) => ({
    title: 'Incident',
    body: `## TLDR\nx\n# What we know ${s}\ntext\n`
  }),
  'issue title': (s) => ({ title: `Leak of ${s} today`, body: '## TLDR\nx\n' }),
  'table cell': (s) => ({
    title: 'Incident',
    body: `## Evidence\n| key |\n|---|\n| ${s} |\n`
  }),
  'link text': (s) => ({
    title: 'Incident',
    body: `## References\n[${s}](https://example.org)\n`
  }),
  'fenced code': (s) => ({
    title: 'Incident',
    body: '## Evidence\n```\n' + s + '\n```\n'
  }),
  'block quote': (s) => ({ title: 'Incident', body: `> ## TLDR ${s}\n` })
}

const memoryIo = (body: string) => {
  const out: string[] = []
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void out.push(t),
    readStdin: async () => body,
    readFile: async () => body,
    writeFile: async () => {}
  }
  return { io, out }
}

/** Every channel the linter feeds: comment, summary, `report` output, CLI text and --json. */
async function channels(title: string, body: string): Promise<string[]> {
  const report = await lint(body, DEFAULT_SECTIONS, 1)
  const comment = renderComment(report, {
    specs: DEFAULT_SECTIONS,
    label: 'security-incident',
    onComplete: 'minimize'
  })
  const summary = renderIssueSummary(
    {
      number: 1,
      title,
      found: true,
      incident: true,
      untrusted: null,
      roleRefused: false,
      report,
      pinnedBefore: false,
      pinned: true,
      pinReason: 'open',
      pinBlocked: false
    },
    { actions: ['#1: created the report comment'], dryRun: false }
  )
  const text = memoryIo(body)
  await cli(['lint', 'draft.md'], text.io)
  const json = memoryIo(body)
  await cli(['lint', '--json', 'draft.md'], json.io)
  return [
    comment,
    summary,
    reportOutput(report),
    text.out.join(''),
    json.out.join('')
  ]
}

const core = fc.stringMatching(/^[A-Za-z0-9]{16,28}$/)

describe('no channel ever carries a planted credential', () => {
  for (const [kind, make] of Object.entries(KINDS)) {
    it(`${kind}, at any place`, async () => {
      await fc.assert(
        fc.asyncProperty(
          core,
          fc.constantFrom(...Object.keys(PLACES)),
          async (c, place) => {
            const { title, body } = PLACES[place]!(make(c))
            // The AWS key ID is upper case: its core is too.
            const cores = [c, c.toUpperCase().slice(0, 16)]
            for (const channel of await channels(title, body))
              for (const planted of cores)
                expect(channel).not.toContain(planted)
          }
        ),
        { numRuns: 12, seed: 10 }
      )
    })
  }

  it('a credential in the body makes the report not complete, and the comment leads with rotate, remove, delete the revision', async () => {
    const body = `## TLDR\nx\n## Summary\nx\n## Timeline\n- 2024-01-01 x\n## References\nhttps://x.org\n\ntoken: ${KINDS['GitHub token']!('a1'.repeat(10))}\n`
    const report = await lint(body)
    expect(report.complete).toBe(false)
    expect(report.missing).toEqual([])
    const comment = renderComment(report, {
      specs: DEFAULT_SECTIONS,
      label: 'security-incident',
      onComplete: 'minimize'
    })
    const lines = comment.split('\n')
    expect(lines[1]).toBe(
      '### 🚨 Incident report: a credential is exposed in this issue'
    )
    const rotate = comment.indexOf('Rotate it now')
    const remove = comment.indexOf('Remove it')
    const history = comment.indexOf('Delete the old revision')
    expect(rotate).toBeGreaterThan(0)
    expect(remove).toBeGreaterThan(rotate)
    expect(history).toBeGreaterThan(remove)
    const { io } = memoryIo(body)
    expect(await cli(['lint', 'draft.md'], io)).toBe(1)
  })
})

describe('redact', () => {
  it('strips bidi controls and zero-width characters', () => {
    expect(stripInvisible('a\u202eb\u200bc\u2066d\ufeff')).toBe('abcd')
    expect(redact('safe\u202e txt')).toBe('safe txt')
  })

  it('redacts credentials split by invisible characters', () => {
    const token = 'ghp_' + 'a1'.repeat(18)
    expect(redact(`x ${token.slice(0, 10)}\u200b${token.slice(10)} y`)).toBe(
      'x [redacted credential] y'
    )
  })

  it('leaves prose alone', () => {
    const prose =
      'The token: revoked on 2024-01-01; see https://example.org/a:b and AKIAIOSFODNN7EXAMPLE.'
    expect(redact(prose)).toBe(prose)
  })
})
