import { LineIndex } from '../lines.js'
import { lintSections } from '../lint.js'
import { scanCredentialsSync } from '../scan-credentials.js'
import type { SectionSpec } from '../types.js'
import { tldrHtml } from './tldr.js'

/** What the record needs of one body. */
export interface BodyAnalysis {
  readonly complete: boolean
  /** A credential finding: the TLDR is withheld. */
  readonly withheld: boolean
  readonly tldr: { readonly html: string; readonly text: string } | null
}

/** Analyse many bodies: each one's credentials, then its sections. */
export async function analyseBodies(
  bodies: readonly string[],
  specs: readonly SectionSpec[]
): Promise<BodyAnalysis[]> {
  const normal = bodies.map((b) => b.replace(/\r\n?/g, '\n').slice(0, 65_536))
  const tldrSpec = specs.find((s) => s.check === 'brief') ?? specs[0]
  const out: BodyAnalysis[] = []
  for (const body of normal) {
    const credentials = scanCredentialsSync(body, new LineIndex(body))
    const { report, found } = await lintSections(body, specs, null, credentials)
    const withheld = credentials.length > 0
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
