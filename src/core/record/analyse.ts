import { LineIndex } from '../lines.js'
import { lintSections } from '../lint.js'
import { scanCredentials } from '../scan-credentials.js'
import type { Finding, SectionSpec } from '../types.js'
import { tldrHtml } from './tldr.js'

const SEPARATOR = '\n\n\n'

/** What the record needs of one body. */
export interface BodyAnalysis {
  readonly complete: boolean
  /** A credential finding: the TLDR is withheld. */
  readonly withheld: boolean
  readonly tldr: { readonly html: string; readonly text: string } | null
}

/**
 * Analyse many bodies: one credential scan over all of them (secretlint's
 * fixed cost once, not a thousand times), then each body's sections.
 */
export async function analyseBodies(
  bodies: readonly string[],
  specs: readonly SectionSpec[]
): Promise<BodyAnalysis[]> {
  const normal = bodies.map((b) => b.replace(/\r\n?/g, '\n').slice(0, 65_536))
  const joined = normal.join(SEPARATOR)
  const all = await scanCredentials(joined, new LineIndex(joined))
  // Which body each joined line belongs to.
  const firstLines: number[] = []
  let line = 1
  for (const body of normal) {
    firstLines.push(line)
    line += body.split('\n').length + SEPARATOR.length - 1
  }
  const perBody: Finding[][] = normal.map(() => [])
  for (const f of all) {
    let k = firstLines.length - 1
    while (k > 0 && firstLines[k]! > f.line) k--
    const shift = firstLines[k]! - 1
    perBody[k]!.push({
      ...f,
      line: f.line - shift,
      ...(f.end
        ? { end: { line: f.end.line - shift, column: f.end.column } }
        : {})
    })
  }
  const tldrSpec = specs.find((s) => s.check === 'brief') ?? specs[0]
  const out: BodyAnalysis[] = []
  for (const [k, body] of normal.entries()) {
    const { report, found } = await lintSections(body, specs, null, perBody[k]!)
    const withheld = perBody[k]!.length > 0
    const section = found.find((s) => s.spec === tldrSpec)
    out.push({
      complete: report.complete,
      withheld,
      tldr:
        withheld || !section || section.empty ? null : tldrHtml(section.nodes)
    })
  }
  return out
}
