import type { SectionSpec } from './types.js'

/**
 * The default sections of SPEC; their names are canonical in outputs and
 * comments. `Affected repositories` (optional) names the other repositories
 * of the organisation where the sweep keeps notice issues (core/notices.ts).
 */
export const DEFAULT_SECTIONS: readonly SectionSpec[] = Object.freeze([
  {
    name: 'TLDR',
    required: true,
    aliases: ['TL;DR', 'TL DR', "Too long; didn't read"],
    check: 'brief'
  },
  {
    name: 'Summary',
    required: true,
    aliases: ['Overview', 'Incident summary']
  },
  {
    name: 'Timeline',
    required: true,
    aliases: ['Timeline of events', 'Chronology'],
    check: 'timeline'
  },
  {
    name: 'References',
    required: true,
    aliases: [
      'Reference',
      'Links',
      'Resources',
      'Sources',
      'More info',
      'Further reading',
      'See also'
    ],
    check: 'links'
  },
  {
    name: 'Evidence',
    required: false,
    aliases: ['Screenshots'],
    check: 'personal-data'
  },
  {
    name: 'Affected repositories',
    required: false,
    aliases: ['Affected projects', 'Affected repos']
  }
] satisfies SectionSpec[])

/** Show a user value in an error without flooding the log. */
export function quoteValue(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim()
  return `'${oneLine.length > 80 ? oneLine.slice(0, 77) + '...' : oneLine}'`
}
