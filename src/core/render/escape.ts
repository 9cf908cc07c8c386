const ZWSP = '\u200B'
const MAX = 80

/**
 * Make text from an issue safe to show in a comment or summary: it can never
 * mention a user, reference or close an issue, or inject Markdown or HTML.
 * Mentions and references are broken with a zero-width space (GitHub links them
 * after rendering, so backslashes would not help); HTML is entity-encoded; every
 * Markdown punctuation character is backslash-escaped; lines are joined.
 */
export function escapeText(text: string, max = MAX): string {
  let s = text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if ([...s].length > max) s = [...s].slice(0, max - 1).join('') + '…'
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:=]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/\b(gh)\\?-/gi, `$1${ZWSP}\\-`)
    .replace(/\b(https?|ftp|mailto|javascript|data)\\:/gi, `$1${ZWSP}\\:`)
    .replace(/\bwww\\\./gi, `www${ZWSP}\\.`)
}

/** Credential shapes that may sit in text the linter does not scan (an issue title). */
const CREDENTIAL =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|npm_[A-Za-z0-9]{20,}|(?:AKIA|ASIA)[A-Z0-9]{16}|xox[abposr]-[A-Za-z0-9-]{10,}|eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,})/g

/** Replace anything shaped like a credential by its kind. */
export function redact(text: string): string {
  return text.replace(CREDENTIAL, '[redacted credential]')
}
