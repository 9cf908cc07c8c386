import { renderOrganisationChecklist } from './core/readiness/index.js'
import {
  renderOrganisationFailure,
  renderOrganisationSweep
} from './core/render/organisation.js'
import { escapeText } from './core/render/escape.js'
import { repoKey } from './core/repositories.js'
import type { RunContext } from './context.js'
import {
  fileSource,
  readFiles,
  readPreviousRecord,
  workflowPath,
  writeRecord
} from './files.js'
import type { Octokit } from './github/client.js'
import { dryRunNotices, dryRunPort } from './github/dry-run-port.js'
import { octokitOrganisation } from './github/organisation.js'
import type { GitHubPort } from './github/port.js'
import type { Logger } from './handlers/logger.js'
import { discover, organisationSweep } from './handlers/organisation.js'
import { organisationRecord } from './handlers/organisation-record.js'
import { organisationSetup } from './handlers/organisation-setup.js'
import { keepNotices } from './handlers/notices.js'
import { AFFECTED_SECTION } from './core/notices.js'
import { renderNotices } from './core/render/organisation.js'
import { rolesFrom, type Roles } from './handlers/roles.js'
import type { Inputs } from './inputs.js'
import type { ActionIo } from './io.js'
import { analysisPool, lintWithBudget } from './lint-budget.js'

/**
 * The sweep, the record or the readiness check over an organisation's
 * repositories (SPEC "One organisation"): discovery, then each repository
 * under the one-repository rules; one repository's failure is named at the
 * end and never stops the others.
 */
export async function runOrganisation(
  kind: 'sweep' | 'check-setup',
  inputs: Inputs,
  context: RunContext,
  env: NodeJS.ProcessEnv,
  io: ActionIo,
  octokit: Octokit,
  now: Date
): Promise<void> {
  const home = context.repository
  const org = octokitOrganisation(octokit, context.graphqlUrl)
  const wrap = (port: GitHubPort) =>
    inputs.dryRun
      ? dryRunPort(port, (line) => io.info(`[dry-run] would ${line}`))
      : port
  const logFor = (repository: string): Logger => ({
    info: (line) => io.info(`${repository}: ${line}`),
    warning: (line) => io.warning(`${repository}: ${line}`),
    did: (number, what) =>
      io.info(
        `${repository}#${number}: ${inputs.dryRun ? '(dry-run, not done) ' : ''}${what}`
      ),
    group: (name, fn) => io.group(`${repository} ${name}`, fn)
  })
  if (inputs.dryRun) io.info('Dry run: every read happens, no write does.')
  const discovery = await discover(org, inputs.repositories)
  const covered = discovery.repositories
  io.info(
    `Covering ${covered.length} repositor${covered.length === 1 ? 'y' : 'ies'}${discovery.via === 'installation' ? ' (the GitHub App installation)' : ''}.`
  )
  const failed = discovery.failed.map((f) => ({
    name: `${f.owner}/*`,
    why: f.why
  }))
  const lint = lintWithBudget(env)

  if (kind === 'check-setup') {
    const files = await fileSource(
      env.GITHUB_WORKSPACE,
      org.repository(home).setup
    )
    const homeFacts = await readFiles(
      files,
      workflowPath(env.GITHUB_WORKFLOW_REF)
    )
    const items = [
      ...discovery.failed.map((f) => ({
        repository: `${f.owner}/*`,
        id: 'token' as const,
        state: 'error' as const,
        message: f.why
      })),
      ...(await organisationSetup(
        { org, inputs, now, logFor, wrap, home, homeFacts, lint },
        covered
      ))
    ]
    const ready = !items.some((i) => i.state === 'error')
    io.setOutput('ready', String(ready))
    io.setOutput(
      'checks',
      JSON.stringify(
        items.map((i) => ({
          repository: i.repository,
          id: i.id,
          state: i.state,
          message: i.message
        }))
      )
    )
    for (const i of items)
      io.info(`${i.state}: ${i.repository}: ${i.id}: ${i.message}`)
    await io.summary(renderOrganisationChecklist(items))
    if (!ready) {
      const errors = items.filter((i) => i.state === 'error')
      io.setFailed(
        `Not ready for an incident in ${new Set(errors.map((i) => i.repository)).size} repositor${errors.length === 1 ? 'y' : 'ies'}:\n${errors
          .map((i) => `- ${i.repository}: ${i.id} (${i.message})`)
          .join('\n')}`
      )
    }
    return
  }

  const roles = new Map<string, Roles>()
  const rolesFor = (repository: string, port?: GitHubPort) => {
    const key = repoKey(repository)
    let r = roles.get(key)
    if (!r) {
      r = rolesFrom(port ?? org.repository(repository))
      roles.set(key, r)
    }
    return r
  }
  const sweepDeps = { org, inputs, now, logFor, wrap, lint, rolesFor }
  let outcomes = await organisationSweep(sweepDeps, covered)
  for (const o of outcomes)
    if (o.failure !== null) failed.push({ name: o.repository, why: o.failure })

  // The record's read serves the record and the notice issues: every
  // labelled issue of each repository, with its body.
  const noticesWanted = inputs.sections.some(
    (spec) => spec.name === AFFECTED_SECTION
  )
  const extra: string[] = []
  if (inputs.recordDir || noticesWanted) {
    const pool = analysisPool(env)
    let analysis = { bodies: 0, ms: 0 }
    try {
      const record = await organisationRecord(
        {
          org,
          inputs,
          logFor,
          rolesFor,
          home,
          now,
          previous: inputs.recordDir
            ? readPreviousRecord(inputs.recordDir)
            : null,
          noticesOnly: !inputs.recordDir,
          analyse: async (bodies, specs) => {
            const t0 = performance.now()
            const out = await pool.analyse(bodies, specs)
            analysis = { bodies: bodies.length, ms: performance.now() - t0 }
            return out
          }
        },
        covered
      )
      // The record's own time, for the benchmark and for anyone watching a
      // large organisation's runs (the rest of the record is GitHub's reads).
      io.info(
        `Analysis: ${analysis.bodies} changed report(s) analysed in ${Math.round(analysis.ms)} ms${inputs.recordDir ? `; the record's files rendered in ${Math.round(record.renderMs)} ms` : ''}.`
      )
      for (const f of record.failed)
        if (!failed.some((x) => x.name === f.name)) failed.push(f)

      if (noticesWanted) {
        const notices = await keepNotices({
          inputs,
          viewer: record.viewer,
          covered,
          reads: record.reads,
          records: record.records,
          notices: (repository) =>
            inputs.dryRun
              ? dryRunNotices(repository, (line) =>
                  io.info(`[dry-run] would ${line}`)
                )
              : org.notices(repository),
          reread: (repository) =>
            org.repository(repository).listRecord(inputs.label),
          logFor
        })
        extra.push(renderNotices(notices))
        for (const f of notices.failed)
          if (!failed.some((x) => x.name === f.name)) failed.push(f)
        // A notice opened, closed or reopened: its pin follows tonight.
        if (notices.changed.length > 0 && !inputs.dryRun) {
          const again = await organisationSweep(
            sweepDeps,
            covered.filter((r) =>
              notices.changed.some((c) => repoKey(c) === repoKey(r))
            )
          )
          outcomes = outcomes.map(
            (o) => again.find((x) => x.repository === o.repository) ?? o
          )
        }
      }

      if (inputs.recordDir) {
        if (record.notes.length > 0)
          extra.push(
            [
              '### incident-issues: the public record',
              '',
              ...record.notes.map(
                (n) =>
                  `- ${n.repository}#${n.number}: ${escapeText(n.note, 300)}`
              ),
              ''
            ].join('\n')
          )
        const { draftPage } = await import('./draft-page.js')
        writeRecord(
          inputs.recordDir,
          { ...record.files, 'draft.html': draftPage(home, inputs.sections) },
          ['feeds']
        )
        io.info(
          `Record: ${record.incidents} incident(s) of ${covered.length} repositories written to ${inputs.recordDir}.`
        )
      }
    } catch (error) {
      failed.push({
        name: inputs.recordDir ? 'the public record' : 'the notice issues',
        why: `not done: ${(error as Error).message}`
      })
    } finally {
      pool.close()
    }
  }

  io.setOutput(
    'unpinned',
    JSON.stringify(
      outcomes.flatMap((o) => o.unpinned.map((n) => `${o.repository}#${n}`))
    )
  )
  await io.summary(
    renderOrganisationSweep(
      {
        covered,
        leftOut: discovery.leftOut,
        ownersFailed: discovery.failed,
        via: discovery.via,
        outcomes
      },
      inputs.dryRun
    )
  )
  for (const text of extra) await io.summary(text)
  for (const o of outcomes)
    if (o.failure !== null && !failed.some((x) => x.name === o.repository))
      failed.push({ name: o.repository, why: o.failure })
  if (failed.length > 0) io.setFailed(renderOrganisationFailure(failed))
}
