import { DEFAULT_SECTIONS, quoteValue } from './core/sections-defaults.js'
import type { SectionSpec } from './core/types.js'
import type { RepositorySelection } from './core/repositories.js'

/** Input names, as in action.yml: one place (actions/stale's option enum). */
export const Input = {
  GithubToken: 'github-token',
  Label: 'label',
  Sections: 'sections',
  UnpinAfterDays: 'unpin-after-days',
  KeepPinnedLabel: 'keep-pinned-label',
  Pin: 'pin',
  Comment: 'comment',
  IncompleteLabel: 'incomplete-label',
  OnComplete: 'on-complete',
  DryRun: 'dry-run',
  IssueNumber: 'issue-number',
  TrustedBots: 'trusted-bots',
  CheckSetup: 'check-setup',
  CreateLabel: 'create-label',
  RecordDir: 'record-dir',
  Repositories: 'repositories'
} as const

export type OnComplete = 'minimize' | 'keep' | 'delete'

/** Every input, validated and frozen. */
export interface Inputs {
  readonly token: string
  readonly label: string
  readonly sections: readonly SectionSpec[]
  readonly unpinAfterDays: number
  readonly keepPinnedLabel: string
  readonly pin: boolean
  readonly comment: boolean
  readonly incompleteLabel: string
  readonly onComplete: OnComplete
  readonly dryRun: boolean
  readonly issueNumber: number | null
  /** Bots whose label counts as a maintainer's (logins, `[bot]` optional). */
  readonly trustedBots: readonly string[]
  /** Run the readiness check and fire drill instead of the sweep or an issue. */
  readonly checkSetup: boolean
  /** With `checkSetup`: create the incident and keep-pinned labels when missing. */
  readonly createLabel: boolean
  /**
   * With the sweep: write the public record into this folder ('' = off); an
   * absolute path inside the workspace (checked lexically here, symbolic
   * links in files.ts before anything runs).
   */
  readonly recordDir: string
  /**
   * The sweep, the record and the readiness check over these repositories
   * (SPEC "One organisation"); empty: the workflow's own repository.
   */
  readonly repositories: RepositorySelection
}

/** The most days `unpin-after-days` accepts: a hundred years. */
export const MAX_UNPIN_DAYS = 36_500
/** GraphQL's `Int` (issue numbers are at most this). */
export const MAX_ISSUE_NUMBER = 2_147_483_647

/** Defaults, mirroring action.yml (a test checks that they agree). */
export const DEFAULTS = Object.freeze({
  [Input.Label]: 'security-incident',
  [Input.UnpinAfterDays]: '3',
  [Input.KeepPinnedLabel]: 'keep-pinned',
  [Input.Pin]: 'true',
  [Input.Comment]: 'true',
  [Input.IncompleteLabel]: '',
  [Input.OnComplete]: 'minimize',
  [Input.DryRun]: 'false',
  [Input.IssueNumber]: '',
  [Input.TrustedBots]: '',
  [Input.CheckSetup]: 'false',
  [Input.CreateLabel]: 'false',
  [Input.RecordDir]: '',
  [Input.Repositories]: ''
})

/** Bad inputs: every problem, one line each; nothing has been written. */
export class InputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'))
    this.name = 'InputError'
  }
}

/** `getInput` as the runner provides it: INPUT_<NAME>, trimmed, '' when unset. */
export type GetInput = (name: string) => string

/** Read inputs from the environment without loading @actions/core (cold start). */
export function envInput(env: NodeJS.ProcessEnv): GetInput {
  return (name) =>
    (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

const invalid = (name: string, value: string, expected: string) =>
  `Invalid value for '${name}': ${expected} (got ${quoteValue(value)})`

/**
 * Read and validate every input at once. `parseSections` is passed in so that
 * the YAML parser is loaded only when the `sections` input is set.
 */
export async function readInputs(
  getInput: GetInput,
  workspace: string = process.cwd()
): Promise<Inputs> {
  const problems: string[] = []
  const get = (name: string) => {
    const value = getInput(name)
    return value === '' && name in DEFAULTS
      ? DEFAULTS[name as keyof typeof DEFAULTS]
      : value
  }
  const bool = (name: string) => {
    const value = get(name)
    if (/^(true|yes|on)$/i.test(value)) return true
    if (/^(false|no|off)$/i.test(value)) return false
    problems.push(invalid(name, value, 'must be true or false'))
    return false
  }
  const label = (name: string, required: boolean) => {
    const value = get(name)
    if (value === '' && required)
      problems.push(invalid(name, value, 'must be a label name'))
    else if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(value))
      // A second line would reach the log as a workflow command of its own.
      problems.push(
        invalid(
          name,
          value,
          'must be one label name, without line breaks or control characters'
        )
      )
    else if (value.length > 50)
      problems.push(
        invalid(name, value, 'must be a label name of at most 50 characters')
      )
    return value
  }

  const token = getInput(Input.GithubToken)
  if (token === '') {
    problems.push(
      invalid(
        Input.GithubToken,
        token,
        'must be a token; the default is ${{ github.token }}'
      )
    )
  }
  const daysText = get(Input.UnpinAfterDays)
  let unpinAfterDays = 3
  if (/^\d{1,6}$/.test(daysText) && Number(daysText) <= MAX_UNPIN_DAYS)
    unpinAfterDays = Number(daysText)
  else
    problems.push(
      invalid(
        Input.UnpinAfterDays,
        daysText,
        `must be a whole number of days from 0 to ${MAX_UNPIN_DAYS.toLocaleString('en-US')}`
      )
    )

  const onComplete = get(Input.OnComplete)
  if (!['minimize', 'keep', 'delete'].includes(onComplete)) {
    problems.push(
      invalid(
        Input.OnComplete,
        onComplete,
        "must be 'minimize', 'keep' or 'delete'"
      )
    )
  }

  // Empty means the sweep; anything else must name one issue (`42` or `#42`):
  // a stray `#` must never widen a one-issue run into the whole sweep.
  const issueText = get(Input.IssueNumber)
  let issueNumber: number | null = null
  if (issueText !== '') {
    const digits = issueText.replace(/^#/, '')
    if (/^[1-9]\d{0,9}$/.test(digits) && Number(digits) <= MAX_ISSUE_NUMBER)
      issueNumber = Number(digits)
    else
      problems.push(
        invalid(
          Input.IssueNumber,
          issueText,
          `must be an issue number from 1 to ${MAX_ISSUE_NUMBER}, such as 42`
        )
      )
  }

  let sections: readonly SectionSpec[] = DEFAULT_SECTIONS
  const sectionsText = getInput(Input.Sections)
  if (sectionsText !== '') {
    const { parseSections } = await import('./core/sections-config.js')
    const parsed = parseSections(sectionsText)
    if (parsed.ok) sections = Object.freeze(parsed.sections)
    else problems.push(parsed.error)
  }

  const trustedBots: string[] = []
  for (const entry of get(Input.TrustedBots).split(/[,\n]/)) {
    const login = entry.trim()
    if (login === '') continue
    if (/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/.test(login))
      trustedBots.push(login)
    else
      problems.push(
        invalid(
          Input.TrustedBots,
          login,
          'must be bot logins separated by commas, such as my-labeler[bot]'
        )
      )
  }

  // The workflow's own repository; the parser loads only when the input is set.
  let repositories: RepositorySelection = {
    owners: [],
    names: [],
    excluded: new Set()
  }
  const repositoriesText = get(Input.Repositories)
  if (repositoriesText !== '') {
    const { parseRepositories } = await import('./core/repositories.js')
    const parsed = parseRepositories(repositoriesText)
    if (parsed.ok) repositories = parsed.selection
    else
      for (const problem of parsed.problems)
        problems.push(`Invalid value for '${Input.Repositories}': ${problem}`)
  }

  const inputs: Inputs = {
    token,
    label: label(Input.Label, true),
    sections,
    unpinAfterDays,
    keepPinnedLabel: label(Input.KeepPinnedLabel, false),
    pin: bool(Input.Pin),
    comment: bool(Input.Comment),
    incompleteLabel: label(Input.IncompleteLabel, false),
    onComplete: onComplete as OnComplete,
    dryRun: bool(Input.DryRun),
    issueNumber,
    trustedBots: Object.freeze(trustedBots),
    checkSetup: bool(Input.CheckSetup),
    createLabel: bool(Input.CreateLabel),
    recordDir: await recordDirOf(get(Input.RecordDir), workspace, problems),
    repositories
  }
  if (
    inputs.incompleteLabel !== '' &&
    inputs.incompleteLabel.toLowerCase() === inputs.label.toLowerCase()
  ) {
    problems.push(
      invalid(
        Input.IncompleteLabel,
        inputs.incompleteLabel,
        `must differ from 'label'`
      )
    )
  }
  if (
    inputs.keepPinnedLabel !== '' &&
    inputs.keepPinnedLabel.toLowerCase() === inputs.label.toLowerCase()
  ) {
    problems.push(
      invalid(
        Input.KeepPinnedLabel,
        inputs.keepPinnedLabel,
        `must differ from 'label' (every incident would stay pinned for good)`
      )
    )
  }
  if (problems.length > 0) throw new InputError(problems)
  return Object.freeze(inputs)
}

/**
 * `record-dir` as an absolute path: a folder of its own inside the workspace
 * (not the workspace itself, whose index.html and INCIDENTS.md it would
 * replace; no `..`; no absolute path elsewhere). '' stays '' (no record).
 */
async function recordDirOf(
  value: string,
  workspace: string,
  problems: string[]
): Promise<string> {
  if (value === '') return ''
  // Loaded only here: the cold start of an unrelated event never needs it.
  const path = await import('node:path')
  const refuse = (why: string) => {
    problems.push(invalid(Input.RecordDir, value, why))
    return ''
  }
  if (/[\p{Cc}]/u.test(value))
    return refuse('must be a folder path without control characters')
  if (value.split(/[\\/]/).includes('..'))
    return refuse("must be a folder inside the workspace, without '..'")
  const root = path.resolve(workspace)
  const full = path.resolve(root, value)
  const rel = path.relative(root, full)
  if (rel === '')
    return refuse(
      'must be a folder of its own inside the workspace, such as record, not the workspace itself'
    )
  if (path.isAbsolute(rel) || rel.startsWith(`..${path.sep}`) || rel === '..')
    return refuse(`must be a folder inside the workspace (${root})`)
  return full
}
