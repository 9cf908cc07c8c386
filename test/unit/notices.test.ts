import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  affectedRepositories,
  isOwnNotice,
  MAX_AFFECTED,
  noticeMarker,
  noticeOf,
  noticeText,
  planNotices,
  type NoticeIssue,
  type ReportFacts
} from '../../src/core/notices.js'
import { PLANTED_SECRETS } from '../fixtures/planted-secrets.js'

const HOME = 'octo-org/main'
const REPORT: ReportFacts = {
  ref: `${HOME}#12`,
  url: `https://github.com/${HOME}/issues/12`,
  title: 'OAuth tokens stolen at the hosting provider',
  tldr: 'Rotate your deploy keys.',
  tldrNote: null,
  open: true,
  stateReason: null,
  affected: new Set(['octo-org/web', 'octo-org/cli']),
  frozen: false
}
const COVERED = new Map([
  ['octo-org/web', 'octo-org/web'],
  ['octo-org/cli', 'octo-org/cli'],
  ['octo-org/main', 'octo-org/main']
])

/** A notice as the plan would have written it, in `repository`. */
const written = (
  repository: string,
  number: number,
  more: Partial<NoticeIssue> = {},
  report = REPORT
): NoticeIssue => ({
  repository,
  number,
  ...noticeText(report),
  open: true,
  stateReason: null,
  ...more
})
const held = (...notices: NoticeIssue[]) => {
  const m = new Map<string, NoticeIssue[]>()
  for (const n of notices)
    m.set(n.repository, [...(m.get(n.repository) ?? []), n])
  return m
}

describe('the Affected repositories section', () => {
  it('reads owner/name, links and Markdown links, in lists or not; leaves out the report’s own repository and duplicates', () => {
    const text = [
      'octo-org/web',
      '- https://github.com/octo-org/cli',
      '* [the docs](https://github.com/octo-org/docs)',
      '1. <https://github.com/Octo-Org/Web>',
      'octo-org/main',
      'https://github.com/octo-org/site.git',
      'this is prose, not a repository',
      '<!-- a comment -->'
    ].join('\n')
    const { repositories, ignored } = affectedRepositories(text, HOME)
    expect(repositories).toEqual([
      'octo-org/web',
      'octo-org/cli',
      'octo-org/docs',
      'octo-org/site'
    ])
    expect(ignored).toBe(1)
  })

  it(`reads at most ${MAX_AFFECTED}; a hostile list costs nothing more`, () => {
    const text = Array.from({ length: 5000 }, (_, k) => `octo-org/r${k}`).join(
      '\n'
    )
    const { repositories, ignored } = affectedRepositories(text, HOME)
    expect(repositories).toHaveLength(MAX_AFFECTED)
    expect(ignored).toBeGreaterThan(0)
  })

  it('never throws, and only GitHub-shaped names come out (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        for (const r of affectedRepositories(text, HOME).repositories)
          expect(r).toMatch(/^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/)
      })
    )
  })
})

describe('the notice marker', () => {
  it('is the first line, and only an exact one counts', () => {
    expect(noticeOf(`${noticeMarker('octo-org/main#12')}\nbody`)).toBe(
      'octo-org/main#12'
    )
    expect(noticeOf(`text\n${noticeMarker('octo-org/main#12')}`)).toBeNull()
    expect(
      noticeOf('<!-- incident-issues:notice octo-org/main#0 -->')
    ).toBeNull()
    expect(noticeOf('<!-- incident-issues:notice ../x#1 -->')).toBeNull()
    expect(
      noticeOf(' <!-- incident-issues:notice octo-org/main#1 -->')
    ).toBeNull()
  })

  it('is ours only when the token’s identity wrote it', () => {
    const body = `${noticeMarker('octo-org/main#12')}\n`
    expect(
      isOwnNotice(
        { body, author: { login: 'incident-app', bot: true } },
        'incident-app[bot]'
      )
    ).toBe(true)
    expect(
      isOwnNotice(
        { body, author: { login: 'mallory', bot: false } },
        'incident-app[bot]'
      )
    ).toBe(false)
    expect(isOwnNotice({ body, author: null }, 'incident-app[bot]')).toBe(false)
  })
})

describe('the notice text', () => {
  it('names the incident, escapes the TLDR (no mention, no reference) and links the report', () => {
    const { title, body } = noticeText({
      ...REPORT,
      tldr: 'Ask @octo-org/security; see #3 and <b>this</b>.'
    })
    expect(title).toBe(`Security incident in ${HOME}: ${REPORT.title}`)
    expect(body.split('\n')[0]).toBe(noticeMarker(REPORT.ref))
    expect(body).not.toContain('@octo-org/security')
    expect(body).not.toContain('<b>')
    expect(body).toContain(REPORT.url)
  })

  it('never carries a credential, in the title or the TLDR', () => {
    const [secret] = PLANTED_SECRETS
    const { title, body } = noticeText({
      ...REPORT,
      title: `Leaked ${secret}`,
      tldr: `Revoke ${secret}`
    })
    expect(title + body).not.toContain(secret)
  })

  it('says why there is no summary when it is withheld or awaits a maintainer', () => {
    const { body } = noticeText({
      ...REPORT,
      tldr: null,
      tldrNote: 'The summary awaits a maintainer.'
    })
    expect(body).toContain('_The summary awaits a maintainer._')
  })

  it('a mention or a reference in the report’s title is broken in the notice’s title', () => {
    const { title } = noticeText({
      ...REPORT,
      title: 'Ping @octo-org/security about #3 and GH-4'
    })
    expect(title).not.toMatch(/@octo|#3|GH-4/)
    expect(title.replace(/\u200B/g, '')).toContain(
      'Ping @octo-org/security about #3 and GH-4'
    )
  })

  it('titles stay within GitHub’s 256 characters', () => {
    expect(
      noticeText({ ...REPORT, title: 'x'.repeat(1000) }).title.length
    ).toBeLessThanOrEqual(256)
  })
})

describe('the notice plan', () => {
  it('creates one notice in each affected covered repository while the report is open', () => {
    const steps = planNotices(REPORT, new Map(), COVERED)
    expect(steps.map((s) => `${s.kind} ${s.repository}`)).toEqual([
      'create octo-org/cli',
      'create octo-org/web'
    ])
  })

  it('never in a repository outside `repositories`', () => {
    const steps = planNotices(
      { ...REPORT, affected: new Set(['octo-org/web', 'elsewhere/app']) },
      new Map(),
      COVERED
    )
    expect(steps.map((s) => s.repository)).toEqual(['octo-org/web'])
  })

  it('writes nothing when nothing would change', () => {
    expect(
      planNotices(
        REPORT,
        held(written('octo-org/web', 4), written('octo-org/cli', 9)),
        COVERED
      )
    ).toEqual([])
  })

  it('updates a notice when the title or the TLDR changes', () => {
    const now = { ...REPORT, tldr: 'Rotate your deploy keys and tokens.' }
    const steps = planNotices(
      now,
      held(written('octo-org/web', 4), written('octo-org/cli', 9)),
      COVERED
    )
    expect(
      steps.map(
        (s) => `${s.kind} ${s.repository}#${'number' in s ? s.number : ''}`
      )
    ).toEqual(['update octo-org/cli#9', 'update octo-org/web#4'])
  })

  it('closes with the report, with the same reason, and reopens with it', () => {
    const closed = { ...REPORT, open: false, stateReason: 'NOT_PLANNED' }
    const close = planNotices(
      closed,
      held(
        written('octo-org/web', 4, {}, closed),
        written('octo-org/cli', 9, {}, closed)
      ),
      COVERED
    )
    expect(close).toEqual([
      expect.objectContaining({
        kind: 'close',
        repository: 'octo-org/cli',
        number: 9,
        reason: 'not_planned'
      }),
      expect.objectContaining({
        kind: 'close',
        repository: 'octo-org/web',
        number: 4,
        reason: 'not_planned'
      })
    ])
    const reopen = planNotices(
      REPORT,
      held(
        written('octo-org/web', 4, { open: false, stateReason: 'COMPLETED' }),
        written('octo-org/cli', 9, { open: false, stateReason: 'COMPLETED' })
      ),
      COVERED
    )
    expect(reopen.map((s) => s.kind)).toEqual(['reopen', 'reopen'])
  })

  it('no notice is created for a report that is already closed', () => {
    expect(
      planNotices(
        { ...REPORT, open: false, stateReason: 'COMPLETED' },
        new Map(),
        COVERED
      )
    ).toEqual([])
  })

  it('a repository removed from the section gets its notice closed as not planned', () => {
    const steps = planNotices(
      { ...REPORT, affected: new Set(['octo-org/web']) },
      held(written('octo-org/web', 4), written('octo-org/cli', 9)),
      COVERED
    )
    expect(steps).toEqual([
      expect.objectContaining({
        kind: 'close',
        repository: 'octo-org/cli',
        number: 9,
        reason: 'not_planned'
      })
    ])
  })

  it('a second notice of one report (someone made it) is closed as a duplicate; the first stays', () => {
    const steps = planNotices(
      { ...REPORT, affected: new Set(['octo-org/web']) },
      held(written('octo-org/web', 4), written('octo-org/web', 6)),
      COVERED
    )
    expect(steps).toEqual([
      expect.objectContaining({
        kind: 'close',
        repository: 'octo-org/web',
        number: 6,
        reason: 'duplicate'
      })
    ])
  })

  it('frozen (edited since by someone without a role): nothing added or removed, the state still follows', () => {
    const frozen = {
      ...REPORT,
      frozen: true,
      affected: new Set(['octo-org/web', 'octo-org/new'])
    }
    expect(
      planNotices(
        frozen,
        held(written('octo-org/cli', 9, {}, frozen)),
        new Map([...COVERED, ['octo-org/new', 'octo-org/new']])
      )
    ).toEqual([])
    const closed = { ...frozen, open: false, stateReason: 'COMPLETED' }
    expect(
      planNotices(closed, held(written('octo-org/cli', 9, {}, closed)), COVERED)
    ).toEqual([
      expect.objectContaining({
        kind: 'close',
        repository: 'octo-org/cli',
        reason: 'completed'
      })
    ])
  })
})
