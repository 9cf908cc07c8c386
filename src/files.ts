import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
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
import { readTemplate, type IssueTemplate } from './core/issue-form.js'
import type { FileFacts, RepoFile } from './core/readiness/index.js'

/** The repository's files: the checked-out workspace, or the contents API. */
export interface FileSource {
  /** Where the files come from, for the log. */
  readonly where: string
  /** A file's text; null when there is no such file. */
  read(path: string): Promise<string | null>
  /** The names in a folder; empty when there is none. */
  list(dir: string): Promise<string[]>
}

const status = (e: unknown) => (e as { status?: number }).status

/** The readiness items that need only the repository's files (the CLI's too). */
export async function readFiles(
  files: FileSource,
  workflowPath: string | null
): Promise<FileFacts> {
  try {
    const templates: IssueTemplate[] = []
    const dir = '.github/ISSUE_TEMPLATE'
    for (const name of await files.list(dir)) {
      if (!/\.(ya?ml|md)$/i.test(name) || /^config\.ya?ml$/i.test(name))
        continue
      const text = await files.read(`${dir}/${name}`)
      const template =
        text === null ? null : readTemplate(`${dir}/${name}`, text)
      if (template) templates.push(template)
    }
    let securityPolicy: RepoFile | null = null
    for (const folder of ['', '.github', 'docs']) {
      const name = (await files.list(folder || '.')).find(
        (n) => n.toLowerCase() === 'security.md'
      )
      if (!name) continue
      const path = folder ? `${folder}/${name}` : name
      const text = await files.read(path)
      if (text !== null) {
        securityPolicy = { path, text }
        break
      }
    }
    let workflow: RepoFile | null = null
    if (workflowPath) {
      const text = await files.read(workflowPath)
      if (text !== null) workflow = { path: workflowPath, text }
    } else {
      // No GITHUB_WORKFLOW_REF (the CLI): the workflow that uses the action.
      for (const name of await files.list('.github/workflows')) {
        if (!/\.ya?ml$/i.test(name)) continue
        const path = `.github/workflows/${name}`
        const text = await files.read(path)
        if (text !== null && /incident-issues/.test(text)) {
          workflow = { path, text }
          break
        }
      }
    }
    return { templates, securityPolicy, workflow, unreadable: null }
  } catch (error) {
    return {
      templates: [],
      securityPolicy: null,
      workflow: null,
      unreadable:
        status(error) === 403 || status(error) === 401
          ? "the token may not read the repository's files: add `contents: read` to the workflow's `permissions:`, or run `actions/checkout` first"
          : `the repository's files could not be read (${(error as Error).message})`
    }
  }
}

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
  files: Readonly<Record<string, string>>,
  /** Sub-folders written afresh (an organisation's `feeds`: none left of a repository without incidents). */
  fresh: readonly string[] = []
): void {
  try {
    mkdirSync(dir, { recursive: true })
    for (const sub of fresh)
      rmSync(join(dir, sub), { recursive: true, force: true })
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
