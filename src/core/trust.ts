/**
 * Who declares an incident (SPEC "Who declares an incident"): only a person
 * who can apply labels in the repository, or a bot the workflow trusts. GitHub
 * applies an issue form's `labels:` for whoever submits it, so the label alone
 * proves nothing; who applied it does.
 */

/** One `LabeledEvent` of the issue's timeline, oldest first. */
export interface LabelEvent {
  readonly label: string
  /** Login as GraphQL gives it (bots without `[bot]`); null for a deleted account. */
  readonly actor: string | null
  readonly bot: boolean
  /** When the label was applied (ISO 8601). */
  readonly createdAt?: string
}

/** What an issue says about how it got its labels. */
export interface Labeling {
  readonly author: { readonly login: string; readonly bot: boolean } | null
  /** The latest label events (GraphQL `last: N`), oldest first. */
  readonly labelEvents: readonly LabelEvent[]
  /** False when GitHub holds more label events than were read. */
  readonly labelEventsComplete: boolean
  /**
   * Where to page back for the earlier label events (GraphQL `before:`), when
   * there are more than were read.
   */
  readonly labelEventsBefore?: string | null
}

/** Who applied the incident label: the latest event of that label, else the author (form or template). */
export type Labeler =
  | {
      readonly login: string
      readonly bot: boolean
      readonly via: 'event' | 'author'
      /** When, for a label event. */
      readonly at?: string
    }
  | {
      readonly login: null
      readonly why: string
      /** The earlier label events were not read: page back and ask again. */
      readonly incomplete?: true
    }

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** Find who applied `label` last. */
export function labeler(issue: Labeling, label: string): Labeler {
  for (let i = issue.labelEvents.length - 1; i >= 0; i--) {
    const e = issue.labelEvents[i]!
    if (!same(e.label, label)) continue
    if (e.actor === null)
      return { login: null, why: 'the account that applied it is gone' }
    return {
      login: e.actor,
      bot: e.bot,
      via: 'event',
      ...(e.createdAt ? { at: e.createdAt } : {})
    }
  }
  if (!issue.labelEventsComplete)
    return {
      login: null,
      why: 'too many label changes to find who applied it',
      incomplete: true
    }
  if (issue.author === null)
    return { login: null, why: 'the author’s account is gone' }
  return { ...issue.author, via: 'author' }
}

/** What GitHub says of a person's role (REST collaborator permission). */
export type RoleAnswer =
  | {
      readonly kind: 'role'
      /** `role_name`: read, triage, write, maintain, admin, or a custom role's name. */
      readonly roleName: string
      /** `user.permissions`: the base permissions, custom roles included. */
      readonly permissions: Readonly<Record<string, boolean>>
    }
  /** Not a collaborator, or no such user. */
  | { readonly kind: 'none' }
  /** GitHub refused to say (the token may not read collaborators). */
  | { readonly kind: 'refused'; readonly message: string }

const LABELLING_ROLES = ['triage', 'write', 'maintain', 'admin']
const LABELLING_PERMISSIONS = ['triage', 'push', 'maintain', 'admin']

/** Whether the role may apply labels: triage or more, or a custom role built on triage. */
export function canApplyLabels(role: RoleAnswer): boolean {
  if (role.kind !== 'role') return false
  return (
    LABELLING_ROLES.includes(role.roleName.toLowerCase()) ||
    LABELLING_PERMISSIONS.some((p) => role.permissions[p] === true)
  )
}

/**
 * GITHUB_TOKEN's identity (GraphQL `viewer`). Every workflow of a repository
 * shares it, so nothing it authored or labelled speaks for the action alone.
 */
export const GITHUB_TOKEN_LOGIN = 'github-actions[bot]'

/** `trusted-bots` entries match with or without `[bot]` (GraphQL drops it). */
export function isTrustedBot(
  login: string,
  trustedBots: readonly string[]
): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '')
  return trustedBots.some((b) => norm(b) === norm(login))
}

export type Trust =
  | {
      readonly trusted: true
      readonly by: string
      readonly reason: string
      /** When the label was applied (absent for a form's label). */
      readonly at?: string
    }
  | {
      readonly trusted: false
      readonly by: string | null
      readonly reason: string
      /** GitHub refused the role lookup: the run should say what the workflow needs. */
      readonly refused: boolean
    }

/** Logins are [A-Za-z0-9-] on GitHub; anything else is shown as a placeholder. */
const shown = (login: string) =>
  /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/.test(login)
    ? login
    : '(unreadable login)'

/**
 * The trust decision. `role` is GitHub's answer for a person (undefined for a
 * bot or when there is nobody to ask about).
 */
export function trustLabel(
  who: Labeler,
  role: RoleAnswer | undefined,
  trustedBots: readonly string[]
): Trust {
  const untrusted = (by: string | null, reason: string, refused = false) =>
    ({ trusted: false, by, reason, refused }) as const
  if (who.login === null)
    return untrusted(
      null,
      `could not tell who applied the label (${who.why}); a maintainer must remove and apply it again`
    )
  const login = shown(who.login)
  if (who.bot) {
    const name = `${login.replace(/\[bot\]$/, '')}[bot]`
    return isTrustedBot(who.login, trustedBots)
      ? {
          trusted: true,
          by: name,
          reason: `label applied by ${name}, a trusted bot`,
          ...(who.at ? { at: who.at } : {})
        }
      : untrusted(
          name,
          `label applied by ${name}, which is not in 'trusted-bots'; a maintainer must apply it`
        )
  }
  const how = who.via === 'author' ? 'with the issue (a form or template)' : ''
  if (role === undefined || role.kind === 'refused') {
    return untrusted(
      login,
      `could not check whether @${login} may apply labels${role ? ` (${role.message})` : ''}; not treated as an incident. The token must be able to read the repository's collaborators: GITHUB_TOKEN always can, a fine-grained token needs "Metadata: read"`,
      true
    )
  }
  if (!canApplyLabels(role))
    return untrusted(
      login,
      `label applied ${how ? `${how} ` : ''}by @${login}, who cannot apply labels here; a maintainer must apply it`
    )
  return {
    trusted: true,
    by: login,
    reason: `label applied by @${login} (${role.kind === 'role' ? role.roleName : ''})`,
    ...(who.at ? { at: who.at } : {})
  }
}
