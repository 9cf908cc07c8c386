import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {
  dirname,
  isAbsolute,
  join,
  normalize,
  relative,
  resolve,
  sep
} from 'node:path'
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

/** The deepest part of `path` that exists, with symbolic links resolved. */
function realExisting(path: string): string {
  let p = resolve(path)
  for (;;) {
    try {
      return join(realpathSync(p), relative(p, path))
    } catch {
      const up = dirname(p)
      if (up === p) return path
      p = up
    }
  }
}

/**
 * Why `dir` (the absolute `record-dir`) may not be written, or null: a
 * symbolic link on the way must not lead out of the workspace, nor back to
 * the workspace itself.
 */
export function recordDirProblem(
  dir: string,
  workspace: string
): string | null {
  const root = realExisting(workspace)
  const real = realExisting(dir)
  const rel = relative(root, real)
  if (rel === '')
    return 'must be a folder of its own inside the workspace, not a link to the workspace itself'
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return `must be a folder inside the workspace; a symbolic link leads it to ${real}`
  return null
}

/**
 * Write the record's files into `dir`. Throws an error that names the folder
 * (the caller lists it with the other problems of the run).
 */
export function writeRecord(
  dir: string,
  files: Readonly<Record<string, string>>
): void {
  try {
    mkdirSync(dir, { recursive: true })
    for (const [name, text] of Object.entries(files)) {
      const path = join(dir, name)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, text)
    }
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new Error(
      `Could not write the public record into 'record-dir' (${dir}): ${why}. Check that the folder can be created and written by the job.`,
      { cause: error }
    )
  }
}

/** The previous record's incidents.json in `dir` (its memory), or null. */
export function readPreviousRecord(dir: string): string | null {
  try {
    const path = join(dir, 'incidents.json')
    const stat = statSync(path)
    // A record of 100,000 incidents is far below this; anything larger is not ours.
    return stat.isFile() && stat.size <= 50_000_000
      ? readFileSync(path, 'utf8')
      : null
  } catch {
    return null
  }
}
