import type { Nodes, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm)

/** Parse an issue body as GitHub does (CommonMark + GFM), keeping positions. */
export function parseBody(text: string): Root {
  return processor.parse(text)
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
    only.children[0]!.value.trim() === 'No response'
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
