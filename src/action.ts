import { analyseWithBudget, lintWithBudget } from './lint-budget.js'
import { reportOutput } from './core/render/report-output.js'
import {
  renderIssueSummary,
  renderRecordNotes,
  renderSweepSummary
} from './core/render/summary.js'
import { splitRepository, type RunContext } from './context.js'
import { getClient, retryBase, writeSpacing } from './github/client.js'
import { dryRunPort } from './github/dry-run-port.js'
import { octokitPort } from './github/octokit-port.js'
import { handleIssue } from './handlers/issue-event.js'
import type { Logger } from './handlers/logger.js'
import { sweep } from './handlers/sweep.js'
import { attempter, type RefusedWrite } from './handlers/attempt.js'
import { rolesFrom } from './handlers/roles.js'
import { renderRefused } from './core/render/refused.js'
import { renderChecklist } from './core/readiness/index.js'
import { checkSetup } from './handlers/check-setup.js'
import {
  fileSource,
  readPreviousRecord,
  workflowPath,
  writeRecord
} from './files.js'
import { makeRecord } from './handlers/record.js'
import type { Inputs } from './inputs.js'
import { isOrganisation } from './core/repositories.js'
import type { Route } from './route.js'
import type { ActionIo } from './io.js'

/**
 * "Now": the clock, or INCIDENT_ISSUES_NOW (an ISO date) so that tests and the
 * demo are deterministic.
 */
export function clock(env: NodeJS.ProcessEnv): Date {
  const fixed = env.INCIDENT_ISSUES_NOW
  if (fixed) {
    const date = new Date(fixed)
    if (Number.isNaN(date.getTime()))
      throw new Error(
        `INCIDENT_ISSUES_NOW must be an ISO date (got '${fixed.slice(0, 40)}')`
      )
    return date
  }
  return new Date()
}

/** Run a handled event: the port, the handlers, outputs and the job summary. */
export async function runAction(
  route: Extract<Route, { kind: 'issue' | 'sweep' | 'check-setup' }>,
  inputs: Inputs,
  context: RunContext,
  env: NodeJS.ProcessEnv,
  io: ActionIo
): Promise<void> {
  const { owner, repo } = splitRepository(context.repository)
  const now = clock(env)
  const actions: string[] = []
  const log: Logger = {
    info: (line) => io.info(line),
    warning: (line) => io.warning(line),
    did: (number, what) => {
      io.info(
        `#${number}: ${inputs.dryRun ? '(dry-run, not done) ' : ''}${what}`
      )
      actions.push(`#${number}: ${what}`)
    },
    group: (name, fn) => io.group(name, fn)
  }
  const octokit = getClient(
    inputs.token,
    context.apiUrl,
    (line) => io.info(line),
    writeSpacing(env, context.apiUrl),
    undefined,
    retryBase(env, context.apiUrl)
  )
  if (route.kind !== 'issue' && isOrganisation(inputs.repositories)) {
    const { runOrganisation } = await import('./organisation-run.js')
    return runOrganisation(route.kind, inputs, context, env, io, octokit, now)
  }
  const real = octokitPort(octokit, owner, repo, context.graphqlUrl)
  const port = inputs.dryRun
    ? dryRunPort(real, (line) => io.info(`[dry-run] would ${line}`))
    : real
  if (inputs.dryRun) io.info('Dry run: every read happens, no write does.')
  const refused: RefusedWrite[] = []
  const attempt = attempter(
    log,
    refused,
    async (number) => (await port.readIssue(number)).issue !== null
  )
  const roles = rolesFrom(port)
  const lintBody = lintWithBudget(env)
  const issueDeps = { port, inputs, now, log, attempt, roles, lint: lintBody }
  let roleRefused = false

  if (route.kind === 'check-setup') {
    const files = await fileSource(env.GITHUB_WORKSPACE, port.setup)
    const items = await checkSetup({
      port,
      setup: port.setup,
      files,
      workflowPath: workflowPath(env.GITHUB_WORKFLOW_REF),
      inputs,
      now,
      log,
      lint: lintBody
    })
    const ready = !items.some((i) => i.state === 'error')
    io.setOutput('ready', String(ready))
    io.setOutput('checks', JSON.stringify(items))
    for (const i of items) io.info(`${i.state}: ${i.id}: ${i.message}`)
    await io.summary(renderChecklist(items))
    if (!ready)
      io.setFailed(
        `Not ready for an incident: ${items
          .filter((i) => i.state === 'error')
          .map((i) => `${i.id} (${i.message})`)
          .join('; ')}`
      )
    return
  }
  if (route.kind === 'sweep') {
    const result = await sweep({ port, inputs, now, log, attempt, roles })
    roleRefused = result.roleRefused
    // An issue the sweep pinned had a comment saying it could not be: say it now.
    if (inputs.comment) {
      for (const number of result.pinned)
        await handleIssue(number, 'pinned-by-sweep', issueDeps)
    }
    io.setOutput('unpinned', JSON.stringify(result.unpinned))
    await io.summary(
      renderSweepSummary(
        result.rows,
        result.unpinned,
        result.pinned,
        inputs.dryRun,
        result.untrusted
      )
    )
  } else {
    const result = await handleIssue(route.number, route.happened, issueDeps)
    roleRefused = result.roleRefused
    io.setOutput('incident', String(result.incident))
    io.setOutput('untrusted-label', String(result.untrusted !== null))
    io.setOutput('pinned', String(result.pinned))
    if (result.report) {
      io.setOutput('complete', String(result.report.complete))
      io.setOutput('missing', result.report.missing.join(','))
      io.setOutput('report', reportOutput(result.report))
    }
    await io.summary(
      renderIssueSummary(result, { actions, dryRun: inputs.dryRun })
    )
  }
  const problems: string[] = []
  // The public record, after the sweep or an issue event (the record's own
  // workflow runs on both).
  if (inputs.recordDir) {
    // Any failure of the record (a refused read, a folder that cannot be
    // written) is named with the other problems: it never hides the refused
    // writes, and the outputs and summaries above are already written.
    try {
      const { record, files, notes } = await makeRecord({
        list: (label) => port.listRecord(label),
        history: port,
        inputs,
        roles,
        log,
        repository: context.repository,
        now,
        previous: readPreviousRecord(inputs.recordDir),
        analyse: analyseWithBudget(env)
      })
      if (notes.length > 0) await io.summary(renderRecordNotes(notes))
      // The private drafting page, published beside the record.
      const { draftPage } = await import('./draft-page.js')
      writeRecord(inputs.recordDir, {
        ...files,
        'draft.html': draftPage(context.repository, inputs.sections)
      })
      io.info(
        `Record: ${record.incidents.length} incident(s) written to ${inputs.recordDir} (index.html, feed.xml, incidents.json, badge.json, INCIDENTS.md, draft.html).`
      )
    } catch (error) {
      problems.push(
        `The public record was not written: ${(error as Error).message}`
      )
    }
  }

  if (refused.length > 0) problems.push(renderRefused(refused))
  if (roleRefused)
    problems.push(
      'GitHub would not say whether the person who applied the label may apply labels, so the issue was not treated as an incident. GITHUB_TOKEN can always read this; with another token, give it "Metadata: read" (fine-grained) or the repo scope (classic).'
    )
  if (problems.length > 0) io.setFailed(problems.join('\n\n'))
}
