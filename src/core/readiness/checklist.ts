import { type ItemState, type ReadinessItem } from './item.js'

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
