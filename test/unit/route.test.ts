import { describe, expect, it } from 'vitest'
import { routeEvent } from '../../src/route.js'

describe('routeEvent', () => {
  const opts = { label: 'security-incident', issueNumber: null }
  const issue = (action: string, labels: string[], extra = {}) => ({
    action,
    issue: { number: 3, labels: labels.map((name) => ({ name })) },
    ...extra
  })

  it('handles labelled issues and ignores the rest', () => {
    expect(
      routeEvent('issues', issue('edited', ['Security-Incident']), opts)
    ).toEqual({ kind: 'issue', number: 3, happened: 'changed' })
    expect(routeEvent('issues', issue('edited', ['bug']), opts).kind).toBe(
      'ignore'
    )
  })

  it('handles the removal of the incident label, not of another one', () => {
    expect(
      routeEvent(
        'issues',
        issue('unlabeled', [], { label: { name: 'security-incident' } }),
        opts
      )
    ).toMatchObject({ kind: 'issue', happened: 'label-removed' })
    expect(
      routeEvent(
        'issues',
        issue('unlabeled', [], { label: { name: 'bug' } }),
        opts
      ).kind
    ).toBe('ignore')
  })

  it('sweeps on schedule and on dispatch without a number', () => {
    expect(routeEvent('schedule', null, opts)).toEqual({ kind: 'sweep' })
    expect(routeEvent('workflow_dispatch', {}, opts)).toEqual({ kind: 'sweep' })
    expect(
      routeEvent('workflow_dispatch', {}, { ...opts, issueNumber: 8 })
    ).toMatchObject({ kind: 'issue', number: 8 })
  })

  it.each([null, 'text', 42, [], { issue: { number: 3 } }])(
    'ignores an issues payload without a handled action: %j',
    (payload) => {
      expect(routeEvent('issues', payload, opts)).toMatchObject({
        kind: 'ignore',
        message: expect.stringContaining('is not handled')
      })
    }
  )

  it.each([
    { action: 'opened' },
    { action: 'opened', issue: { number: '3' } },
    { action: 'opened', issue: { number: -1 } },
    { action: 'opened', issue: { number: 1.5 } }
  ])(
    'fails clearly on an issues payload without a usable issue number: %j',
    (payload) => {
      expect(routeEvent('issues', payload, opts)).toEqual({
        kind: 'fail',
        message:
          "The 'issues' event payload has no issue number (GITHUB_EVENT_PATH); expected the payload GitHub sends for 'issues.opened'."
      })
    }
  )

  it('survives labels that are not objects', () => {
    expect(
      routeEvent(
        'issues',
        {
          action: 'opened',
          issue: { number: 1, labels: [null, 3, { name: 7 }] }
        },
        opts
      ).kind
    ).toBe('ignore')
  })
})

describe('routeEvent for the other events', () => {
  const opts = { label: 'security-incident', issueNumber: null }
  it('sweeps on schedule and on workflow_dispatch without an issue number', () => {
    expect(routeEvent('schedule', {}, opts)).toEqual({ kind: 'sweep' })
    expect(routeEvent('workflow_dispatch', {}, opts)).toEqual({ kind: 'sweep' })
  })

  it('checks the one issue of workflow_dispatch with an issue number, as changed', () => {
    expect(
      routeEvent('workflow_dispatch', {}, { ...opts, issueNumber: 12 })
    ).toEqual({ kind: 'issue', number: 12, happened: 'changed' })
  })

  it('says incident=false only when the issue does not carry the label', () => {
    const labelled = {
      action: 'pinned',
      issue: { number: 3, labels: [{ name: 'security-incident' }] }
    }
    expect(routeEvent('issues', labelled, opts)).toMatchObject({
      kind: 'ignore'
    })
    expect(routeEvent('issues', labelled, opts)).not.toHaveProperty(
      'notIncident'
    )
    expect(
      routeEvent(
        'issues',
        { action: 'edited', issue: { number: 3, labels: [] } },
        opts
      )
    ).toMatchObject({ kind: 'ignore', notIncident: true })
  })
})
