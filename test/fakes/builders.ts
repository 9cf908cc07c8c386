import type { PinFacts } from '../../src/core/pin-policy.js'
import { DEFAULT_SECTIONS } from '../../src/core/sections-defaults.js'
import type { Inputs } from '../../src/inputs.js'
import { NO_SELECTION } from '../../src/core/repositories.js'

export const NOW = new Date('2026-03-10T12:00:00Z')
const DAY = 86_400_000
export const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY)

/** Mirrors the defaults of action.yml (a test checks that they agree). */
export const DEFAULT_INPUTS: Inputs = Object.freeze({
  token: 'test-token',
  label: 'security-incident',
  sections: DEFAULT_SECTIONS,
  unpinAfterDays: 3,
  keepPinnedLabel: 'keep-pinned',
  pin: true,
  comment: true,
  incompleteLabel: '',
  onComplete: 'minimize',
  dryRun: false,
  issueNumber: null,
  trustedBots: [],
  checkSetup: false,
  createLabel: false,
  recordDir: '',
  repositories: NO_SELECTION
})

/** An open, labelled, unpinned incident unless told otherwise. */
export function anIncident(partial: Partial<PinFacts> = {}): PinFacts {
  return {
    number: 1,
    labeled: true,
    open: true,
    closedAt: null,
    createdAt: daysAgo(30),
    keepPinned: false,
    pinned: false,
    lastPinEvent: null,
    ...partial
  }
}

/** Pinned by the action (its own PinnedEvent last). */
export const byAction = {
  kind: 'pinned',
  actor: 'github-actions',
  byAction: true
} as const
export const closed = (days: number) => ({
  open: false,
  closedAt: daysAgo(days)
})
