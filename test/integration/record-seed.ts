import { LABEL, type Api } from './harness.js'
import { ago, COMPLETE } from './scenario.js'

export const TOKEN = 'ghp_' + 'Zx9'.repeat(12)

/** A repository with every kind of incident the record meets. */
export function seedRecord(api: Api) {
  api.addIssue({
    number: 10,
    title: 'CI provider breach',
    labels: [LABEL],
    body: '## TLDR\nRotate **your** deploy keys; see [the notice](https://example.org/notice).\n\n## Summary\nx\n## Timeline\n- 2026-03-01 x\n## References\nhttps://x.org\n',
    createdAt: ago(9)
  })
  api.addIssue({
    number: 7,
    title: 'Stolen OAuth tokens',
    labels: [LABEL],
    body: COMPLETE,
    createdAt: ago(40),
    closedAt: ago(30)
  })
  api.addIssue({
    number: 8,
    title: 'Not an incident after all',
    labels: [LABEL],
    body: COMPLETE,
    createdAt: ago(20),
    closedAt: ago(19),
    stateReason: 'NOT_PLANNED'
  })
  api.addIssue({
    number: 9,
    title: 'Rotate your tokens at evil.example',
    labels: [LABEL],
    body: '## TLDR\nGo to https://evil.example now\n',
    author: 'spammer',
    labeledBy: null,
    createdAt: ago(1)
  })
  api.addIssue({
    number: 11,
    title: 'Leaked <b>token</b> \u202Eevil',
    labels: [LABEL],
    body: `## TLDR\nOur token ${TOKEN} leaked.\n`,
    createdAt: ago(2)
  })
  api.addIssue({
    number: 12,
    title: '<script>alert(1)</script>',
    labels: [LABEL],
    body:
      '## TLDR\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) ![x](https://tracker.example/p.png) <img src=x onerror=alert(2)> @everyone #1 \u202Eevil\n\n' +
      'a'.repeat(64_000) +
      '\n',
    createdAt: ago(3)
  })
}
