import { lintSource } from '@secretlint/core'
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend'
import { describe, expect, it } from 'vitest'
import {
  cut,
  holdsCredential,
  publishable,
  redact
} from '../../src/core/credentials.js'
import { LineIndex } from '../../src/core/lines.js'
import { lint } from '../../src/core/lint.js'
import { escapeText } from '../../src/core/render/escape.js'
import { scanCredentials } from '../../src/core/scan-credentials.js'

/*
 * Every kind of credential that the body scan knows (secretlint's recommended
 * preset) is also known to the shape list, which guards every short text that
 * secretlint never sees: titles, headings, labels. Samples are built by
 * concatenation so that no scanner flags this file.
 */
const x = (n: number, alphabet = 'aB3dE5gH7jK9mN2pQ4sT6vW8yZ') =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 7) % alphabet.length]).join(
    ''
  )
/** A 1Password service-account token: base64 of JSON whose `}` ends on its own (`fQ==`). */
function onePasswordToken(): string {
  for (let pad = 0; ; pad++) {
    const json = JSON.stringify({
      email: `sa${'x'.repeat(pad)}@1passwordserviceaccounts.lcl`,
      secretKey: 'A3-' + x(30),
      srpX: x(64, '0123456789abcdef')
    })
    const b64 = Buffer.from(json).toString('base64')
    if (b64.endsWith('fQ==')) return b64
  }
}
const SAMPLES: Record<string, string[]> = {
  '@secretlint/secretlint-rule-aws': [
    'aws_secret_access_key = ' + x(40),
    'AWS_SECRET_ACCESS_KEY="' + x(40) + '"'
  ],
  '@secretlint/secretlint-rule-privatekey': [
    '-----BEGIN RSA ' +
      'PRIVATE KEY-----\nMII' +
      x(120) +
      '\n-----END RSA PRIVATE KEY-----'
  ],
  '@secretlint/secretlint-rule-npm': ['npm_' + x(36)],
  '@secretlint/secretlint-rule-basicauth': [
    'https://deploy:' + 'Pa55wordX' + '@example.com/repo'
  ],
  '@secretlint/secretlint-rule-slack': [
    'xoxb-' + '123456789012-1234567890123-' + x(24),
    'https://hooks.slack.com/services/' + 'T0ABCDEFG/B0ABCDEFG/' + x(24)
  ],
  '@secretlint/secretlint-rule-sendgrid': ['SG.' + x(22) + '.' + x(43)],
  '@secretlint/secretlint-rule-shopify': [
    'shpat_' + x(32, '0123456789abcdef'),
    'shpss_' + x(32)
  ],
  '@secretlint/secretlint-rule-github': ['ghp_' + x(36), 'ghs_' + x(36)],
  '@secretlint/secretlint-rule-openai': ['sk-' + x(20) + 'T3BlbkFJ' + x(20)],
  '@secretlint/secretlint-rule-anthropic': ['sk-ant-api03-' + x(93) + 'AA'],
  '@secretlint/secretlint-rule-linear': ['lin_api_' + x(40)],
  '@secretlint/secretlint-rule-1password': ['ops_' + onePasswordToken()],
  '@secretlint/secretlint-rule-database-connection-string': [
    'postgres://admin:' + 'S3cretPass' + '@db.example.com:5432/app',
    'mongodb+srv://root:' + 'S3cretPass' + '@cluster0.example.net/app',
    'mysql://root:' + 'S3cretPass' + '@db.example.com/app'
  ]
}
/** Rules of the preset that need a real key to fire, or filter others. */
const NOT_PATTERN_RULES = new Set([
  '@secretlint/secretlint-rule-gcp',
  '@secretlint/secretlint-rule-filter-comments',
  '@secretlint/secretlint-rule-azure'
])

/** Shapes the action knows beyond what secretlint flags in a `.md` file. */
const EXTRA = [
  'AKIA' + 'Z7QW3RT5YU2IO8PL',
  '//registry.npmjs.org/:_authToken=' + 'a1b2c3d4-e5f6-7890-abcd-ef1234567890'
]
const ALL = [...Object.values(SAMPLES).flat(), ...EXTRA]

async function secretlintRules(text: string): Promise<string[]> {
  const result = await lintSource({
    source: {
      content: text,
      filePath: 'x.md',
      ext: '.md',
      contentType: 'text'
    },
    options: {
      config: { rules: [{ id: recommended.meta.id, rule: recommended }] },
      maskSecrets: true,
      noPhysicFilePath: true
    }
  })
  return result.messages.map((m) => m.ruleId)
}

describe('every credential kind the body scan knows', () => {
  it('has a sample for each rule of secretlint’s recommended preset', () => {
    const ids = recommended.rules.map((r) => r.meta.id)
    expect(ids.filter((id) => !NOT_PATTERN_RULES.has(id)).sort()).toEqual(
      Object.keys(SAMPLES).sort()
    )
  })

  it.each(Object.entries(SAMPLES))(
    'secretlint flags the samples of %s',
    async (rule, samples) => {
      for (const sample of samples)
        expect(await secretlintRules(sample)).toContain(rule)
    }
  )

  it.each(ALL.map((s) => [s.slice(0, 12), s]))(
    'the shape list knows %s… too, so a title cannot publish it',
    (_, sample) => {
      expect(holdsCredential(sample)).toBe(true)
      const title = `Leak: ${sample} (please look)`
      for (const out of [
        redact(title),
        escapeText(title, 500),
        publishable(title)
      ]) {
        expect(out).not.toContain(sample)
        expect(out).toContain('redacted credential')
      }
    }
  )
})

describe('a token split by an invisible character', () => {
  const token = 'ghp_' + x(36)
  const SPLITTERS = [
    '\u200b',
    '\u00ad',
    '\u2060',
    '\ufeff',
    '\u200d',
    '\u{e0041}'
  ]

  it.each(SPLITTERS.map((c) => [c.codePointAt(0)!.toString(16), c]))(
    'U+%s inside a token: still a credential, and never printed',
    async (_, c) => {
      const split = token.slice(0, 10) + c + token.slice(10)
      expect(holdsCredential(split)).toBe(true)
      expect(redact(`title ${split}`)).toBe('title [redacted credential]')
      const body = `## TLDR\nx\n\nleaked ${split} here\n`
      const findings = await scanCredentials(body, new LineIndex(body))
      expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([
        ['credential', 4, 8]
      ])
      const report = await lint(body)
      expect(report.complete).toBe(false)
      expect(JSON.stringify(report)).not.toContain(token.slice(4, 10))
    }
  )
})

describe('publishable text', () => {
  it('holds no character XML 1.0 forbids, nor format characters', () => {
    const hostile =
      'a\u001b[31mred\u0000\u0008\u000b\u000c\u007f\u0085\ufffe\uffff\ud800b\udc00c\u200bd\u{e0041}e\u00adf'
    expect(publishable(hostile)).toBe('a[31mredbcdef')
  })

  it('cuts on whole characters: never half of a surrogate pair', () => {
    const s = 'a'.repeat(199) + '😀' + 'z'
    expect(cut(s, 200)).toBe('a'.repeat(199))
    expect(cut(s, 201)).toBe('a'.repeat(199) + '😀')
    expect(cut('abc', 10)).toBe('abc')
  })
})
