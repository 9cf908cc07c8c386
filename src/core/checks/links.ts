import { walk } from '../markdown.js'
import { atTitle, visibleText, type Check } from './check.js'

/** References that GitHub links, or that identify an advisory. */
const REFERENCE =
  /(?:https?:\/\/\S|(?:^|[\s(])(?:[\w.-]+\/[\w.-]+)?#\d+\b|\bGH-\d+\b|\bCVE-\d{4}-\d{4,}\b|\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b)/i

export const links: Check = {
  id: 'links',
  description: 'At least one link: a URL, an issue reference, a CVE or GHSA id',
  run(section, { body }) {
    for (const node of walk(section.nodes)) {
      if (node.type === 'link' || node.type === 'linkReference') return []
    }
    if (REFERENCE.test(visibleText(section, body, true))) return []
    return [
      atTitle(
        section,
        'links-none',
        'warning',
        `Unexpected \`${section.spec.name}\` without a link, expected at least one URL, issue reference, CVE or GHSA id`
      )
    ]
  }
}
