import { item, type ReadinessItem } from './item.js'

/** The label items: exact name, a case mismatch, created by this run. */
export function labelItem(
  id: 'label' | 'keep-pinned-label',
  wanted: string,
  repoLabels: readonly string[] | null,
  created: readonly string[]
): ReadinessItem {
  const missing = id === 'label' ? 'error' : 'warning'
  if (wanted === '') return item(id, 'ok', 'not used (the input is empty)')
  if (created.includes(wanted))
    return item(id, 'ok', `\`${wanted}\` was created by this run`)
  if (repoLabels === null)
    return item(
      id,
      'warning',
      `could not list the repository's labels, so \`${wanted}\` was not checked`
    )
  if (repoLabels.includes(wanted)) return item(id, 'ok', `\`${wanted}\` exists`)
  const other = repoLabels.find((l) => l.toLowerCase() === wanted.toLowerCase())
  if (other)
    return item(
      id,
      'warning',
      `the repository spells it \`${other}\`, the workflow \`${wanted}\`: use one spelling in both (labels are matched without case, but the workflow's \`if:\` and your docs read better the same)`
    )
  return item(
    id,
    missing,
    `the label \`${wanted}\` does not exist: create it (Issues → Labels → New label), or run this check with \`create-label: true\``
  )
}
