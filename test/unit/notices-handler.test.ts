import { describe, expect, it } from 'vitest'
import { analyseBodies } from '../../src/core/record/analyse.js'
import { noticeMarker } from '../../src/core/notices.js'
import { keepNotices } from '../../src/handlers/notices.js'
import { organisationRecord } from '../../src/handlers/organisation-record.js'
import { rolesFrom } from '../../src/handlers/roles.js'
import { NO_SELECTION } from '../../src/core/repositories.js'
import { DEFAULT_INPUTS, NOW } from '../fakes/builders.js'
import { anIssue, GitHubFake, memoryLogger } from '../fakes/github-fake.js'
import { OrganisationFake } from '../fakes/organisation-fake.js'

const COMPLETE =
  '## TLDR\nRotate your keys.\n\n## Summary\nA provider leaked tokens.\n\n## Timeline\n- 2026-03-01 10:00 UTC: notified\n\n## References\n- https://example.org/notice\n'
const REF = 'o/main#1'
const body = (affected: string[]) =>
  `${COMPLETE}\n## Affected repositories\n${affected.join('\n')}\n`
const INPUTS = { ...DEFAULT_INPUTS, repositories: NO_SELECTION }

function organisation(affected = ['o/web', 'o/cli']) {
  const main = new GitHubFake(
    anIssue({ number: 1, title: 'Tokens leaked', body: body(affected) })
  )
  const empty = () => {
    const f = new GitHubFake(
      anIssue({ number: 99, labels: [], labelEvents: [] })
    )
    f.issues.clear()
    return f
  }
  const org = new OrganisationFake()
    .add('o/main', main)
    .add('o/web', empty())
    .add('o/cli', empty())
  return { org, main, web: org.get('o/web'), cli: org.get('o/cli') }
}

/** One night: the record's read, then the notices. */
async function night(org: OrganisationFake) {
  const covered = ['o/cli', 'o/main', 'o/web']
  const logFor = () => memoryLogger()
  const record = await organisationRecord(
    {
      org,
      inputs: INPUTS,
      logFor,
      rolesFor: (r) => rolesFrom(org.repository(r)),
      home: 'o/main',
      now: NOW,
      previous: null,
      analyse: (b, s) => analyseBodies(b, s)
    },
    covered
  )
  return keepNotices({
    inputs: INPUTS,
    viewer: record.viewer,
    covered,
    reads: record.reads,
    records: record.records,
    notices: (r) => org.notices(r),
    reread: (r) => org.repository(r).listRecord(INPUTS.label),
    logFor
  })
}

const notices = (fake: GitHubFake) =>
  [...fake.issues.values()].filter((i) => i.body.startsWith(noticeMarker(REF)))

describe('notices over in-memory ports', () => {
  it('creates, then writes nothing; updates; removes; closes and reopens with the report', async () => {
    const { org, main, web, cli } = organisation()
    const first = await night(org)
    expect(notices(web)).toHaveLength(1)
    expect(notices(cli)).toHaveLength(1)
    expect([...first.changed].sort()).toEqual(['o/cli', 'o/web'])
    expect(notices(web)[0]!.labels).toEqual(['security-incident'])

    const writes = () => [...web.writes, ...cli.writes].length
    const before = writes()
    await night(org)
    expect(writes()).toBe(before)

    main.issue = {
      ...main.issue,
      body: body(['o/web', 'o/cli']).replace(
        'Rotate your keys.',
        'Rotate every key.'
      )
    }
    await night(org)
    expect(notices(web)[0]!.body).toContain('Rotate every key')

    main.issue = {
      ...main.issue,
      body: body(['o/web']).replace('Rotate your keys.', 'Rotate every key.')
    }
    await night(org)
    expect([notices(cli)[0]!.open, notices(cli)[0]!.stateReason]).toEqual([
      false,
      'NOT_PLANNED'
    ])

    main.issue = {
      ...main.issue,
      open: false,
      closedAt: NOW.toISOString(),
      stateReason: 'COMPLETED'
    }
    await night(org)
    expect([notices(web)[0]!.open, notices(web)[0]!.stateReason]).toEqual([
      false,
      'COMPLETED'
    ])

    main.issue = {
      ...main.issue,
      open: true,
      closedAt: null,
      stateReason: 'REOPENED'
    }
    await night(org)
    expect(notices(web)[0]!.open).toBe(true)
    expect(notices(cli)[0]!.open).toBe(false)
    expect(notices(web)).toHaveLength(1)
  })

  it('a lost answer to a create: found again, counted as done, never a second', async () => {
    const { org, web } = organisation(['o/web'])
    web.loseNextCreate = true
    const result = await night(org)
    expect(result.failed).toEqual([])
    expect(notices(web)).toHaveLength(1)
    await night(org)
    expect(notices(web)).toHaveLength(1)
  })

  it('someone else’s issue with the marker is never edited, and is named', async () => {
    const { org, web } = organisation(['o/web'])
    web.add(
      anIssue({
        number: 5,
        title: 'Fake',
        body: `${noticeMarker(REF)}\nphish`,
        author: { login: 'mallory', bot: false }
      })
    )
    const result = await night(org)
    expect(result.foreign).toEqual([
      { repository: 'o/web', number: 5, report: REF }
    ])
    expect(web.writes.filter((w) => w.includes('#5'))).toEqual([])
    expect(notices(web).filter((n) => n.number !== 5)).toHaveLength(1)
  })

  it('a report that is no longer an incident (label removed) has its notices closed as not planned', async () => {
    const { org, main, web } = organisation(['o/web'])
    await night(org)
    main.issue = { ...main.issue, labels: [] }
    await night(org)
    expect([notices(web)[0]!.open, notices(web)[0]!.stateReason]).toEqual([
      false,
      'NOT_PLANNED'
    ])
  })

  it('a refused notice write is its repository’s failure; the others are written', async () => {
    const { org, web, cli } = organisation()
    cli.createIssue = () =>
      Promise.reject(
        Object.assign(new Error('Resource not accessible by integration'), {
          status: 403
        })
      )
    const result = await night(org)
    expect(notices(web)).toHaveLength(1)
    expect(result.failed.map((f) => f.name)).toEqual(['o/cli'])
    expect(result.failed[0]!.why).toContain('Resource not accessible')
  })
})

describe('without a record, only what the notices need is analysed', () => {
  it('reports that name affected repositories, and those with notices; a hostile body costs one pass', async () => {
    const { org, main } = organisation(['o/web'])
    main.add(anIssue({ number: 2, title: 'Other', body: COMPLETE }))
    // Hostile: every line starts like the heading, none is one.
    main.add(
      anIssue({
        number: 3,
        title: 'Hostile',
        body:
          `${'Affected \t \t'.repeat(1)}\n`.repeat(6_000) + '#'.repeat(20_000)
      })
    )
    const analysed: string[][] = []
    const run = () =>
      organisationRecord(
        {
          org,
          inputs: INPUTS,
          logFor: () => memoryLogger(),
          rolesFor: (r) => rolesFrom(org.repository(r)),
          home: 'o/main',
          now: NOW,
          previous: null,
          noticesOnly: true,
          analyse: (b, s) => (analysed.push([...b]), analyseBodies(b, s))
        },
        ['o/cli', 'o/main', 'o/web']
      )
    const first = await run()
    expect(analysed[0]).toHaveLength(1)
    expect(
      first.records.flatMap((r) => r.incidents.map((i) => i.number))
    ).toEqual([1])
    await night(org)
    // The heading is gone, but #1 has notices: still analysed (its notices follow it).
    main.issue = { ...main.issue, body: COMPLETE }
    await run()
    expect(analysed[1]).toEqual([COMPLETE])
  })
})
