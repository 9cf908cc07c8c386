import { parse } from 'yaml'
import { titleKey } from './normalise.js'
import type { SectionSpec } from './types.js'

/** One field of an issue form (`body:` of `.github/ISSUE_TEMPLATE/*.yml`). */
export interface FormField {
  readonly type: string
  readonly id?: string
  readonly attributes?: {
    readonly label?: string
    readonly options?: readonly ({ readonly label?: string } | string)[]
  }
  readonly validations?: { readonly required?: boolean }
}

/** An issue form or Markdown template, as far as readiness needs it. */
export interface IssueTemplate {
  readonly path: string
  readonly kind: 'form' | 'markdown'
  readonly name: string
  /** The labels GitHub applies for whoever submits it. */
  readonly labels: readonly string[]
  /** Form fields; for a Markdown template, none. */
  readonly fields: readonly FormField[]
  /** A Markdown template's body (after its front matter). */
  readonly body: string
}

const labelsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((l): l is string => typeof l === 'string')
    : typeof value === 'string'
      ? value
          .split(',')
          .map((l) => l.trim())
          .filter(Boolean)
      : []

/** Read a form (YAML) or Markdown template; null when it is neither. */
export function readTemplate(path: string, text: string): IssueTemplate | null {
  try {
    if (/\.ya?ml$/i.test(path)) {
      const data = parse(text) as Record<string, unknown> | null
      if (!data || typeof data !== 'object' || !Array.isArray(data.body))
        return null
      return {
        path,
        kind: 'form',
        name: typeof data.name === 'string' ? data.name : path,
        labels: labelsOf(data.labels),
        fields: data.body as FormField[],
        body: ''
      }
    }
    if (/\.md$/i.test(path)) {
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)
      const front = m ? ((parse(m[1]!) ?? {}) as Record<string, unknown>) : {}
      return {
        path,
        kind: 'markdown',
        name: typeof front.name === 'string' ? front.name : path,
        labels: labelsOf(front.labels),
        fields: [],
        body: m ? text.slice(m[0].length) : text
      }
    }
  } catch {
    return null
  }
  return null
}

/** Render an issue form's answers the way GitHub writes the issue body. */
export function renderForm(
  fields: readonly FormField[],
  answers: Readonly<Record<string, string>>
): string {
  return fields
    .filter((f) => f.type !== 'markdown')
    .map((f) => {
      const label = f.attributes?.label ?? ''
      if (f.type === 'checkboxes') {
        const boxes = (f.attributes?.options ?? [])
          .map((o) => `- [X] ${typeof o === 'string' ? o : (o.label ?? '')}`)
          .join('\n')
        return `### ${label}\n\n${boxes}`
      }
      const answer = answers[f.id ?? label]?.trim()
      return `### ${label}\n\n${answer ? answer : '_No response_'}`
    })
    .join('\n\n')
}

/** The field that holds a section: its label names the section or an alias. */
export function fieldFor(
  spec: SectionSpec,
  fields: readonly FormField[]
): FormField | undefined {
  const keys = [spec.name, ...spec.aliases].map(titleKey)
  return fields.find(
    (f) =>
      f.type !== 'markdown' &&
      f.attributes?.label !== undefined &&
      keys.some((k) => titleKey(f.attributes!.label!).startsWith(k))
  )
}

/** Plausible answers for the drill: what a maintainer would write. */
export const SAMPLE_ANSWERS: Readonly<Record<string, string>> = {
  TLDR: 'This incident did not affect the project. Users need not take any action.',
  Summary:
    'A provider we depend on had a security incident; we rotated every credential it could read.',
  Timeline:
    '- 2024-01-01 10:00 UTC: the provider tells us\n- 2024-01-01 12:00 UTC: credentials rotated',
  References: 'https://example.org/provider-notice'
}

/** The drill's answers for a form: each section's field gets a sample. */
export function sampleAnswers(
  fields: readonly FormField[],
  specs: readonly SectionSpec[]
): Record<string, string> {
  const answers: Record<string, string> = {}
  for (const spec of specs) {
    const field = fieldFor(spec, fields)
    if (!field) continue
    answers[field.id ?? field.attributes?.label ?? ''] =
      SAMPLE_ANSWERS[spec.name] ??
      `What readers need to know under ${spec.name}, with a link: https://example.org/`
  }
  return answers
}
