// Bundled by bench/run.mjs with ncc, so that the benchmark runs the same code as the action.
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
export { lint } from '../src/core/lint.js'

const bare = unified().use(remarkParse).use(remarkGfm)

/** The baseline: a bare remark + remark-gfm parse of the same text. */
export function bareParse(text: string): unknown {
  return bare.parse(text)
}
export { analyseBodies } from '../src/core/record/analyse.js'
export { buildRecord } from '../src/core/record/model.js'
export {
  renderPage,
  renderFeed,
  renderJson,
  renderMarkdown
} from '../src/core/record/render.js'
export { DEFAULT_SECTIONS } from '../src/core/sections-defaults.js'
export { organisationFiles } from '../src/core/record/organisation.js'
