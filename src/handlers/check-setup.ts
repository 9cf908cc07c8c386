import { readTemplate, type IssueTemplate } from '../core/issue-form.js'
import {
  drillItem,
  filledIn,
  findIncidentTemplate,
  issueFormItem,
  labelItem,
  pinSlotsItem,
  scheduleItem,
  securityPolicyItem,
  tokenItem,
  type FileFacts,
  type ReadinessItem,
  type RepoFile
} from '../core/readiness.js'
import type { IssueRecord } from '../core/records.js'
import type { Report, SectionSpec } from '../core/types.js'
import type { GitHubPort, SetupPort } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import type { Logger } from './logger.js'

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

/** The items of the checked-out files alone (the CLI's `check-setup`). */
export async function fileItems(
  facts: FileFacts,
  inputs: Pick<Inputs, 'label' | 'sections'>,
  lint: (body: string, specs: readonly SectionSpec[]) => Promise<Report>,
  state: { state: string | null; why: string | null }
): Promise<{ items: ReadinessItem[]; skeleton: Report | null }> {
  const template = findIncidentTemplate(facts.templates, inputs.sections)
  const skeleton = template
    ? await lint(filledIn(template, inputs.sections), inputs.sections)
    : null
  return {
    skeleton,
    items: [
      issueFormItem(
        template,
        inputs.label,
        inputs.sections,
        skeleton,
        facts.unreadable
      ),
      securityPolicyItem(facts.securityPolicy, inputs.label, facts.unreadable),
      scheduleItem(facts.workflow, state.state, state.why ?? facts.unreadable)
    ]
  }
}

export interface SetupDeps {
  readonly port: GitHubPort
  readonly setup: SetupPort
  readonly files: FileSource
  /** `.github/workflows/x.yml` from GITHUB_WORKFLOW_REF, or null. */
  readonly workflowPath: string | null
  readonly inputs: Inputs
  readonly now: Date
  readonly log: Logger
  readonly lint: (
    body: string,
    specs: readonly SectionSpec[],
    issue: number
  ) => Promise<Report>
}

const LABEL_COLOURS: Record<string, string> = {
  incident: 'b60205',
  keep: 'fbca04'
}

/**
 * The readiness check and fire drill: reads everything, writes nothing but
 * the missing labels when `create-label: true`.
 */
export async function checkSetup(deps: SetupDeps): Promise<ReadinessItem[]> {
  const { port, setup, files, inputs, now, log, lint } = deps
  let repoLabels: string[] | null = null
  try {
    repoLabels = await setup.listLabels()
  } catch (error) {
    log.warning(`Could not list the labels: ${(error as Error).message}`)
  }
  const created: string[] = []
  if (inputs.createLabel && repoLabels !== null) {
    const wanted: [string, string, string][] = [
      [
        inputs.label,
        LABEL_COLOURS.incident!,
        'A public security incident report, applied by a maintainer (see SECURITY.md)'
      ],
      [
        inputs.keepPinnedLabel,
        LABEL_COLOURS.keep!,
        'incident-issues never unpins an issue with this label'
      ]
    ]
    for (const [name, color, description] of wanted) {
      if (
        name === '' ||
        repoLabels.some((l) => l.toLowerCase() === name.toLowerCase())
      )
        continue
      if (inputs.dryRun) {
        log.info(`[dry-run] would create the label '${name}'`)
        continue
      }
      try {
        await setup.createLabel(name, color, description)
        created.push(name)
        log.did(0, `created the label '${name}'`)
      } catch (error) {
        log.warning(
          `Could not create the label '${name}': ${(error as Error).message}`
        )
      }
    }
  }

  let pinned: IssueRecord[] | null = null
  let viewer = ''
  let canRead = true
  try {
    const list = await port.listIncidents(inputs.label)
    pinned = [...list.pinned]
    viewer = list.viewer
  } catch (error) {
    canRead = false
    log.warning(`Could not read the issues: ${(error as Error).message}`)
  }

  log.info(`Reading the repository's files from ${files.where}.`)
  const facts = await readFiles(files, deps.workflowPath)
  let state: string | null = null
  let why: string | null = null
  if (facts.workflow) {
    try {
      state = await setup.workflowState(facts.workflow.path.split('/').pop()!)
    } catch (error) {
      why =
        status(error) === 403
          ? "the token may not read the workflow's state: add `actions: read` to `permissions:`"
          : (error as Error).message
    }
  }
  const labels = {
    label: inputs.label,
    keepPinnedLabel: inputs.keepPinnedLabel
  }
  const { items, skeleton } = await fileItems(
    facts,
    inputs,
    (body, specs) => lint(body, specs, 0),
    { state, why }
  )
  return [
    labelItem('label', inputs.label, repoLabels, created),
    labelItem('keep-pinned-label', inputs.keepPinnedLabel, repoLabels, created),
    pinSlotsItem(pinned, viewer, labels, now, inputs.unpinAfterDays),
    tokenItem(canRead, facts.workflow),
    ...items,
    drillItem(
      skeleton,
      pinned,
      viewer,
      labels,
      now,
      inputs.unpinAfterDays,
      inputs.pin
    )
  ]
}
