import { lintSource } from '@secretlint/core'
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend'
import { CREDENTIAL_SHAPES, stripInvisibleMapped } from './credentials.js'
import { byPosition } from './findings.js'
import type { LineIndex } from './lines.js'
import type { Finding } from './types.js'

/** Kinds named after secretlint's rule ids; the value itself is never kept. */
const RULE_KINDS: Record<string, string> = {
  '@secretlint/secretlint-rule-aws': 'AWS credential',
  '@secretlint/secretlint-rule-gcp': 'Google Cloud credential',
  '@secretlint/secretlint-rule-github': 'GitHub token',
  '@secretlint/secretlint-rule-npm': 'npm token',
  '@secretlint/secretlint-rule-slack': 'Slack token',
  '@secretlint/secretlint-rule-sendgrid': 'SendGrid key',
  '@secretlint/secretlint-rule-shopify': 'Shopify token',
  '@secretlint/secretlint-rule-openai': 'OpenAI key',
  '@secretlint/secretlint-rule-anthropic': 'Anthropic key',
  '@secretlint/secretlint-rule-linear': 'Linear key',
  '@secretlint/secretlint-rule-1password': '1Password secret',
  '@secretlint/secretlint-rule-privatekey': 'private key',
  '@secretlint/secretlint-rule-basicauth': 'password in a URL',
  '@secretlint/secretlint-rule-database-connection-string':
    'database connection string with a password'
}

const SECRETLINT_CONFIG = {
  rules: [{ id: recommended.meta.id, rule: recommended }]
}

const advice =
  'expected no credentials in a public issue: revoke it now (edits keep the old text in the issue history)'

/**
 * Credentials anywhere in the body, by kind and line, deduplicated. The body is
 * public the moment it is posted, so this runs over every line, code included.
 */
export async function scanCredentials(
  body: string,
  lines: LineIndex
): Promise<Finding[]> {
  const hits = new Map<string, Finding>()
  // A token split by an invisible character (a zero-width space, a soft
  // hyphen) is still a credential: scan the text without them, and point at
  // the original (line numbers agree: no line break is invisible).
  const visible = stripInvisibleMapped(body)
  const add = (kind: string, at: number, to: number) => {
    const offset = visible.origin(at)
    const end = visible.origin(to)
    const { line, column } = lines.point(offset)
    const key = `${line}:${kind}`
    if (hits.has(key)) return
    hits.set(key, {
      severity: 'error',
      message: `Unexpected ${kind}, ${advice}`,
      line,
      column,
      end: lines.point(end),
      source: 'credentials',
      rule: 'credential'
    })
  }
  // secretlint honours `secretlint-disable` comments even when its filter rule
  // is disabled in a preset (11.7): a public issue must not be able to hide a
  // secret, so the directive is defused, keeping every offset.
  const content = visible.text.replace(/secretlint-(disable|enable)/gi, (m) =>
    'x'.repeat(m.length)
  )
  const result = await lintSource({
    source: { content, filePath: 'issue.md', ext: '.md', contentType: 'text' },
    options: {
      config: SECRETLINT_CONFIG,
      maskSecrets: true,
      noPhysicFilePath: true
    }
  })
  for (const message of result.messages) {
    add(
      RULE_KINDS[message.ruleId] ?? 'secret',
      message.range[0],
      message.range[1]
    )
  }
  const knownLines = new Set([...hits.values()].map((f) => f.line))
  for (const { kind, pattern } of CREDENTIAL_SHAPES) {
    for (const m of visible.text.matchAll(pattern)) {
      // One finding a line: secretlint named this one more precisely already.
      if (!knownLines.has(lines.point(visible.origin(m.index)).line))
        add(kind, m.index, m.index + m[0].length)
    }
  }
  return [...hits.values()].sort(byPosition)
}
