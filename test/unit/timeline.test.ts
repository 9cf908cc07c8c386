import { describe, expect, it } from 'vitest'
import { lint } from '../../src/core/lint.js'

const withTimeline = (entries: string) =>
  lint(
    `## TLDR\nx\n## Summary\nx\n## Timeline\n${entries}\n## References\nhttps://x.org\n`
  )
const timelineFindings = async (entries: string) =>
  (await withTimeline(entries)).sections.find((s) => s.name === 'Timeline')!
    .findings

describe('the timeline check', () => {
  it.each([
    '- 2022-04-15 the notice',
    '- 2022-04-15 14:05 UTC the notice',
    '- April 15, 2022: the notice',
    '- 15 Apr 2022: the notice',
    '- Apr 15: the notice',
    '- 14:05 UTC: the notice',
    '| 2022/04/15 | the notice |',
    'On 15th April 2022 the provider wrote to us.'
  ])('accepts a dated or timed entry: %j', async (entry) => {
    expect(await timelineFindings(entry)).toEqual([])
  })

  it('reads 12-hour times as such: no false "out of order"', async () => {
    expect(
      await timelineFindings(
        '- 2022-04-15 11:40 AM notice\n- 2022-04-15 12:10 PM rotated\n- 2022-04-15 2:05 PM done\n- 2022-04-15 9:30 p.m. closed'
      )
    ).toEqual([])
    const [back] = await timelineFindings(
      '- 2022-04-15 2:05 PM rotated\n- 2022-04-15 11:40 AM notice'
    )
    expect(back!.message).toBe(
      'Unexpected timeline entry `2022-04-15 11:40` after `2022-04-15 14:05`, expected chronological order'
    )
    const [midnight] = await timelineFindings(
      '- 2022-04-15 1:00 AM a\n- 2022-04-15 12:30 AM b'
    )
    expect(midnight!.message).toContain(
      '`2022-04-15 00:30` after `2022-04-15 01:00`'
    )
  })

  it('reports an entry without a date or time', async () => {
    const [finding] = await timelineFindings('- the provider told us')
    expect(finding!.message).toMatch(
      /^Unexpected `Timeline` without a dated entry/
    )
  })

  it('reports each step backwards with both lines, from parsed dates only', async () => {
    const findings = await timelineFindings(
      '- Apr 14, 2022 a\n- Apr 12 b\n- Apr 13 c\n- Apr 11 d'
    )
    expect(findings.map((f) => [f.line, f.message, f.cause?.line])).toEqual([
      [
        7,
        'Unexpected timeline entry `2022-04-12` after `2022-04-14`, expected chronological order',
        6
      ],
      [
        9,
        'Unexpected timeline entry `2022-04-11` after `2022-04-13`, expected chronological order',
        8
      ]
    ])
  })

  it('takes a time alone as the same day, and an earlier time alone as the next day', async () => {
    expect(
      await timelineFindings(
        '- 2022-04-12 23:10 a\n- 23:50 b\n- 00:20 c\n- 2022-04-13 01:00 d'
      )
    ).toEqual([])
  })

  it('accepts three or more entries that all run newest first', async () => {
    expect(
      await timelineFindings('- 2022-04-15 a\n- 2022-04-13 b\n- 2022-04-12 c')
    ).toEqual([])
  })

  it('ignores dates in code and comments', async () => {
    const findings = await timelineFindings(
      '<!-- 2022-04-15 -->\n`2022-04-15`\n```\n2022-04-15\n```'
    )
    expect(findings[0]!.message).toMatch(/without a dated entry/)
  })

  it.each([
    '- 2024-01-10T08:10:00Z the notice',
    '- 2024-01-10T08:10Z the notice',
    '- 2024-01-10T08:10:00.123+02:00 the notice',
    '- 2:05 PM: the notice'
  ])(
    'reads ISO 8601 date-times and `2:05 PM:` as entries: %j',
    async (entry) => {
      expect(await timelineFindings(entry)).toEqual([])
    }
  )

  it('orders ISO 8601 date-times by their instant', async () => {
    expect(
      await timelineFindings(
        '- 2024-01-10T08:10:00Z notice\n- 2024-01-10T09:00:00Z rotated\n- 2024-01-11T00:00:00Z done'
      )
    ).toEqual([])
    const [back] = await timelineFindings(
      '- 2024-01-10T09:00:00Z rotated\n- 2024-01-10T08:10:00Z notice'
    )
    expect(back!.message).toBe(
      'Unexpected timeline entry `2024-01-10 08:10` after `2024-01-10 09:00`, expected chronological order'
    )
  })

  it('reads `2:05 PM:` (a colon after the time) as 14:05', async () => {
    const [back] = await timelineFindings(
      '- 2022-04-15 2:05 PM: rotated\n- 2022-04-15 1:00 PM: notice'
    )
    expect(back!.message).toContain(
      '`2022-04-15 13:00` after `2022-04-15 14:05`'
    )
  })

  it('respects explicit offsets when checking the order', async () => {
    // 10:00 +02:00 is 08:00 UTC: before 09:00 UTC, not after it.
    expect(
      await timelineFindings(
        '- 2024-01-10 10:00 +02:00 notice\n- 2024-01-10 09:00 UTC rotated\n- 2024-01-10 05:00 -05:00 done'
      )
    ).toEqual([])
    const [back] = await timelineFindings(
      '- 2024-01-10 09:00 UTC notice\n- 2024-01-10 10:30+02:00 rotated'
    )
    expect(back!.message).toBe(
      'Unexpected timeline entry `2024-01-10 10:30 +02:00` after `2024-01-10 09:00`, expected chronological order'
    )
  })

  it.each([
    [
      '- 2022-02-30 the notice',
      'Unexpected date `2022-02-30`, expected a day that exists'
    ],
    [
      '- 2023-02-29 the notice',
      'Unexpected date `2023-02-29`, expected a day that exists'
    ],
    [
      '- April 31: the notice',
      'Unexpected date `04-31`, expected a day that exists'
    ],
    [
      '- 2022-04-15 25:00 the notice',
      'Unexpected time `25:00`, expected hours 00–23 and minutes 00–59'
    ],
    [
      '- 14:75 the notice',
      'Unexpected time `14:75`, expected hours 00–23 and minutes 00–59'
    ]
  ])(
    'reports an impossible date or time, not an entry: %j',
    async (entry, message) => {
      const findings = await timelineFindings(entry)
      expect(findings.map((f) => [f.rule, f.message, f.line])).toEqual([
        ['timeline-undated', expect.stringMatching(/without a dated entry/), 5],
        ['timeline-impossible', message, 6]
      ])
    }
  )

  it('accepts 29 February in a leap year', async () => {
    expect(await timelineFindings('- 2024-02-29 the notice')).toEqual([])
  })
})
