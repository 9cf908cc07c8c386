import { describe, expect, it } from 'vitest'
import {
  ownReportComments,
  planComment,
  type OwnComment
} from '../../src/core/comment-plan.js'
import type { CommentRecord } from '../../src/core/records.js'
import { MARKER } from '../../src/core/render/comment.js'

const comment = (partial: Partial<OwnComment> = {}): OwnComment => ({
  id: 'IC_1',
  databaseId: 1,
  body: 'old',
  isMinimized: false,
  createdAt: '2026-01-01T00:00:00Z',
  ...partial
})

const record = (partial: Partial<CommentRecord> = {}): CommentRecord => ({
  id: 'IC_1',
  databaseId: 1,
  body: `${MARKER}\nreport`,
  isMinimized: false,
  createdAt: '2026-01-01T00:00:00Z',
  viewerDidAuthor: true,
  ...partial
})

describe('ownReportComments', () => {
  it('takes only comments by the token’s own user with the marker on line 1', () => {
    const ours = record()
    const forged = record({ id: 'IC_2', databaseId: 2, viewerDidAuthor: false })
    const unmarked = record({ id: 'IC_3', databaseId: 3, body: 'thanks!' })
    const markerLater = record({
      id: 'IC_4',
      databaseId: 4,
      body: `hello\n${MARKER}`
    })
    expect(
      ownReportComments([ours, forged, unmarked, markerLater]).map((c) => c.id)
    ).toEqual(['IC_1'])
  })

  it('accepts CRLF after the marker and skips a comment with no database id', () => {
    expect(
      ownReportComments([
        record({ body: `${MARKER}\r\nreport` }),
        record({ id: 'IC_9', databaseId: null })
      ]).map((c) => c.id)
    ).toEqual(['IC_1'])
  })
})

describe('planComment', () => {
  it('creates one comment when attention is needed and none exists', () => {
    expect(planComment([], { attention: true, body: 'b' }, 'minimize')).toEqual(
      [{ op: 'create', body: 'b' }]
    )
  })

  it('writes nothing for a report complete on first check', () => {
    expect(
      planComment([], { attention: false, body: 'b' }, 'minimize')
    ).toEqual([])
  })

  it('writes nothing when the text would not change (CRLF aside)', () => {
    expect(
      planComment(
        [comment({ body: 'a\r\nb' })],
        { attention: true, body: 'a\nb\n' },
        'minimize'
      )
    ).toEqual([])
  })

  it('keeps the oldest of several and deletes the rest', () => {
    const older = comment({
      id: 'IC_2',
      databaseId: 2,
      createdAt: '2025-01-01T00:00:00Z',
      body: 'b'
    })
    const steps = planComment(
      [comment(), older],
      { attention: true, body: 'b' },
      'minimize'
    )
    expect(steps).toEqual([
      {
        op: 'delete',
        comment: comment(),
        why: 'a second report comment (two runs raced)'
      }
    ])
  })

  it('updates then minimizes once complete; deletes with on-complete delete; only updates with keep', () => {
    const c = comment()
    expect(
      planComment([c], { attention: false, body: 'done' }, 'minimize').map(
        (s) => s.op
      )
    ).toEqual(['update', 'minimize'])
    expect(
      planComment([c], { attention: false, body: 'done' }, 'delete').map(
        (s) => s.op
      )
    ).toEqual(['delete'])
    expect(
      planComment([c], { attention: false, body: 'done' }, 'keep').map(
        (s) => s.op
      )
    ).toEqual(['update'])
    expect(
      planComment(
        [comment({ body: 'done', isMinimized: true })],
        { attention: false, body: 'done' },
        'minimize'
      )
    ).toEqual([])
  })

  it('un-minimizes and updates when the report breaks again', () => {
    const c = comment({ isMinimized: true, body: 'done' })
    expect(
      planComment([c], { attention: true, body: 'broken' }, 'minimize').map(
        (s) => s.op
      )
    ).toEqual(['unminimize', 'update'])
  })
})
