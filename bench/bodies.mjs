// 64 KB bodies for the benchmark: one realistic report and adversarial ones.
export const SIZE = 65_536

let size = SIZE
const fit = (text) => {
  if (text.length >= size) return text.slice(0, size)
  throw new Error(`body too short: ${text.length}`)
}
const fill = (head, unit) =>
  fit(head + unit.repeat(Math.ceil((size - head.length) / unit.length)))

/** A long but ordinary incident report: prose, a long timeline, links, logs. */
export function realistic(n = SIZE) {
  size = n
  const para =
    'The provider told us that an attacker used stolen OAuth tokens to read private repositories. We rotated every credential the CI system could read, reviewed the audit log, and found no access by those tokens. '
  let text =
    '## TLDR\nA CI provider we use leaked OAuth tokens. None of ours were used; you need not act.\n\n## Summary\n'
  for (let i = 0; i < 40; i++) text += para + (i % 4 === 3 ? '\n\n' : '')
  text += '\n\n## Timeline (UTC)\n'
  const start = Date.parse('2024-01-01T00:00:00Z')
  for (let i = 0; i < 250; i++) {
    const t = new Date(start + i * 3_600_000)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ')
    text += `- ${t} UTC: step ${i} of the investigation, see [the log](https://example.org/log/${i})\n`
  }
  text += '\n## References\n'
  for (let i = 0; i < 60; i++)
    text += `- https://example.org/advisories/GHSA-${i}, CVE-2024-${1000 + i} and #${i + 1}\n`
  text += '\n## Evidence\n\n```text\n'
  let log = ''
  while (text.length + log.length < size)
    log += `2024-01-01T00:00:00Z INFO request ${log.length} from 203.0.113.7 ok\n`
  return fit(text + log)
}

/** Hostile bodies, each exactly 64 KB. */
export function adversarial(n = SIZE) {
  size = n
  const timeline =
    '## TLDR\nx\n## Summary\nx\n## References\nhttps://x.org\n## Timeline\n'
  let backwards = ''
  for (let i = 0; backwards.length < size; i++)
    backwards += `- ${2000 + ((2999 - i) % 999)}-0${1 + (i % 9)}-1${i % 10} 1${i % 10}:00 x\n`
  return {
    'ten thousand headings': fill('', '# h\n'),
    'bold labels': fill('', '**Summary**\nx\n\n**TLDR;**\ny\n\n'),
    'nested lists on one line': fill('', '- '),
    'nested quotes': fill('', '>'),
    'indented list ladder': fit(
      Array.from({ length: 400 }, (_, i) => ' '.repeat(i % 200) + '- x').join(
        '\n'
      ) +
        '\n' +
        'x'.repeat(size)
    ),
    'emphasis runs': fill('', '*a **b _c __d '),
    'open brackets': fill('', '[!['),
    links: fill('', '[a](http://x.y) <http://z> '),
    'HTML comments': fill('', '<!-- x '),
    'table columns': fill('| a |\n|---|\n', '| b '),
    'timeline out of order': fill(timeline, backwards),
    'token-like strings': fill(
      '',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789 token=abc12345678 '
    ),
    'e-mails and IPs in Evidence': fill(
      '## Evidence\n',
      'a.b@example-mail.net 81.2.69.142 ![i](x.png) '
    ),
    'labels with colons': fill('', 'Sources: x\n\nTL;DR: y\n\n'),
    // Families found by hand: each once cost seconds in a regex or the parser.
    'one long word in Evidence': fill('## Evidence\n', 'a'),
    'at signs in Evidence': fill('## Evidence\n', 'a@'),
    'assignment chain': fill('## Evidence\n', 'token='),
    'JWT-like dashes': fill('', 'eyJ-'),
    'URL credentials without end': fill('', 'https://a:'),
    'emphasis *a (micromark)': fill('', '*a'),
    'emphasis _a (micromark)': fill('', '_a ')
  }
}
