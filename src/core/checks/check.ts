import type { LineIndex } from '../lines.js'
import { walk } from '../markdown.js'
import type { CheckId, Finding, FoundSection } from '../types.js'

/** What every check may look at. Read-only; checks never format or log. */
export interface CheckContext {
  readonly body: string
  readonly sections: readonly FoundSection[]
  readonly lines: LineIndex
}

/** A finding as a check returns it: the registry stamps its `source`. */
export type CheckFinding = Omit<Finding, 'source'>

/** One check: a rule object in the registry (markdownlint / unified-lint-rule). */
export interface Check {
  readonly id: CheckId
  readonly description: string
  run(section: FoundSection, context: CheckContext): CheckFinding[]
}

/**
 * The section's raw text with HTML comments and (optionally) code blanked out
 * by spaces, so that offsets and line numbers still hold. Template guidance in
 * comments (`<!-- e.g. 2022-04-15 -->`) must never count as content.
 */
export function visibleText(
  section: FoundSection,
  body: string,
  blankCode: boolean
): string {
  const { contentStart: start, contentEnd: end } = section
  const chars = body.slice(start, end).split('')
  const blank = (from: number, to: number) => {
    for (let i = Math.max(from, start); i < Math.min(to, end); i++) {
      if (chars[i - start] !== '\n') chars[i - start] = ' '
    }
  }
  for (const node of walk(section.nodes)) {
    const pos = node.position
    if (!pos) continue
    if (node.type === 'html') {
      const raw = body.slice(pos.start.offset, pos.end.offset)
      for (const m of raw.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
        blank(
          pos.start.offset! + m.index,
          pos.start.offset! + m.index + m[0].length
        )
      }
    } else if (
      blankCode &&
      (node.type === 'code' || node.type === 'inlineCode')
    ) {
      blank(pos.start.offset!, pos.end.offset!)
    }
  }
  return chars.join('')
}

/** A finding at the section's title. */
export function atTitle(
  section: FoundSection,
  rule: string,
  severity: Finding['severity'],
  message: string
): CheckFinding {
  return {
    severity,
    message,
    line: section.start.line,
    column: section.start.column,
    rule
  }
}
