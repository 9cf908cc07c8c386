/**
 * The one list of credential shapes that the action recognises by pattern,
 * and the one function that guards every text taken from an issue on its way
 * to any channel (comment, job summary, log, outputs, CLI).
 *
 * The body is also scanned by secretlint (scan-credentials.ts), which knows more
 * kinds; these shapes cover what it does not, and every short text (a title,
 * a heading, a label) that is never scanned by it.
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

/** Bidirectional controls (Trojan Source) and zero-width characters. */
const INVISIBLE =
  /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

/** Remove characters that change how text reads without being seen. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '')
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
