import { describe, expect, it } from 'vitest'
import { readTemplate } from '../../src/core/issue-form.js'
import {
  findIncidentTemplate,
  hasSchedule,
  labelItem,
  scheduleItem,
  workflowGrants
} from '../../src/core/readiness/index.js'
import { DEFAULT_SECTIONS } from '../../src/core/sections-defaults.js'

describe('readiness items', () => {
  it('reports a label spelled in another case, and a missing one by severity', () => {
    expect(
      labelItem('label', 'security-incident', ['Security-Incident'], []).state
    ).toBe('warning')
    expect(labelItem('label', 'security-incident', [], []).state).toBe('error')
    expect(labelItem('keep-pinned-label', 'keep-pinned', [], []).state).toBe(
      'warning'
    )
    expect(labelItem('keep-pinned-label', '', [], []).state).toBe('ok')
    expect(labelItem('label', 'x', null, []).message).toContain(
      'could not list'
    )
  })

  it('reads the permissions a workflow grants, at the top or per job', () => {
    expect(workflowGrants('permissions:\n  issues: write\n')).toBe('write')
    expect(
      workflowGrants('jobs:\n  a:\n    permissions:\n      issues: write\n')
    ).toBe('write')
    expect(workflowGrants('permissions: write-all\n')).toBe('write')
    expect(workflowGrants('permissions:\n  contents: read\n')).toBe('not-write')
    expect(workflowGrants('on: push\n')).toBe('default')
    expect(workflowGrants(': not yaml [')).toBe('default')
  })

  it('finds a schedule under `on:` (YAML 1.2: `on` is a key, not true)', () => {
    expect(hasSchedule('on:\n  schedule:\n    - cron: "1 2 * * *"\n')).toBe(
      true
    )
    expect(hasSchedule('on:\n  issues:\n')).toBe(false)
    expect(
      scheduleItem(
        { path: 'w.yml', text: 'on:\n  schedule:\n    - cron: "1 2 * * *"\n' },
        'disabled_manually',
        null
      ).state
    ).toBe('error')
  })

  it('picks the incident form among other templates, by its fields', () => {
    const bug = readTemplate(
      '.github/ISSUE_TEMPLATE/bug.yml',
      'name: Bug\nbody:\n  - type: textarea\n    id: what\n    attributes:\n      label: What happened\n'
    )!
    const incident = readTemplate(
      '.github/ISSUE_TEMPLATE/report.yml',
      'name: Report\nbody:\n  - type: textarea\n    attributes:\n      label: TLDR\n  - type: textarea\n    attributes:\n      label: Timeline\n'
    )!
    expect(findIncidentTemplate([bug, incident], DEFAULT_SECTIONS)?.path).toBe(
      '.github/ISSUE_TEMPLATE/report.yml'
    )
    expect(findIncidentTemplate([bug], DEFAULT_SECTIONS)).toBeUndefined()
    expect(readTemplate('x.yml', 'not: [a form')).toBeNull()
    expect(
      readTemplate('x.md', '---\nlabels: a, security-incident\n---\n## TLDR\n')
        ?.labels
    ).toEqual(['a', 'security-incident'])
  })
})

describe('the readiness registry', () => {
  it('names a function for every item, in the order of the checklist', async () => {
    const { ITEMS, ITEM_IDS } =
      await import('../../src/core/readiness/index.js')
    expect(Object.keys(ITEMS)).toEqual([...ITEM_IDS])
    for (const make of Object.values(ITEMS))
      expect(typeof make).toBe('function')
  })
})
