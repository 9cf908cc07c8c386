import type { Nodes, Root } from 'mdast'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import remarkParse from 'remark-parse'
import { unified, type Processor } from 'unified'

/**
 * GitHub Flavored Markdown for parsing only: what remark-gfm registers for
 * the parser (micromark's syntax, mdast's from-markdown), without its
 * to-markdown half, which the action never uses (it never writes Markdown
 * from a tree).
 */
function gfmParse(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfm())
  ;(data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown())
}

const processor = unified().use(remarkParse).use(gfmParse)

/** Containers (block quotes, list items) one line may open before the rest is flattened. */
export const MAX_NESTING = 32

const CONTAINER =
  /[ \t]{0,3}(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|(?=\n|$)))/y

/**
 * Replace the container markers of a line past `max` by spaces. micromark's
 * cost grows with the square of the nesting depth (ten thousand `- ` on one line
 * take half a minute) and remark-gfm overflows the stack on ten thousand `>`.
 * No real report nests that deep; blanking keeps every offset and line, and the
 * flattened rest reads as code, which never names a section.
 */
export function limitNesting(text: string, max = MAX_NESTING): string {
  let out: string | undefined
  let lineStart = 0
  while (lineStart <= text.length) {
    const lineEnd = text.indexOf('\n', lineStart)
    const end = lineEnd === -1 ? text.length : lineEnd
    let stop = lineStart
    let depth = 0
    let cut = -1
    while (stop < end) {
      CONTAINER.lastIndex = stop
      if (!CONTAINER.exec(text) || CONTAINER.lastIndex === stop) break
      stop = CONTAINER.lastIndex
      if (++depth === max) cut = stop
    }
    if (cut !== -1 && stop > cut) {
      out ??= text
      out = out.slice(0, cut) + ' '.repeat(stop - cut) + out.slice(stop)
    }
    if (lineEnd === -1) break
    lineStart = lineEnd + 1
  }
  return out ?? text
}

/** Parse an issue body as GitHub does (CommonMark + GFM), keeping positions. */
export function parseBody(text: string): Root {
  return processor.parse(limitNesting(text))
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
const TAG = /<\/?[A-Za-z][^>]*>/g

/** Whether an html node is nothing but comments (and white space). */
export function isCommentOnly(value: string): boolean {
  return value.replace(COMMENT, '').trim() === ''
}

/** The visible text of raw HTML: comments and tags removed. */
export function htmlText(value: string): string {
  return value.replace(COMMENT, '').replace(TAG, ' ')
}

/** An issue-form placeholder for an optional field left empty. */
export function isNoResponse(node: Nodes): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false
  const only = node.children[0]!
  return (
    only.type === 'emphasis' &&
    only.children.length === 1 &&
    only.children[0]!.type === 'text' &&
    only.children[0].value.trim() === 'No response'
  )
}

export interface TextOptions {
  /** Leave out inline code (headings and labels: code never names a section). */
  readonly skipCode?: boolean
}

/**
 * Plain text of nodes, iteratively (a hostile body can nest ten thousand
 * block quotes; recursion would overflow the stack). HTML comments and issue-form
 * placeholders contribute nothing.
 */
export function plainText(
  nodes: readonly Nodes[],
  options: TextOptions = {}
): string {
  const out: string[] = []
  const stack: Nodes[] = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    switch (node.type) {
      case 'text':
        out.push(node.value)
        break
      case 'inlineCode':
        if (!options.skipCode) out.push(node.value)
        break
      case 'code':
        if (!options.skipCode) out.push(node.value, '\n')
        break
      case 'html':
        out.push(htmlText(node.value))
        break
      case 'break':
        out.push('\n')
        break
      case 'image':
      case 'imageReference':
        out.push(node.alt ?? '')
        break
      default:
        if ('children' in node) {
          if (isNoResponse(node)) break
          if (node.type === 'paragraph' || node.type === 'heading')
            stack.push({ type: 'text', value: '\n' })
          for (let i = node.children.length - 1; i >= 0; i--)
            stack.push(node.children[i] as Nodes)
        }
    }
  }
  return out.join('')
}

/** Every node below `nodes`, depth first, in document order, iteratively. */
export function* walk(nodes: readonly Nodes[]): Generator<Nodes> {
  const stack: Nodes[] = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    yield node
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push(node.children[i] as Nodes)
    }
  }
}
