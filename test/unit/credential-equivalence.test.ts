import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lintSource } from '@secretlint/core'
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend'
import { describe, expect, it } from 'vitest'
import { LineIndex } from '../../src/core/lines.js'
import { scanCredentialsSync } from '../../src/core/scan-credentials.js'
import { PLANTED_SECRETS } from '../fixtures/planted-secrets.js'

/*
 * The action scans bodies with its own shape list (no secretlint at run time:
 * it drags node-forge into every bundle and cannot run in a browser). This is
 * the proof that nothing is lost: on every body of the corpus, each line that
 * secretlint's recommended preset flags is flagged by the action too.
 */
const root = join(import.meta.dirname, '../..')
const markdown = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => [`${dir}/${f}`, readFileSync(join(root, dir, f), 'utf8')])

const x = (n: number) => 'aB3dE5gH7jK9mN2pQ4sT6vW8yZ'.repeat(8).slice(0, n)
const MIXED = [
  'Evidence from the CI log:',
  '```',
  'AWS_SECRET_ACCESS_KEY="' + x(40) + '"',
  'export GITHUB_TOKEN=ghp_' + x(36),
  'SLACK=xoxb-' + '123456789012-1234567890123-' + x(24),
  'curl https://deploy:' + 'Pa55wordX' + '@example.com/x',
  'DATABASE_URL=postgres://app:' + 'S3cretPass' + '@db.internal/app',
  'shopify shpat_' + x(32),
  'linear lin_api_' + x(40),
  'sendgrid SG.' + x(22) + '.' + x(43),
  'anthropic sk-ant-api03-' + x(93) + 'AA',
  'openai sk-' + x(20) + 'T3BlbkFJ' + x(20),
  'npm npm_' + x(36),
  '```',
  ...PLANTED_SECRETS.map((s) => `value: ${s}`)
].join('\n')

const CORPUS: [string, string][] = [
  ...(markdown('test/fixtures/reports') as [string, string][]),
  ...(markdown('examples') as [string, string][]),
  ['mixed evidence', MIXED]
]

async function secretlintLines(text: string): Promise<number[]> {
  const result = await lintSource({
    source: {
      content: text,
      filePath: 'issue.md',
      ext: '.md',
      contentType: 'text'
    },
    options: {
      config: { rules: [{ id: recommended.meta.id, rule: recommended }] },
      maskSecrets: true,
      noPhysicFilePath: true
    }
  })
  const lines = new LineIndex(text)
  return result.messages.map((m) => lines.point(m.range[0]).line)
}

describe('the credential scan finds at least what secretlint finds', () => {
  it('the corpus has credentials for secretlint to find', async () => {
    expect((await secretlintLines(MIXED)).length).toBeGreaterThanOrEqual(10)
  })

  it.each(CORPUS)('%s', async (_, text) => {
    const ours = new Set(
      scanCredentialsSync(text, new LineIndex(text)).map((f) => f.line)
    )
    const theirs = await secretlintLines(text)
    expect(theirs.filter((line) => !ours.has(line))).toEqual([])
  })
})
