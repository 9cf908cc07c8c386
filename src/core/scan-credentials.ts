import { CREDENTIAL_SHAPES, stripInvisibleMapped } from './credentials.js'
import { byPosition } from './findings.js'
import type { LineIndex } from './lines.js'
import type { Finding } from './types.js'

const advice =
  'expected no credentials in a public issue: revoke it now (edits keep the old text in the issue history)'

/**
 * Credentials anywhere in the body, by kind and line, deduplicated. The body is
 * public the moment it is posted, so this runs over every line, code included.
 *
 * The shape list (credentials.ts) covers every kind of secretlint's
 * recommended preset, and more: a test runs secretlint over the same corpus
 * and asserts that every line it flags is flagged here too. Pure and
 * synchronous: no node-forge, no profiler; it runs in a browser as well.
 */
export async function scanCredentials(
  body: string,
  lines: LineIndex
): Promise<Finding[]> {
  return scanCredentialsSync(body, lines)
}

/** The scan itself (see `scanCredentials`). */
export function scanCredentialsSync(body: string, lines: LineIndex): Finding[] {
  const hits = new Map<string, Finding>()
  // A token split by an invisible character (a zero-width space, a soft
  // hyphen) is still a credential: scan the text without them, and point at
  // the original (line numbers agree: no line break is invisible).
  const visible = stripInvisibleMapped(body)
  for (const { kind, pattern } of CREDENTIAL_SHAPES) {
    for (const m of visible.text.matchAll(pattern)) {
      const offset = visible.origin(m.index)
      const { line, column } = lines.point(offset)
      // One finding a kind a line.
      const key = `${line}:${kind}`
      if (hits.has(key)) continue
      hits.set(key, {
        severity: 'error',
        message: `Unexpected ${kind}, ${advice}`,
        line,
        column,
        end: lines.point(visible.origin(m.index + m[0].length)),
        source: 'credentials',
        rule: 'credential'
      })
    }
  }
  return [...hits.values()].sort(byPosition)
}
