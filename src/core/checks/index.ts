import type { CheckId, Finding, FoundSection } from '../types.js'
import { brief } from './brief.js'
import type { Check, CheckContext } from './check.js'
import { links } from './links.js'
import { personalData } from './personal-data.js'
import { timeline } from './timeline.js'

/** The registry: a check's id is its key, stable in findings and docs. */
export const checks = {
  brief,
  timeline,
  links,
  'personal-data': personalData
} satisfies Record<CheckId, Check>

/** Run a check; the registry stamps each finding with the check that made it. */
export function runCheck(
  id: CheckId,
  section: FoundSection,
  context: CheckContext
): Finding[] {
  return checks[id].run(section, context).map((f) => ({ ...f, source: id }))
}
