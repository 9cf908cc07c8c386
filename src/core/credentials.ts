/**
 * The one list of credential shapes that the action recognises by pattern,
 * and the one function that guards every text taken from an issue on its way
 * to any channel (comment, job summary, log, outputs, CLI).
 *
 * The same list scans the body (scan-credentials.ts) and guards every short
 * text (a title, a heading, a label): it covers every kind of secretlint's
 * recommended preset (a test proves it on a corpus) and more.
 */

/** A credential shape: its kind (what the user is told) and its pattern. */
export interface CredentialShape {
  readonly kind: string
  /**
   * Global. Linear on hostile text: repetitions are bounded, and a shape that
   * could start again inside its own run (`eyJ-eyJ-…`) starts only where a run
   * of token characters starts.
   */
  readonly pattern: RegExp
}

export const CREDENTIAL_SHAPES: readonly CredentialShape[] = [
  {
    kind: 'GitHub token',
    pattern:
      /\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})/g
  },
  { kind: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{20,255}/g },
  {
    kind: 'npm token',
    pattern: /_authToken[ \t]{0,10}=[ \t]{0,10}[^\s$][^\s]{7,255}/g
  },
  {
    kind: 'Shopify token',
    pattern: /\b(?:shppa|shpca|shpat|shpss)_[A-Za-z0-9]{20,64}/g
  },
  { kind: 'Linear key', pattern: /\blin_(?:api|oauth)_[A-Za-z0-9_]{20,128}/g },
  {
    kind: '1Password secret',
    pattern: /\bops_ey[A-Za-z0-9+/=]{40,1280}/g
  },
  {
    kind: 'Slack webhook',
    pattern:
      /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]{1,40}\/B[A-Za-z0-9]{1,40}\/[A-Za-z0-9]{1,40}/gi
  },
  {
    // secretlint's AWS rule: a 40-character secret next to an `aws…key` name.
    kind: 'AWS secret key',
    pattern:
      /\b(?:aws_?)?(?:secret_?)?(?:access_?)?key["']?[ \t]{0,10}(?::|=>|=)[ \t]{0,10}["']?(?!wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY)[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi
  },
  {
    // An access key ID alone is not a secret to secretlint, but it names the account.
    kind: 'AWS access key',
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)(?![A-Z0-9]{9}EXAMPLE\b)[A-Z0-9]{16}\b/g
  },
  {
    kind: 'Slack token',
    pattern: /(?<![\w-])xox[abposr]-[A-Za-z0-9-]{10,255}/g
  },
  { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  {
    kind: 'OpenAI or Anthropic key',
    pattern: /(?<![\w-])sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,255}/g
  },
  {
    kind: 'SendGrid key',
    pattern: /\bSG\.[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{16,64}/g
  },
  {
    kind: 'private key',
    pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/g
  },
  {
    kind: 'JSON Web Token',
    pattern: /(?<![\w-])eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g
  },
  {
    // Any scheme: https, ftp, and database connection strings (postgres://,
    // mysql://, mongodb+srv://, jdbc:mysql://) alike.
    kind: 'password in a URL',
    pattern:
      /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/?#@"'`<>]{1,100}:[^\s/?#@"'`<>]{1,200}@/gi
  },
  {
    // A value of 8+ characters with a digit, so that prose ("token: revoked") passes.
    kind: 'password or token assignment',
    pattern:
      /\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret|auth)\b["']?[ \t]{0,10}[:=][ \t]{0,10}["']?(?=[^\s"'`<]{0,200}\d)(?![*x]{4})[^\s"'`<]{8,200}/gi
  }
]

/**
 * Invisible format characters: Unicode category Cf (zero-width space and
 * joiners, soft hyphen, bidirectional controls, the byte-order mark, tag
 * characters, interlinear annotations) and the Mongolian vowel separator.
 * They change how text reads, or split a token so that no pattern sees it.
 */
const INVISIBLE = /[\p{Cf}\u180e]/gu

/** Remove characters that change how text reads without being seen. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '')
}

/**
 * The text without invisible format characters, and where each of its UTF-16
 * offsets came from in the original (so that a finding in the stripped text
 * points at the original line and column). Newlines are never stripped, so
 * line numbers agree.
 */
export function stripInvisibleMapped(text: string): {
  readonly text: string
  /** Original offset of stripped offset `i` (and of the end, at `text.length`). */
  readonly origin: (i: number) => number
} {
  const pieces: string[] = []
  /** Stripped offset where a run starts, and the original offset it maps to. */
  const runs: [number, number][] = []
  let stripped = 0
  let from = 0
  for (const m of text.matchAll(INVISIBLE)) {
    if (m.index > from) {
      runs.push([stripped, from])
      pieces.push(text.slice(from, m.index))
      stripped += m.index - from
    }
    from = m.index + m[0].length
  }
  if (runs.length === 0 && from === 0) return { text, origin: (i) => i }
  runs.push([stripped, from])
  pieces.push(text.slice(from))
  return {
    text: pieces.join(''),
    origin(i) {
      let lo = 0
      let hi = runs.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (runs[mid]![0] <= i) lo = mid
        else hi = mid - 1
      }
      const [s, o] = runs[lo]!
      return o + (i - s)
    }
  }
}

/**
 * Characters that XML 1.0 forbids (C0 controls but tab and line breaks,
 * U+FFFE, U+FFFF, lone surrogates) and C1 controls: a terminal colour code
 * pasted into a title would make a whole Atom feed unreadable.
 */
const UNPUBLISHABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * Text fit to publish (the record's page, feed, JSON and Markdown): invisible
 * format characters out, characters XML forbids out, credentials redacted.
 */
export function publishable(text: string): string {
  return redact(text.replace(UNPUBLISHABLE, ''))
}

/**
 * At most `max` characters of `text`, cut on a whole character (never half
 * of a surrogate pair, so never a lone surrogate or U+FFFD downstream).
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text
  const end = /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max
  return text.slice(0, end)
}

export const REDACTED = '[redacted credential]'

/**
 * Guard a text from the issue on its way out: invisible characters removed,
 * anything shaped like a credential replaced. Every channel calls this (or
 * drops the text) before it shows issue text.
 */
export function redact(text: string): string {
  let out = stripInvisible(text)
  for (const { pattern } of CREDENTIAL_SHAPES)
    out = out.replace(pattern, REDACTED)
  return out
}

/** Whether a text holds anything shaped like a credential. */
export function holdsCredential(text: string): boolean {
  const plain = stripInvisible(text)
  return CREDENTIAL_SHAPES.some(({ pattern }) => {
    pattern.lastIndex = 0
    const hit = pattern.test(plain)
    pattern.lastIndex = 0
    return hit
  })
}
