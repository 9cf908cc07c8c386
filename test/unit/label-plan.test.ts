import { describe, expect, it } from 'vitest'
import { planLabels } from '../../src/core/label-plan.js'

const L = 'needs-details'

describe('planLabels', () => {
  it('adds the incomplete label while an incident is not complete, once', () => {
    const state = {
      incident: true,
      complete: false,
      happened: 'changed'
    } as const
    expect(planLabels(['security-incident'], state, L)).toEqual([
      { op: 'add', label: L, why: null }
    ])
    expect(planLabels(['security-incident', L], state, L)).toEqual([])
  })

  it('removes it once complete, whatever its case', () => {
    expect(
      planLabels(
        ['Needs-Details'],
        { incident: true, complete: true, happened: 'changed' },
        L
      )
    ).toEqual([{ op: 'remove', label: L, why: null }])
  })

  it('removes it with the incident label, and touches nothing else on a non-incident', () => {
    expect(
      planLabels(
        [L],
        { incident: false, complete: null, happened: 'label-removed' },
        L
      )
    ).toEqual([{ op: 'remove', label: L, why: 'no longer an incident' }])
    expect(
      planLabels(
        [L],
        { incident: false, complete: null, happened: 'changed' },
        L
      )
    ).toEqual([])
  })

  it('does nothing when the input is empty', () => {
    expect(
      planLabels(
        [],
        { incident: true, complete: false, happened: 'changed' },
        ''
      )
    ).toEqual([])
  })
})
