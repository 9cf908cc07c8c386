import type { RepositoryFacts } from '../../src/core/repositories.js'
import { repoKey } from '../../src/core/repositories.js'
import type {
  GitHubPort,
  NoticePort,
  OrganisationPort,
  PerRepository
} from '../../src/github/port.js'
import type { GitHubFake } from './github-fake.js'
import { WHY } from '../../src/github/organisation.js'

interface Held {
  facts: RepositoryFacts
  port: GitHubFake
  /** The token does not see it: every read answers NOT_FOUND. */
  reachable: boolean
}

/**
 * An in-memory OrganisationPort over one GitHubFake per repository, counting
 * its reads as the Octokit organisation port makes them (a listing per 100
 * repositories, a batch per 50).
 */
export class OrganisationFake implements OrganisationPort {
  readonly held = new Map<string, Held>()
  listings = 0
  batches = 0
  /** Owners whose listing fails (with this message). */
  readonly listingFails = new Map<string, string>()

  add(
    name: string,
    port: GitHubFake,
    facts: Partial<Omit<RepositoryFacts, 'name'>> & { reachable?: boolean } = {}
  ): this {
    const { reachable = true, ...rest } = facts
    port.repository = name
    this.held.set(repoKey(name), {
      facts: { name, archived: false, fork: false, hasIssues: true, ...rest },
      port,
      reachable
    })
    return this
  }

  /** A repository's fake. */
  get(name: string): GitHubFake {
    return this.held.get(repoKey(name))!.port
  }

  async listRepositories(owner: string) {
    const fails = this.listingFails.get(owner.toLowerCase())
    if (fails) throw new Error(fails)
    const repositories = [...this.held.values()]
      .filter(
        (h) =>
          h.reachable &&
          h.facts.name.split('/')[0]!.toLowerCase() === owner.toLowerCase()
      )
      .map((h) => h.facts)
    this.listings += Math.max(1, Math.ceil(repositories.length / 100))
    return { repositories, via: 'installation' as const }
  }

  private async batched<T>(
    repositories: readonly string[],
    read: (port: GitHubFake) => Promise<T>
  ): Promise<Map<string, PerRepository<T>>> {
    this.batches += Math.ceil(repositories.length / 50)
    const out = new Map<string, PerRepository<T>>()
    for (const name of repositories) {
      const h = this.held.get(repoKey(name))
      if (!h || !h.reachable)
        out.set(repoKey(name), {
          ok: false,
          why: WHY.unreachable
        })
      else if (h.facts.archived)
        out.set(repoKey(name), {
          ok: false,
          why: WHY.archived
        })
      else if (!h.facts.hasIssues)
        out.set(repoKey(name), { ok: false, why: WHY.issuesOff })
      else
        try {
          out.set(repoKey(name), { ok: true, value: await read(h.port) })
        } catch (error) {
          out.set(repoKey(name), { ok: false, why: (error as Error).message })
        }
    }
    return out
  }

  listIncidentsOf(repositories: readonly string[], label: string) {
    return this.batched(repositories, (p) => p.listIncidents(label))
  }

  listRecordOf(repositories: readonly string[], label: string) {
    return this.batched(repositories, (p) => p.listRecord(label))
  }

  repository(name: string): GitHubPort {
    return this.get(name)
  }

  notices(name: string): NoticePort {
    return this.get(name)
  }
}
