import { parse } from 'yaml'
import type { IssueTemplate } from '../issue-form.js'

/** The readiness items, in the order of the checklist (ids are part of the contract). */
export const ITEM_IDS = [
  'label',
  'keep-pinned-label',
  'pin-slots',
  'token',
  'issue-form',
  'security-policy',
  'schedule',
  'drill'
] as const
export type ItemId = (typeof ITEM_IDS)[number]

/** ✅ ready, ⚠️ worth fixing, ❌ would break an incident. */
export type ItemState = 'ok' | 'warning' | 'error'

export interface ReadinessItem {
  readonly id: ItemId
  readonly state: ItemState
  /** What is so, and what to do about it (concretely). */
  readonly message: string
}

export const item = (
  id: ItemId,
  state: ItemState,
  message: string
): ReadinessItem => ({
  id,
  state,
  message
})

/** A file of the repository, as read (workspace or contents API). */
export interface RepoFile {
  readonly path: string
  readonly text: string
}

/** What readiness reads of the repository's files; null: could not be read, and why. */
export interface FileFacts {
  readonly templates: readonly IssueTemplate[]
  readonly securityPolicy: RepoFile | null
  /** The workflow that runs the action, when it could be found. */
  readonly workflow: RepoFile | null
  /** Why files could not be read (a missing permission), or null. */
  readonly unreadable: string | null
}

/** YAML text as a mapping, or null. */
export function safeYaml(text: string): Record<string, unknown> | null {
  try {
    const data = parse(text) as unknown
    return data && typeof data === 'object'
      ? (data as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}
