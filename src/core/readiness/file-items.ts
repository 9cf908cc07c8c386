import type { Report, SectionSpec } from '../types.js'
import {
  filledIn,
  findIncidentTemplate,
  issueFormItem,
  scheduleItem,
  securityPolicyItem,
  type FileFacts,
  type ReadinessItem
} from './index.js'

/** The items of the checked-out files alone (the CLI's `check-setup`). */
export async function fileItems(
  facts: FileFacts,
  inputs: { readonly label: string; readonly sections: readonly SectionSpec[] },
  lint: (body: string, specs: readonly SectionSpec[]) => Promise<Report>,
  state: { state: string | null; why: string | null }
): Promise<{ items: ReadinessItem[]; skeleton: Report | null }> {
  const template = findIncidentTemplate(facts.templates, inputs.sections)
  const skeleton = template
    ? await lint(filledIn(template, inputs.sections), inputs.sections)
    : null
  return {
    skeleton,
    items: [
      issueFormItem(
        template,
        inputs.label,
        inputs.sections,
        skeleton,
        facts.unreadable
      ),
      securityPolicyItem(facts.securityPolicy, inputs.label, facts.unreadable),
      scheduleItem(facts.workflow, state.state, state.why ?? facts.unreadable)
    ]
  }
}
