import { cut, publishable } from '../credentials.js'
import type { Nodes, RootContent } from 'mdast'

/** Text as HTML: the five characters that could open markup or an attribute. */
export const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/** Only web links are links; anything else (`javascript:`, `data:`) is text. */
function safeHref(url: string): string | null {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null
  } catch {
    return null
  }
}

/** At most this much TLDR text is published (the page stays readable). */
export const MAX_TLDR = 1_000

/**
 * The TLDR as safe HTML: paragraphs, lists, emphasis, code and web links;
 * raw HTML, images and everything else become their text. Mentions and
 * references are plain text (nothing links them here). Iterative, and cut at
 * MAX_TLDR characters of text.
 */
export function tldrHtml(nodes: readonly RootContent[]): {
  html: string
  text: string
} {
  let budget = MAX_TLDR
  const textParts: string[] = []
  const text = (value: string) => {
    // Invisible and XML-forbidden characters out, credential shapes redacted
    // (the report of a body with a credential finding is withheld before
    // this); cut on a whole character.
    const clean = publishable(value)
    const kept = cut(clean, Math.max(0, budget))
    budget -= kept.length
    textParts.push(kept)
    return escapeHtml(kept) + (kept.length < clean.length ? '…' : '')
  }
  // An explicit stack of open/close steps: a hostile TLDR can nest deeply.
  type Step = { node: Nodes } | { close: string }
  const out: string[] = []
  const stack: Step[] = [...nodes].reverse().map((node) => ({ node: node }))
  const open = (
    tag: string,
    node: Nodes & { children: unknown[] },
    attrs = ''
  ) => {
    out.push(`<${tag}${attrs}>`)
    stack.push({ close: `</${tag}>` })
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i] as Nodes })
  }
  while (stack.length > 0 && budget > 0) {
    const step = stack.pop()!
    if ('close' in step) {
      out.push(step.close)
      continue
    }
    const node = step.node
    switch (node.type) {
      case 'paragraph':
        open('p', node)
        break
      case 'list':
        open(node.ordered ? 'ol' : 'ul', node)
        break
      case 'listItem':
        open('li', node)
        break
      case 'emphasis':
        open('em', node)
        break
      case 'strong':
        open('strong', node)
        break
      case 'delete':
        open('del', node)
        break
      case 'inlineCode':
        out.push(`<code>${text(node.value)}</code>`)
        break
      case 'code':
        out.push(`<pre><code>${text(node.value)}</code></pre>`)
        break
      case 'break':
        out.push('<br>')
        break
      case 'text':
        out.push(text(node.value))
        break
      case 'link': {
        const href = safeHref(node.url)
        if (href)
          open('a', node, ` href="${escapeHtml(href)}" rel="nofollow noopener"`)
        else
          for (let i = node.children.length - 1; i >= 0; i--)
            stack.push({ node: node.children[i] as Nodes })
        break
      }
      case 'image':
        if (node.alt) out.push(text(`[image: ${node.alt}]`))
        break
      case 'html':
        // Raw HTML is shown as nothing but its text (comments, scripts and styles drop out).
        out.push(
          text(
            node.value
              .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
              .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
              .replace(/<[^>]*>/g, ' ')
          )
        )
        break
      default:
        if ('children' in node)
          for (let i = node.children.length - 1; i >= 0; i--)
            stack.push({ node: node.children[i] as Nodes })
        else if ('value' in node && typeof node.value === 'string')
          out.push(text(node.value))
    }
  }
  // Close what the budget left open, innermost first.
  while (stack.length > 0) {
    const step = stack.pop()!
    if ('close' in step) out.push(step.close)
  }
  return {
    html: out.join('').replace(/<p><\/p>/g, ''),
    text: textParts.join(' ').replace(/\s+/g, ' ').trim()
  }
}
