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
})
