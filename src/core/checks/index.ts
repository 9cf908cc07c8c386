import type { CheckId } from '../types.js'
import { brief } from './brief.js'
import type { Check } from './check.js'
import { links } from './links.js'
import { secrets } from './secrets.js'
import { timeline } from './timeline.js'

/** The registry: a check's id is its key, stable in findings and docs. */
export const checks = { brief, timeline, links, secrets } satisfies Record<
  CheckId,
  Check
>
