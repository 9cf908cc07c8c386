import {
  item,
  scheduleItem,
  type FileFacts,
  type ReadinessItem
} from '../core/readiness/index.js'
import { repoKey } from '../core/repositories.js'
import type { Report, SectionSpec } from '../core/types.js'
import { apiSource, readFiles, type FileSource } from '../files.js'
import type { GitHubPort, OrganisationPort } from '../github/port.js'
import type { Inputs } from '../inputs.js'
import { checkSetup } from './check-setup.js'
import { GITHUB_TOKEN_LOGIN } from '../core/trust.js'
import type { Logger } from './logger.js'

/** One item of one repository: the `checks` output of an organisation. */
export interface RepositoryItem extends ReadinessItem {
  readonly repository: string
}

export interface OrganisationSetupDeps {
  readonly org: OrganisationPort
  readonly inputs: Inputs
  readonly now: Date
  readonly logFor: (repository: string) => Logger
  readonly wrap: (port: GitHubPort) => GitHubPort
  /** The workflow's own repository, where the central workflow and its schedule live. */
  readonly home: string
  /** The central workflow's file, as the workspace (or the API) has it. */
  readonly homeFacts: FileFacts
  readonly lint: (
    body: string,
    specs: readonly SectionSpec[],
    issue: number
  ) => Promise<Report>
}

/** The token item of an organisation's repository. */
export function organisationTokenItem(
  viewer: string,
  repository: string,
  home: string
): ReadinessItem {
  if (viewer.toLowerCase() === GITHUB_TOKEN_LOGIN)
    return repoKey(repository) === repoKey(home)
      ? item(
          'token',
          'warning',
          `GITHUB_TOKEN reads issues here, but reaches no other repository: make a GitHub App installation token with actions/create-github-app-token (\`owner:\` and no \`repositories:\`) and pass it as \`github-token\` (docs/organisation.md)`
        )
      : item(
          'token',
          'error',
          `GITHUB_TOKEN reaches only ${home}, not this repository: make a GitHub App installation token with actions/create-github-app-token (\`owner:\` and no \`repositories:\`) and pass it as \`github-token\` (docs/organisation.md)`
        )
  return item(
    'token',
    'ok',
    `the token (${viewer.replace(/[^\w.[\]-]/g, '')}) reads its issues; whether it may pin and comment is confirmed by its first write: give the App "Issues: read and write" (docs/organisation.md)`
  )
}

/** The contents API without the workflows folder (the central workflow is checked once). */
const withoutWorkflows = (files: FileSource): FileSource => ({
  where: files.where,
  read: (path) => files.read(path),
  list: (dir) =>
    dir.replace(/\/+$/, '') === '.github/workflows'
      ? Promise.resolve([])
      : files.list(dir)
})

/**
 * The readiness check of every covered repository (SPEC "One organisation"):
 * the single repository's items in each; the issue form and SECURITY.md may
 * come from the owner's `.github` repository (GitHub's default community
 * health files); the schedule is the central workflow's, checked once.
 */
export async function organisationSetup(
  deps: OrganisationSetupDeps,
  repositories: readonly string[]
): Promise<RepositoryItem[]> {
  const { org, inputs, now, home } = deps
  const lists = await org.listIncidentsOf(repositories, inputs.label)
  const defaults = new Map<string, Promise<FileFacts | null>>()
  /** The owner's `.github` repository's files, read once per owner. */
  const ownerDefaults = (owner: string) => {
    let facts = defaults.get(owner.toLowerCase())
    if (!facts) {
      const source = withoutWorkflows(
        apiSource(org.repository(`${owner}/.github`).setup)
      )
      facts = readFiles(source, null).then((f) => (f.unreadable ? null : f))
      defaults.set(owner.toLowerCase(), facts)
    }
    return facts
  }
  const out: RepositoryItem[] = []
  const isHome = (r: string) => repoKey(r) === repoKey(home)
  for (const repository of repositories) {
    const answer = lists.get(repoKey(repository))
    if (!answer || !answer.ok) {
      out.push({
        repository,
        ...item(
          'token',
          'error',
          answer?.why ?? 'not read (no answer from GitHub)'
        )
      })
      continue
    }
    const port = deps.wrap(org.repository(repository))
    const own = await readFiles(withoutWorkflows(apiSource(port.setup)), null)
    const owner = repository.split('/')[0]!
    const fallback =
      own.templates.length === 0 || own.securityPolicy === null
        ? await ownerDefaults(owner)
        : null
    const from = (path: string) => `${owner}/.github: ${path}`
    const facts: FileFacts = {
      templates: own.templates.length
        ? own.templates
        : (fallback?.templates ?? []).map((t) => ({
            ...t,
            path: from(t.path)
          })),
      securityPolicy:
        own.securityPolicy ??
        (fallback?.securityPolicy
          ? {
              ...fallback.securityPolicy,
              path: from(fallback.securityPolicy.path)
            }
          : null),
      workflow: isHome(repository) ? deps.homeFacts.workflow : null,
      unreadable: own.unreadable
    }
    const items = await checkSetup({
      port,
      setup: port.setup,
      files: apiSource(port.setup),
      workflowPath: null,
      inputs,
      now,
      log: deps.logFor(repository),
      lint: deps.lint,
      organisation: {
        list: answer.value,
        facts,
        token: (viewer) => organisationTokenItem(viewer, repository, home),
        schedule: isHome(repository)
      }
    })
    out.push(...items.map((i) => ({ repository, ...i })))
  }
  if (!repositories.some(isHome)) {
    // The central workflow's schedule, in its own row.
    let state: string | null = null
    let why: string | null = null
    const workflow = deps.homeFacts.workflow
    if (workflow)
      try {
        state = await org
          .repository(home)
          .setup.workflowState(workflow.path.split('/').pop()!)
      } catch (error) {
        why =
          (error as { status?: number }).status === 403
            ? 'the token may not read the workflow\'s state: give the App "Actions: read"'
            : (error as Error).message
      }
    out.push({
      repository: home,
      ...scheduleItem(workflow, state, why ?? deps.homeFacts.unreadable)
    })
  }
  return out
}
