import { fileItems } from '../core/readiness/index.js'
import {
  drillItem,
  labelItem,
  pinSlotsItem,
  tokenItem,
  type FileFacts,
  type ReadinessItem
} from '../core/readiness/index.js'
import { readFiles, type FileSource } from '../files.js'
import type { IncidentList, IssueRecord } from '../core/records.js'
import type { Report, SectionSpec } from '../core/types.js'
import type { GitHubPort, SetupPort } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import type { Logger } from './logger.js'

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
  /** An organisation's run: the list read already, the files found already, its own token item. */
  readonly organisation?: {
    readonly list: IncidentList
    readonly facts: FileFacts
    readonly token: (viewer: string) => ReadinessItem
    /** Only the central workflow's repository has the schedule. */
    readonly schedule: boolean
  }
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
    const list =
      deps.organisation?.list ?? (await port.listIncidents(inputs.label))
    pinned = [...list.pinned]
    viewer = list.viewer
  } catch (error) {
    canRead = false
    log.warning(`Could not read the issues: ${(error as Error).message}`)
  }

  if (!deps.organisation)
    log.info(`Reading the repository's files from ${files.where}.`)
  const facts =
    deps.organisation?.facts ?? (await readFiles(files, deps.workflowPath))
  let state: string | null = null
  let why: string | null = null
  if (facts.workflow && deps.organisation?.schedule !== false) {
    try {
      state = await setup.workflowState(facts.workflow.path.split('/').pop()!)
    } catch (error) {
      why =
        (error as { status?: number }).status === 403
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
    deps.organisation && canRead
      ? deps.organisation.token(viewer)
      : tokenItem(canRead, facts.workflow),
    ...items.filter(
      (i) => i.id !== 'schedule' || deps.organisation?.schedule !== false
    ),
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
