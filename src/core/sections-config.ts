import { parse } from 'yaml'
import { titleKey } from './normalise.js'
import { quoteValue } from './sections-defaults.js'
import {
  CHECK_ALIASES,
  CHECK_IDS,
  type CheckId,
  type SectionSpec
} from './types.js'

export { DEFAULT_SECTIONS, quoteValue } from './sections-defaults.js'

const EXPECTED =
  'a YAML list of sections, each with `name` (text), optional `required` (true or false), `aliases` (list of text) and `check` (one of ' +
  CHECK_IDS.join(', ') +
  ')'

/**
 * Parse the `sections` input. Returns the specs, or an error sentence that names
 * the input, the value and what was expected (all problems at once).
 */
export function parseSections(
  text: string
): { ok: true; sections: SectionSpec[] } | { ok: false; error: string } {
  const fail = (why: string) => ({
    ok: false as const,
    error: `Invalid value for 'sections': ${why} (got ${quoteValue(text)}); expected ${EXPECTED}`
  })
  let data: unknown
  try {
    data = parse(text, { maxAliasCount: 100 })
  } catch (error) {
    const msg = error instanceof Error ? error.message.split('\n')[0]! : ''
    return fail(`not valid YAML: ${msg}`)
  }
  if (!Array.isArray(data)) return fail('not a list')
  if (data.length === 0) return fail('an empty list')
  const problems: string[] = []
  const sections: SectionSpec[] = []
  /** Each title's key → the section (by position) it names. */
  const seen = new Map<string, { name: string; index: number }>()
  data.forEach((item: unknown, i) => {
    const where = `item ${i + 1}`
    if (typeof item === 'string' && item.trim()) {
      item = { name: item }
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push(`${where} is not a mapping or a name`)
      return
    }
    const entry = item as Record<string, unknown>
    for (const key of Object.keys(entry)) {
      if (!['name', 'required', 'aliases', 'check'].includes(key)) {
        problems.push(`${where} has an unknown key '${key}'`)
      }
    }
    const name = entry.name
    if (typeof name !== 'string' || name.trim() === '') {
      problems.push(`${where} has no 'name'`)
      return
    }
    const required = entry.required ?? true
    if (typeof required !== 'boolean') {
      problems.push(`'required' of '${name}' is not true or false`)
    }
    let aliases: string[] = []
    if (entry.aliases !== undefined && entry.aliases !== null) {
      if (
        !Array.isArray(entry.aliases) ||
        !entry.aliases.every((a) => typeof a === 'string' && a.trim() !== '')
      ) {
        problems.push(`'aliases' of '${name}' is not a list of text`)
      } else {
        aliases = entry.aliases as string[]
      }
    }
    let check: CheckId | undefined
    if (entry.check !== undefined && entry.check !== null) {
      const id =
        typeof entry.check === 'string'
          ? entry.check
          : JSON.stringify(entry.check)
      if (CHECK_IDS.includes(id as CheckId)) check = id as CheckId
      else if (id in CHECK_ALIASES) check = CHECK_ALIASES[id]
      else problems.push(`unknown check ${quoteValue(id)} for '${name}'`)
    }
    for (const title of [name, ...aliases]) {
      const key = titleKey(title)
      if (key === '') {
        problems.push(`'${title}' of '${name}' has no letters or digits`)
        continue
      }
      const other = seen.get(key)
      // Within one section, `TL;DR` beside `TLDR` is a harmless spelling.
      if (other === undefined) seen.set(key, { name, index: i })
      else if (other.index === i) continue
      else if (titleKey(other.name) === titleKey(name))
        problems.push(`'${name}' is configured twice`)
      else problems.push(`'${title}' names both '${other.name}' and '${name}'`)
    }
    sections.push(
      Object.freeze({
        name: name.trim(),
        required: required === true,
        aliases: Object.freeze(aliases.map((a) => a.trim())),
        ...(check ? { check } : {})
      })
    )
  })
  if (problems.length > 0) return fail(problems.join('; '))
  return { ok: true, sections }
}
