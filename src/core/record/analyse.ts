import { LineIndex } from '../lines.js'
import { lintSections } from '../lint.js'
import { scanCredentialsSync } from '../scan-credentials.js'
import type { SectionSpec } from '../types.js'
import { tldrHtml } from './tldr.js'
import { AFFECTED_SECTION, affectedRepositories } from '../notices.js'

/** What the record needs of one body. */
export interface BodyAnalysis {
  readonly complete: boolean
  /** A credential finding: the TLDR is withheld. */
  readonly withheld: boolean
  readonly tldr: { readonly html: string; readonly text: string } | null
  /** Not checked: it took longer than the time budget. */
  readonly tooComplex?: boolean
  /** The repositories its `Affected repositories` section names (core/notices.ts). */
  readonly affected?: readonly string[]
}

/** Analyse many bodies: each one's credentials, then its sections. */
export async function analyseBodies(
  bodies: readonly string[],
  specs: readonly SectionSpec[]
): Promise<BodyAnalysis[]> {
  const normal = bodies.map((b) => b.replace(/\r\n?/g, '\n').slice(0, 65_536))
  const tldrSpec = specs.find((s) => s.check === 'brief') ?? specs[0]
  const affectedSpec = specs.find((s) => s.name === AFFECTED_SECTION)
  const out: BodyAnalysis[] = []
  for (const body of normal) {
    const credentials = scanCredentialsSync(body, new LineIndex(body))
    const { report, found } = await lintSections(body, specs, null, credentials)
    const withheld = credentials.length > 0
    const section = found.find((s) => s.spec === tldrSpec)
    const named = found.find((s) => s.spec === affectedSpec)
    const affected =
      named && !named.empty
        ? affectedRepositories(
            body
              .slice(named.contentStart, named.contentEnd)
              .replace(/<!--[\s\S]*?-->/g, ''),
            ''
          ).repositories
        : []
    out.push({
      complete: report.complete,
      withheld,
      tldr:
        withheld || !section || section.empty ? null : tldrHtml(section.nodes),
      ...(affected.length ? { affected } : {})
    })
  }
  return out
}

/**
 * The key under which the analysis of a body is kept between records: a hash
 * of the body and the sections it was checked against (cyrb53, twice with two
 * seeds; fast, not a security measure: the previous record is the action's
 * own output, restored from its own cache).
 */
export function analysisKey(
  body: string,
  specs: readonly SectionSpec[]
): string {
  const text = `${JSON.stringify(specs)}\u0000${body}`
  return cyrb53(text, 1) + cyrb53(text, 2)
}

function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0))
    .toString(16)
    .padStart(14, '0')
}
