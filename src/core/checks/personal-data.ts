import { byPosition } from '../findings.js'
import { walk } from '../markdown.js'
import { visibleText, type Check, type CheckFinding } from './check.js'

const LOCAL = /[\w.+-]/
const DOMAIN = /[\w.-]/
const ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i

/**
 * E-mail addresses in `text`, in linear time: each `@` is grown at most 64
 * characters to the left and 255 to the right (a regex that looks for the
 * local part first would rescan a long run of letters for every start).
 */
export function findEmails(
  text: string
): { readonly address: string; readonly index: number }[] {
  const found: { address: string; index: number }[] = []
  let from = 0
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > Math.max(from, at - 64) && LOCAL.test(text[start - 1]!))
      start--
    let end = at + 1
    while (end < Math.min(text.length, at + 256) && DOMAIN.test(text[end]!))
      end++
    // The address ends at a word boundary: trailing dots belong to the sentence.
    while (end > at + 1 && text[end - 1] === '.') end--
    const address = text.slice(start, end)
    if (start < at && ADDRESS.test(address)) {
      found.push({ address, index: start })
      from = end
    }
  }
  return found
}

/**
 * Addresses of services and examples, not of people: GitHub's no-reply and
 * git addresses, per-user no-reply addresses, and the reserved example domains.
 */
const SERVICE_ADDRESS =
  /^(?:(?:noreply|no-reply|git)@github\.com|[^@]+@users\.noreply\.github\.com|[^@]+@(?:[\w-]+\.)*example\.(?:com|org|net))$/i

export const isServiceAddress = (address: string) =>
  SERVICE_ADDRESS.test(address)
const IPV4 =
  /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g
const PRIVATE_OR_EXAMPLE_IP =
  /^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|0\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)/

/**
 * Personal data in the section (e-mail and public IP addresses are warnings),
 * and a reminder for each image, which the action cannot read.
 */
export const personalData: Check = {
  id: 'personal-data',
  description:
    'No personal data; every image checked for user data before it stays public',
  run(section, { body, lines }) {
    const findings: CheckFinding[] = []
    const text = visibleText(section, body, false)
    const at = (index: number) => lines.point(section.contentStart + index)
    for (const m of findEmails(text)) {
      if (isServiceAddress(m.address)) continue
      findings.push({
        severity: 'warning',
        message: `Unexpected e-mail address in \`${section.spec.name}\`, expected no personal data: remove it or replace it with \`user@example.com\``,
        ...at(m.index),
        rule: 'email'
      })
    }
    for (const m of text.matchAll(IPV4)) {
      if (PRIVATE_OR_EXAMPLE_IP.test(m[0])) continue
      // Version numbers such as 1.2.3.4 in a sentence about a release are common.
      if (/v$|version\s*$/i.test(text.slice(Math.max(0, m.index - 9), m.index)))
        continue
      findings.push({
        severity: 'warning',
        message: `Unexpected IP address in \`${section.spec.name}\`, expected no personal data: remove it or use \`203.0.113.x\``,
        ...at(m.index),
        rule: 'ip-address'
      })
    }
    for (const node of walk(section.nodes)) {
      const isImage =
        node.type === 'image' ||
        node.type === 'imageReference' ||
        (node.type === 'html' && /<img\b/i.test(node.value))
      if (isImage && node.position) {
        findings.push({
          severity: 'info',
          message:
            'Unchecked image, expected it to be checked for user data (names, e-mail addresses, tokens, IP addresses) before it stays public',
          line: node.position.start.line,
          column: node.position.start.column,
          rule: 'image'
        })
      }
    }
    return findings.sort(byPosition)
  }
}
