import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, normalize } from 'node:path'
import type { SetupPort } from './github/port.js'
import type { FileSource } from './handlers/check-setup.js'

/** `.github/workflows/x.yml` from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`). */
export function workflowPath(ref: string | undefined): string | null {
  const m = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(ref ?? '')
  return m ? m[1]! : null
}

/** The files of a checked-out folder (paths stay inside it). */
export function folderSource(dir: string): FileSource {
  const inside = (path: string) => {
    const full = normalize(join(dir, path))
    return full.startsWith(normalize(dir)) ? full : null
  }
  return {
    where: dir,
    async read(path) {
      const full = inside(path)
      if (!full || !existsSync(full) || !statSync(full).isFile()) return null
      return readFileSync(full, 'utf8')
    },
    async list(path) {
      const full = inside(path)
      if (!full || !existsSync(full) || !statSync(full).isDirectory()) return []
      return readdirSync(full)
    }
  }
}

/** The repository's files through the contents API. */
export function apiSource(setup: SetupPort): FileSource {
  return {
    where: 'the contents API (the workspace is empty: no actions/checkout)',
    async read(path) {
      const content = await setup.readContent(path)
      return content?.type === 'file' ? content.text : null
    },
    async list(path) {
      const content = await setup.readContent(path === '.' ? '' : path)
      return content?.type === 'dir' ? [...content.entries] : []
    }
  }
}

/** The workspace when it holds the checkout, otherwise the contents API. */
export async function fileSource(
  workspace: string | undefined,
  setup: SetupPort
): Promise<FileSource> {
  if (workspace && existsSync(workspace) && readdirSync(workspace).length > 0)
    return folderSource(workspace)
  return apiSource(setup)
}
