import { redact } from '../credentials.js'

const ZWSP = '\u200B'
const MAX = 80

/**
 * Make text from an issue safe to show in a comment or summary: it can never
 * carry a credential or invisible characters (see `redact`), mention a user,
 * reference or close an issue, or inject Markdown or HTML.
 * Mentions and references are broken with a zero-width space (GitHub links them
 * after rendering, so backslashes would not help); HTML is entity-encoded; every
 * Markdown punctuation character is backslash-escaped; lines are joined.
 */
export function escapeText(text: string, max = MAX): string {
  let s = redact(text)
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
