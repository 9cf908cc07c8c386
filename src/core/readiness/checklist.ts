import { ITEM_IDS, type ItemState, type ReadinessItem } from './item.js'

const ICON: Record<ItemState, string> = { ok: '✅', warning: '⚠️', error: '❌' }

/** The checklist for the job summary and the CLI. */
export function renderChecklist(
  items: readonly ReadinessItem[],
  markdown = true
): string {
  const ready = !items.some((i) => i.state === 'error')
  const head = markdown
    ? `### incident-issues readiness: ${ready ? 'ready' : 'not ready'}\n\n`
    : ''
  return (
    head +
    items
      .map((i) =>
        markdown
          ? `- ${ICON[i.state]} **${i.id}**: ${i.message}`
          : `${ICON[i.state]} ${i.id}: ${i.message}`
      )
      .join('\n') +
    '\n'
  )
}

/**
 * An organisation's checklist: one row per repository, one column per item
 * (✅/⚠️/❌), then what to do for each ⚠️ and ❌, by repository.
 */
export function renderOrganisationChecklist(
  items: readonly (ReadinessItem & { readonly repository: string })[]
): string {
  const ready = !items.some((i) => i.state === 'error')
  const repos = [...new Set(items.map((i) => i.repository))]
  const ids = ITEM_IDS.filter((id) => items.some((i) => i.id === id))
  const name = (r: string) => `\`${r.replace(/`/g, '')}\``
  const lines = [
    `### incident-issues readiness of ${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'}: ${ready ? 'ready' : 'not ready'}`,
    '',
    `| Repository | ${ids.join(' | ')} |`,
    `|---|${ids.map(() => '---').join('|')}|`,
    ...repos.map((r) => {
      const mine = items.filter((i) => i.repository === r)
      return `| ${name(r)} | ${ids
        .map((id) => {
          const found = mine.find((i) => i.id === id)
          return found ? ICON[found.state] : ''
        })
        .join(' | ')} |`
    })
  ]
  const todo = items.filter((i) => i.state !== 'ok')
  if (todo.length) {
    lines.push('', 'What to do:', '')
    for (const i of todo)
      lines.push(
        `- ${ICON[i.state]} ${name(i.repository)} **${i.id}**: ${i.message}`
      )
  }
  return lines.join('\n') + '\n'
}
