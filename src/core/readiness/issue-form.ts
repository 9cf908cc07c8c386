import {
  fieldFor,
  renderForm,
  sampleAnswers,
  type IssueTemplate
} from '../issue-form.js'
import type { Report, SectionSpec } from '../types.js'
import { item, type ReadinessItem } from './item.js'

/** The incident form or template: one whose fields name the sections or whose name says incident. */
export function findIncidentTemplate(
  templates: readonly IssueTemplate[],
  specs: readonly SectionSpec[]
): IssueTemplate | undefined {
  const score = (t: IssueTemplate) =>
    (t.kind === 'form'
      ? specs.filter((s) => fieldFor(s, t.fields)).length
      : specs.filter((s) => new RegExp(`^#+\\s*${s.name}`, 'mi').test(t.body))
          .length) + (/incident/i.test(t.name) ? 2 : 0)
  return [...templates]
    .sort((a, b) => score(b) - score(a))
    .find((t) => score(t) > 1)
}

/** The issue-form item. `lintedFilled` is the report of the form filled in with sample answers. */
export function issueFormItem(
  template: IssueTemplate | undefined,
  label: string,
  specs: readonly SectionSpec[],
  lintedFilled: Report | null,
  unreadable: string | null
): ReadinessItem {
  if (!template)
    return item(
      'issue-form',
      'warning',
      unreadable
        ? `could not be checked: ${unreadable}`
        : 'no incident issue form or template in `.github/ISSUE_TEMPLATE/`: copy `examples/ISSUE_TEMPLATE/security-incident.yml` there, so that a report passes the first time'
    )
  if (template.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
    return item(
      'issue-form',
      'error',
      `\`${template.path}\` applies \`${label}\` for whoever submits it: remove it from \`labels:\`; a maintainer adds it once publishing is safe (a label that came with the issue is not trusted anyway)`
    )
  if (template.kind === 'form') {
    const without = specs.filter(
      (s) => s.required && !fieldFor(s, template.fields)
    )
    if (without.length > 0)
      return item(
        'issue-form',
        'error',
        `\`${template.path}\` has no field for ${without.map((s) => `\`${s.name}\``).join(', ')}: add a \`textarea\` labelled ${without.map((s) => `\`${s.name}\``).join(', ')}`
      )
  }
  if (lintedFilled && !lintedFilled.complete)
    return item(
      'issue-form',
      'error',
      `\`${template.path}\`, filled in, is not complete: missing or empty ${lintedFilled.missing.join(', ')}`
    )
  return item(
    'issue-form',
    'ok',
    `\`${template.path}\`${template.kind === 'form' ? ' has a field for every required section and, filled in, passes the check' : ' has a heading for every required section'}`
  )
}

/** Render the form filled in with the drill's answers, or the Markdown template as is. */
export function filledIn(
  template: IssueTemplate,
  specs: readonly SectionSpec[]
): string {
  return template.kind === 'form'
    ? renderForm(template.fields, sampleAnswers(template.fields, specs))
    : template.body
}
