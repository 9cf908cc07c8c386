import type { RoleAnswer } from '../core/trust.js'
import type { GitHubPort } from '../github/port.js'

/** Roles of people, asked of GitHub once per person per run. */
export interface Roles {
  of(login: string): Promise<RoleAnswer>
  /** How many people were looked up (one request each). */
  readonly asked: number
}

export function rolesFrom(port: Pick<GitHubPort, 'roleOf'>): Roles {
  const cache = new Map<string, Promise<RoleAnswer>>()
  return {
    of(login) {
      const key = login.toLowerCase()
      let answer = cache.get(key)
      if (!answer) {
        answer = port.roleOf(login)
        cache.set(key, answer)
      }
      return answer
    },
    get asked() {
      return cache.size
    }
  }
}
