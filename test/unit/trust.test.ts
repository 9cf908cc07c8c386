import { describe, expect, it } from 'vitest'
import {
  canApplyLabels,
  isTrustedBot,
  labeler,
  trustLabel,
  type Labeling,
  type RoleAnswer
} from '../../src/core/trust.js'

const LABEL = 'security-incident'
const issue = (partial: Partial<Labeling> = {}): Labeling => ({
  author: { login: 'reporter', bot: false },
  labelEvents: [],
  labelEventsComplete: true,
  ...partial
})
const role = (
  roleName: string,
  permissions: Record<string, boolean> = {}
): RoleAnswer => ({ kind: 'role', roleName, permissions })

describe('labeler', () => {
  it('is the actor of the latest event of that label, whatever its case', () => {
    expect(
      labeler(
        issue({
          labelEvents: [
            { label: LABEL, actor: 'maintainer', bot: false },
            { label: 'Security-Incident', actor: 'drive-by', bot: false },
            { label: 'bug', actor: 'maintainer', bot: false }
          ]
        }),
        LABEL
      )
    ).toEqual({ login: 'drive-by', bot: false, via: 'event' })
  })

  it('is the author when no event names the label (a form or template applied it)', () => {
    expect(labeler(issue(), LABEL)).toEqual({
      login: 'reporter',
      bot: false,
      via: 'author'
    })
  })

  it('is unknown when the events were cut before the label, or the account is gone', () => {
    expect(labeler(issue({ labelEventsComplete: false }), LABEL).login).toBe(
      null
    )
    expect(
      labeler(
        issue({ labelEvents: [{ label: LABEL, actor: null, bot: false }] }),
        LABEL
      ).login
    ).toBe(null)
    expect(labeler(issue({ author: null }), LABEL).login).toBe(null)
  })
})

describe('trustLabel', () => {
  const person = { login: 'x', bot: false, via: 'event' } as const
  it('trusts roles that can apply labels, and custom roles built on triage', () => {
    for (const name of ['triage', 'write', 'maintain', 'admin', 'Admin'])
      expect(trustLabel(person, role(name), []).trusted).toBe(true)
    expect(
      trustLabel(person, role('incident-responder', { triage: true }), [])
        .trusted
    ).toBe(true)
    expect(trustLabel(person, role('read', { pull: true }), []).trusted).toBe(
      false
    )
    expect(trustLabel(person, { kind: 'none' }, []).trusted).toBe(false)
  })

  it('fails closed, flagged, when GitHub refused to tell the role', () => {
    const t = trustLabel(person, { kind: 'refused', message: '403' }, [])
    expect(t).toMatchObject({ trusted: false, refused: true })
  })

  it('trusts a bot only by name, never by a role lookup', () => {
    const bot = { login: 'my-labeler', bot: true, via: 'event' } as const
    expect(trustLabel(bot, undefined, []).trusted).toBe(false)
    expect(trustLabel(bot, undefined, ['my-labeler[bot]']).trusted).toBe(true)
    expect(isTrustedBot('my-labeler[bot]', ['MY-LABELER'])).toBe(true)
    expect(isTrustedBot('other', ['my-labeler[bot]'])).toBe(false)
  })

  it('never echoes a login that is not a GitHub login', () => {
    const t = trustLabel(
      { login: 'x\n::error::y', bot: false, via: 'event' },
      { kind: 'none' },
      []
    )
    expect(t.reason).not.toContain('::error::')
    expect(t.reason).toContain('(unreadable login)')
  })

  it('reads the permissions hash when the role name is unknown', () => {
    expect(canApplyLabels(role('custom', { push: true }))).toBe(true)
    expect(canApplyLabels(role('custom', {}))).toBe(false)
  })
})
