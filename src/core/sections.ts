import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { isNoResponse, plainText, walk } from './markdown.js'
import { leadingMatch, titleKey, titleWords } from './normalise.js'
import type { Finding, FoundSection, SectionSpec } from './types.js'

/** A place that starts a section, or (an unmatched heading) ends one. */
interface Marker {
  readonly index: number
  readonly kind: FoundSection['kind']
  /** Heading depth; 7 for inline labels, which any heading ends. */
  readonly depth: number
  readonly spec: SectionSpec | undefined
  readonly title: string
  readonly line: number
  readonly column: number
  /** Line where the title ends (a setext heading or a bold label may span lines). */
  readonly titleEndLine: number
  /** Offset where the content starts. */
  readonly contentStart: number
  /** For inline labels: the rest of the paragraph after the label. */
  readonly rest: PhrasingContent[] | undefined
}

interface Key {
  readonly spec: SectionSpec
  readonly key: string
}

/** Match a title to a section: `prefix` lets `Timeline (UTC)` name Timeline. */
function matcher(specs: readonly SectionSpec[]) {
  const keys: Key[] = specs.flatMap((spec) =>
    [spec.name, ...spec.aliases].map((t) => ({ spec, key: titleKey(t) }))
  )
  return (title: string, mode: 'prefix' | 'exact'): SectionSpec | undefined => {
    const words = titleWords(title)
    if (words.length === 0) return undefined
    let best: { spec: SectionSpec; used: number } | undefined
    for (const { spec, key } of keys) {
      const used = leadingMatch(words, key)
      if (used === 0) continue
      if (mode === 'exact' && used !== words.length) continue
      if (!best || used > best.used) best = { spec, used }
    }
    return best?.spec
  }
}

const LABEL = /^([^\n:]{1,60}):/

const MAX_OTHER_HEADINGS = 10

/** Markers for a heading, a bold-label paragraph or a `Label:` paragraph. */
function markerOf(
  node: RootContent,
  index: number,
  match: ReturnType<typeof matcher>
): Marker | undefined {
  if (node.type === 'heading') {
    const title = plainText(node.children, { skipCode: true })
    return {
      index,
      kind: 'heading',
      depth: node.depth,
      spec: match(title, 'prefix'),
      title: title.trim(),
      line: node.position!.start.line,
      column: node.position!.start.column,
      titleEndLine: node.position!.end.line,
      contentStart: node.position!.end.offset!,
      rest: undefined
    }
  }
  if (node.type !== 'paragraph') return undefined
  const para = node
  const first = para.children[0]
  if (!first) return undefined
  if (first.type === 'strong') {
    const label = plainText(first.children, { skipCode: true })
    const after = para.children[1]
    const colonInside = /[:;]\s*$/.test(label)
    let rest = para.children.slice(1)
    if (after) {
      if (after.type === 'break') rest = para.children.slice(2)
      else if (
        after.type === 'text' &&
        /^[ \t]*[:;]?[ \t]*(\n|$)/.test(after.value)
      ) {
        rest = [
          { ...after, value: after.value.replace(/^[ \t]*[:;]?[ \t]*\n?/, '') },
          ...para.children.slice(2)
        ]
      } else if (after.type === 'text' && /^\s*:/.test(after.value)) {
        rest = [
          { ...after, value: after.value.replace(/^\s*:\s*/, '') },
          ...para.children.slice(2)
        ]
      } else if (!colonInside) return undefined
    }
    const spec = match(label.replace(/[:;\s]+$/, ''), 'prefix')
    if (!spec) return undefined
    return {
      index,
      kind: 'bold',
      depth: 7,
      spec,
      title: label.trim(),
      line: first.position!.start.line,
      column: first.position!.start.column,
      titleEndLine: first.position!.end.line,
      contentStart: first.position!.end.offset!,
      rest
    }
  }
  if (first.type === 'text') {
    const m = LABEL.exec(first.value)
    if (!m) return undefined
    const spec = match(m[1]!, 'exact')
    if (!spec) return undefined
    const restValue = first.value.slice(m[0].length).replace(/^[ \t]*\n?/, '')
    return {
      index,
      kind: 'label',
      depth: 7,
      spec,
      title: m[1]!.trim(),
      line: first.position!.start.line,
      column: first.position!.start.column,
      titleEndLine: first.position!.start.line,
      contentStart: first.position!.start.offset! + m[0].length,
      rest: [{ ...first, value: restValue }, ...para.children.slice(1)]
    }
  }
  return undefined
}

/** Whether the content has anything a reader would see. */
function hasContent(nodes: readonly Nodes[], text: string): boolean {
  if (text.trim() !== '') return true
  for (const node of walk(nodes)) {
    if (node.type === 'image' || node.type === 'imageReference') return true
  }
  return false
}

export interface FindResult {
  /** The first occurrence of each configured section, in document order. */
  readonly sections: FoundSection[]
  /** Duplicate sections, pointing at the first occurrence. */
  readonly duplicates: {
    readonly spec: SectionSpec
    readonly finding: Finding
  }[]
  /** Headings that name no section (the first ten): often a section under another name. */
  readonly otherHeadings: {
    readonly title: string
    readonly line: number
    readonly endLine: number
  }[]
}

/**
 * Find the configured sections among the top-level blocks of the body. Code,
 * HTML comments and block quotes never name a section: they are not headings or
 * paragraphs at the top level, and inline code is left out of titles.
 */
export function findSections(
  root: Root,
  body: string,
  specs: readonly SectionSpec[]
): FindResult {
  const match = matcher(specs)
  const children = root.children
  const markers: Marker[] = []
  children.forEach((node, i) => {
    const marker = markerOf(node, i, match)
    if (marker) markers.push(marker)
  })
  const sections: FoundSection[] = []
  const duplicates: FindResult['duplicates'] = []
  const firstOf = new Map<SectionSpec, FoundSection>()
  for (let m = 0; m < markers.length; m++) {
    const marker = markers[m]!
    if (!marker.spec) continue
    let end: Marker | undefined
    for (let n = m + 1; n < markers.length; n++) {
      const next = markers[n]!
      if (
        next.spec ||
        (next.kind === 'heading' && next.depth <= marker.depth)
      ) {
        end = next
        break
      }
    }
    const endIndex = end ? end.index : children.length
    const blocks = children.slice(marker.index + 1, endIndex)
    const nodes: RootContent[] = marker.rest
      ? [{ type: 'paragraph', children: marker.rest }, ...blocks]
      : blocks
    const kept = nodes.filter((n) => !isNoResponse(n))
    const text = plainText(kept).replace(/\s+/g, ' ').trim()
    const contentEnd = end
      ? children[end.index]!.position!.start.offset!
      : body.length
    const last = blocks.at(-1) ?? children[marker.index]
    const section: FoundSection = {
      spec: marker.spec,
      kind: marker.kind,
      title: marker.title,
      start: { line: marker.line, column: marker.column },
      titleEndLine: marker.titleEndLine,
      endLine: last?.position?.end.line ?? marker.line,
      contentStart: marker.contentStart,
      contentEnd: Math.max(contentEnd, marker.contentStart),
      empty: !hasContent(kept, text),
      text,
      nodes
    }
    const first = firstOf.get(marker.spec)
    if (first) {
      duplicates.push({
        spec: marker.spec,
        finding: {
          severity: 'warning',
          message: `Unexpected second \`${marker.spec.name}\` section, expected one`,
          line: marker.line,
          column: marker.column,
          source: 'section',
          rule: 'duplicate-section',
          cause: {
            message: `First \`${marker.spec.name}\` section here`,
            line: first.start.line
          }
        }
      })
      continue
    }
    firstOf.set(marker.spec, section)
    sections.push(section)
  }
  const otherHeadings = markers
    .filter((m) => !m.spec && m.kind === 'heading' && m.title !== '')
    .slice(0, MAX_OTHER_HEADINGS)
    .map((m) => ({ title: m.title, line: m.line, endLine: m.titleEndLine }))
  return { sections, duplicates, otherHeadings }
}
