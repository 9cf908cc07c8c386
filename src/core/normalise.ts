/**
 * Words of a title for matching: case, punctuation, emoji, markup and a leading
 * number (`1.`, `2)`) are ignored; apostrophes vanish so "didn't" is one word.
 */
export function titleWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
  while (words.length > 1 && /^\d+$/.test(words[0]!)) words.shift()
  return words
}

/** The compact key of a name or alias: "TL;DR" and "TLDR" both give "tldr". */
export function titleKey(text: string): string {
  return titleWords(text).join('')
}

/**
 * How many leading words of `title` spell `key`, or 0 when they do not.
 * `Timeline (UTC)` starts with `timeline`; `Timelines` does not.
 */
export function leadingMatch(title: readonly string[], key: string): number {
  if (key.length === 0) return 0
  let joined = ''
  for (let i = 0; i < title.length; i++) {
    joined += title[i]
    if (joined === key) return i + 1
    if (joined.length >= key.length || !key.startsWith(joined)) return 0
  }
  return 0
}
