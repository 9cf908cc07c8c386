import {
  coveredRepositories,
  repoKey,
  type LeftOut,
  type RepositoryFacts,
  type RepositorySelection
} from '../core/repositories.js'
import type { Report, SectionSpec, SweepRow } from '../core/types.js'
import type { GitHubPort, OrganisationPort } from '../github/port.js'
import type { IssueRecord } from '../core/records.js'
import { GITHUB_TOKEN_LOGIN, labeler } from '../core/trust.js'
import { sameActor } from '../core/pin-facts.js'
import type { Inputs } from '../inputs.js'
import { attempter, type RefusedWrite } from './attempt.js'
import { handleIssue } from './issue-event.js'
import type { Logger } from './logger.js'
import { rolesFrom, type Roles } from './roles.js'
import { sweep } from './sweep.js'

/** The repositories a run covers, and what discovery left out. */
export interface Discovery {
  /** `owner/name`, sorted. */
  readonly repositories: readonly string[]
  readonly leftOut: LeftOut
  /** Owners whose repositories could not be listed, and why. */
  readonly failed: readonly { readonly owner: string; readonly why: string }[]
  /** Where the lists came from: an App installation's, or the owners'. */
  readonly via: 'installation' | 'owner' | null
}

/**
 * Discovery (SPEC "One organisation"): each owner's repositories the token
 * can see (one read per 100), less archived ones, forks, those with issues
 * turned off and `!` entries; then the named ones. An owner that cannot be
 * listed is named, and the others go on.
 */
export async function discover(
  org: Pick<OrganisationPort, 'listRepositories'>,
  selection: RepositorySelection
): Promise<Discovery> {
  const listed: RepositoryFacts[] = []
  const failed: { owner: string; why: string }[] = []
  let via: Discovery['via'] = null
  for (const owner of selection.owners) {
    try {
      const answer = await org.listRepositories(owner)
      via = answer.via
      listed.push(...answer.repositories)
      if (
        !answer.repositories.some(
          (r) => r.name.split('/')[0]!.toLowerCase() === owner.toLowerCase()
        )
      )
        failed.push({
          owner,
          why:
            answer.via === 'installation'
              ? `the token covers no repository of ${owner}: install the GitHub App on ${owner} (all repositories), and make the token with \`owner: ${owner}\``
              : `no repository of ${owner} is visible to the token`
        })
    } catch (error) {
      failed.push({ owner, why: oneLine((error as Error).message) })
    }
  }
  return { ...coveredRepositories(selection, listed), failed, via }
}

/** What the sweep did in one repository. */
export interface RepositoryOutcome {
  readonly repository: string
  /** Why the repository failed: unreachable, archived, refused writes; null when it did not. */
  readonly failure: string | null
  readonly rows: readonly SweepRow[]
  readonly untrusted: readonly {
    readonly number: number
    readonly reason: string
  }[]
  readonly pinned: readonly number[]
  readonly unpinned: readonly number[]
  readonly refused: readonly RefusedWrite[]
}

export interface OrganisationSweepDeps {
  readonly org: OrganisationPort
  readonly inputs: Inputs
  readonly now: Date
  /** The run's logger for one repository (its lines name the repository). */
  readonly logFor: (repository: string) => Logger
  /** The port as the run uses it (in dry-run, its writes only logged). */
  readonly wrap: (port: GitHubPort) => GitHubPort
  readonly lint: (
    body: string,
    specs: readonly SectionSpec[],
    issue: number
  ) => Promise<Report>
  /** One repository's people's roles, asked once per run (the record asks them too). */
  readonly rolesFor?: (repository: string, port: GitHubPort) => Roles
}

/**
 * The sweep of every covered repository, with exactly the one-repository
 * rules in each (its labellers' roles, its pins, its three-pin limit). The
 * incident lists are read 50 repositories a request; one repository's
 * failure is its row, and the others go on.
 */
export async function organisationSweep(
  deps: OrganisationSweepDeps,
  repositories: readonly string[]
): Promise<RepositoryOutcome[]> {
  const { org, inputs, now } = deps
  const lists = await org.listIncidentsOf(repositories, inputs.label)
  const outcomes: RepositoryOutcome[] = []
  for (const repository of repositories) {
    const empty = {
      repository,
      rows: [],
      untrusted: [],
      pinned: [],
      unpinned: [],
      refused: []
    }
    const answer = lists.get(repoKey(repository))
    if (!answer || !answer.ok) {
      outcomes.push({
        ...empty,
        failure: answer?.why ?? 'not read (no answer from GitHub)'
      })
      continue
    }
    const log = deps.logFor(repository)
    const port = deps.wrap(org.repository(repository))
    const refused: RefusedWrite[] = []
    const attempt = attempter(
      log,
      refused,
      async (number) => (await port.readIssue(number)).issue !== null
    )
    const roles = deps.rolesFor?.(repository, port) ?? rolesFrom(port)
    try {
      const result = await sweep({
        port,
        inputs,
        now,
        log,
        attempt,
        roles,
        list: answer.value,
        own: (issue, viewer) => ownIssue(issue, viewer, inputs.label),
        ofOrganisation: true
      })
      if (inputs.comment)
        for (const number of result.pinned)
          await handleIssue(number, 'pinned-by-sweep', {
            port,
            inputs,
            now,
            log,
            attempt,
            roles,
            lint: deps.lint
          })
      const failures = [
        ...(refused.length
          ? [
              `GitHub refused ${refused.length} write${refused.length === 1 ? '' : 's'} (${refused
                .map((r) => `#${r.number}: ${r.what}: ${r.message}`)
                .join('; ')})`
            ]
          : []),
        ...(result.roleRefused
          ? [
              'GitHub would not say whether a labeller may apply labels: give the App "Metadata: read"'
            ]
          : [])
      ]
      outcomes.push({
        repository,
        failure: failures.length ? oneLine(failures.join('; '), 600) : null,
        rows: result.rows,
        untrusted: result.untrusted,
        pinned: result.pinned,
        unpinned: result.unpinned,
        refused
      })
    } catch (error) {
      outcomes.push({
        ...empty,
        refused,
        failure: oneLine((error as Error).message)
      })
    }
  }
  return outcomes
}

/**
 * An issue the token opened and labelled itself: a notice issue (the App's
 * identity opens no other issue; an attacker cannot author as it). Never for
 * GITHUB_TOKEN, whose identity every workflow of the repository shares (an
 * issue-ops workflow may open and label issues from anyone's text).
 */
export function ownIssue(
  issue: IssueRecord,
  viewer: string,
  label: string
): boolean {
  if (sameActor(viewer, GITHUB_TOKEN_LOGIN)) return false
  const who = labeler(issue, label)
  return (
    issue.author !== null &&
    issue.author.bot &&
    sameActor(issue.author.login, viewer) &&
    who.login !== null &&
    who.bot &&
    sameActor(who.login, viewer)
  )
}

const oneLine = (s: string, max = 300) => s.replace(/\s+/g, ' ').slice(0, max)
