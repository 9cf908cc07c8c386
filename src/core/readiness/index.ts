/**
 * The readiness check (SPEC "Readiness"): one item per file, pure; the
 * handler (handlers/check-setup.ts) reads, these decide. ITEM_IDS is the
 * order of the checklist; ITEMS says which file makes each.
 */
export * from './checklist.js'
export * from './drill.js'
export * from './file-items.js'
export * from './issue-form.js'
export * from './item.js'
export * from './label.js'
export * from './pin-slots.js'
export * from './schedule.js'
export * from './security-policy.js'
export * from './token.js'

import { drillItem } from './drill.js'
import { issueFormItem } from './issue-form.js'
import type { ItemId } from './item.js'
import { labelItem } from './label.js'
import { pinSlotsItem } from './pin-slots.js'
import { scheduleItem } from './schedule.js'
import { securityPolicyItem } from './security-policy.js'
import { tokenItem } from './token.js'

/**
 * The registry: which function makes each item, in the checklist's order
 * (a test holds it to ITEM_IDS). The label function makes both label items.
 */
export const ITEMS = {
  label: labelItem,
  'keep-pinned-label': labelItem,
  'pin-slots': pinSlotsItem,
  token: tokenItem,
  'issue-form': issueFormItem,
  'security-policy': securityPolicyItem,
  schedule: scheduleItem,
  drill: drillItem
} as const satisfies Record<ItemId, (...args: never[]) => unknown>
