import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { allFindings, exposesCredential } from '../core/findings.js'
import { lint, MAX_BODY } from '../core/lint.js'
import { DEFAULT_SECTIONS, parseSections } from '../core/sections-config.js'
import type { SectionSpec } from '../core/types.js'
import { renderChecklist } from '../core/readiness/index.js'
import { fileItems } from '../core/readiness/index.js'
import { folderSource, readFiles } from '../files.js'
import { resolve } from 'node:path'

export const USAGE = `Usage: incident-issues lint [--json] [--sections FILE.yml] [--] FILE.md|-
       incident-issues check-setup [--label NAME] [--sections FILE.yml] [DIR]
       incident-issues draft-page [--repo OWNER/NAME] [--sections FILE.yml] [FILE.html]

Checks an incident report draft for the sections the community needs
(TLDR, Summary, Timeline, References, optional Evidence).
  FILE.md            the draft; - reads standard input
  --json             print the report object instead of one line a finding
  --sections FILE    a YAML list of sections, as the action's 'sections' input
  --                 ends the options (for a file named like one)

Exit status: 0 complete, 1 not complete (a required section missing or empty,
or a credential), 2 bad usage.`

/** Control characters out: a heading or file name must not drive the terminal. */
const clean = (text: string) =>
  text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')

/** What the CLI needs from the outside world, injected for tests. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly readStdin: () => Promise<string>
  readonly readFile: (path: string) => Promise<string>
  readonly writeFile: (path: string, text: string) => Promise<void>
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text)
}

/**
 * The options and operands (`node:util` parseArgs: `--` ends the options, a
 * lone `-` is an operand), or why they cannot be read (control characters
 * out, so that an argument cannot drive the terminal).
 */
function parse(
  args: readonly string[],
  options: Record<string, { type: 'string' | 'boolean' }>
):
  | {
      values: Record<string, string | boolean | undefined>
      positionals: string[]
    }
  | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true
    })
    return {
      values: values,
      positionals
    }
  } catch (error) {
    return { error: clean((error as Error).message) }
  }
}

/**
 * The sections of `--sections FILE` (the defaults without it), or why they
 * cannot be had: the file cannot be read, or is not a sections list.
 */
async function sectionsOption(
  file: string | undefined,
  io: CliIo
): Promise<readonly SectionSpec[] | string> {
  if (file === undefined) return DEFAULT_SECTIONS
  let text: string
  try {
    text = await io.readFile(file)
  } catch (error) {
    return `cannot read ${file}: ${(error as Error).message}`
  }
  const parsed = parseSections(text)
  return parsed.ok ? parsed.sections : parsed.error
}

/** Run `incident-issues <args>` and return the exit status. */
export async function cli(args: readonly string[], io: CliIo): Promise<number> {
  const usage = (why: string) => {
    io.stderr(`incident-issues: ${why}\n\n${USAGE}\n`)
    return 2
  }
  const rest = [...args]
  if (rest[0] === '--help' || rest[0] === '-h') {
    io.stdout(USAGE + '\n')
    return 0
  }
  const command = rest.shift()
  if (command === 'check-setup') return checkSetupCli(rest, io, usage)
  if (command === 'draft-page') return draftPageCli(rest, io, usage)
  if (command !== 'lint')
    return usage("expected the command 'lint', 'check-setup' or 'draft-page'")
  const parsed = parse(rest, {
    json: { type: 'boolean' },
    sections: { type: 'string' }
  })
  if ('error' in parsed) return usage(parsed.error)
  const json = parsed.values.json === true
  const sectionsFile = parsed.values.sections as string | undefined
  const files = parsed.positionals
  if (files.length !== 1)
    return usage('expected exactly one FILE.md, or - for standard input')
  const file = files[0]!

  const specs = await sectionsOption(sectionsFile, io)
  if (typeof specs === 'string') return usage(specs)
  let body: string
  try {
    body = file === '-' ? await io.readStdin() : await io.readFile(file)
  } catch (error) {
    return usage(`cannot read ${file}: ${(error as Error).message}`)
  }
  const report = await lint(body, specs)
  const name = file === '-' ? '<stdin>' : clean(file)
  if (body.length > MAX_BODY)
    io.stderr(
      `${name}: cut at ${MAX_BODY.toLocaleString('en')} characters (GitHub's limit for an issue body): the rest was checked for credentials only\n`
    )
  if (json) {
    io.stdout(JSON.stringify(report, null, 2) + '\n')
  } else {
    for (const f of allFindings(report)) {
      const cause = f.cause
        ? ` (${f.cause.message.toLowerCase()}: line ${f.cause.line})`
        : ''
      io.stdout(
        `${name}:${f.line}:${f.column} ${f.severity} ${f.message}${cause}\n`
      )
    }
    io.stderr(
      report.complete
        ? `${name}: complete\n`
        : `${name}: incomplete${report.missing.length ? `, missing or empty: ${report.missing.join(', ')}` : ''}${report.complete || !exposesCredential(report) ? '' : `${report.missing.length ? ';' : ','} a credential is exposed: rotate it, remove it, delete the old revision`}\n`
    )
    if (!report.complete && report.otherHeadings.length > 0) {
      // Control characters out: a heading must not be able to drive the terminal.
      const headings = report.otherHeadings
        .map((h) => `"${clean(h.title)}" (line ${h.line})`)
        .join(', ')
      io.stderr(
        `${name}: headings that name no section: ${headings}; rename one if it holds a missing section\n`
      )
    }
  }
  return report.complete ? 0 : 1
}

/**
 * `incident-issues check-setup [DIR]`: the readiness items that need only the
 * checked-out repository, with the action's ids and wording.
 */
async function checkSetupCli(
  args: string[],
  io: CliIo,
  usage: (why: string) => number
): Promise<number> {
  const parsed = parse(args, {
    label: { type: 'string' },
    sections: { type: 'string' }
  })
  if ('error' in parsed) return usage(parsed.error)
  const label =
    (parsed.values.label as string | undefined) ?? 'security-incident'
  if (label === '') return usage('--label needs a label name')
  const specs = await sectionsOption(
    parsed.values.sections as string | undefined,
    io
  )
  if (typeof specs === 'string') return usage(specs)
  const dirs = parsed.positionals
  if (dirs.length > 1) return usage('expected at most one DIR')
  const dir = resolve(dirs[0] ?? '.')
  const facts = await readFiles(folderSource(dir), null)
  const { items } = await fileItems(
    facts,
    { label, sections: specs },
    (body, s) => lint(body, s),
    {
      state: null,
      why: "GitHub's own state of the workflow is checked by the action's check-setup"
    }
  )
  io.stdout(
    renderChecklist(items, false).replace(
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g,
      ' '
    )
  )
  return items.some((i) => i.state === 'error') ? 1 : 0
}

/**
 * `incident-issues draft-page [FILE]`: the private drafting page (default
 * incident-draft.html), for `--repo` and the configured `--sections`.
 */
async function draftPageCli(
  args: string[],
  io: CliIo,
  usage: (why: string) => number
): Promise<number> {
  const parsed = parse(args, {
    repo: { type: 'string' },
    sections: { type: 'string' }
  })
  if ('error' in parsed) return usage(parsed.error)
  const repo = (parsed.values.repo as string | undefined) ?? null
  if (
    repo !== null &&
    !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(repo)
  )
    return usage(
      `--repo must be OWNER/NAME (got '${clean(repo.slice(0, 120))}')`
    )
  const specs = await sectionsOption(
    parsed.values.sections as string | undefined,
    io
  )
  if (typeof specs === 'string') return usage(specs)
  if (parsed.positionals.length > 1) return usage('expected at most one FILE')
  const file = parsed.positionals[0] ?? 'incident-draft.html'
  const { draftPage } = await import('../draft-page.js')
  try {
    await io.writeFile(file, draftPage(repo, specs))
  } catch (error) {
    io.stderr(
      `incident-issues: cannot write ${clean(file)}: ${clean((error as Error).message)}\n`
    )
    return 2
  }
  io.stderr(
    `${clean(file)}: the private drafting page; open it in a browser (it makes no request and stores nothing)\n`
  )
  return 0
}
