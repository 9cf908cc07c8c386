import { item, safeYaml, type ReadinessItem, type RepoFile } from './item.js'

/** Whether the workflow has a `schedule:` trigger. */
export function hasSchedule(text: string): boolean {
  const on = safeYaml(text)?.on
  return (
    !!on &&
    typeof on === 'object' &&
    Array.isArray((on as Record<string, unknown>).schedule)
  )
}

/** The schedule item: the workflow file says when; GitHub says whether it still runs. */
export function scheduleItem(
  workflow: RepoFile | null,
  state: string | null,
  stateUnknownWhy: string | null
): ReadinessItem {
  if (!workflow)
    return item(
      'schedule',
      'warning',
      stateUnknownWhy
        ? `the workflow that runs the action could not be read, so its schedule was not checked: ${stateUnknownWhy}`
        : 'the workflow that runs the action was not found, so its schedule was not checked'
    )
  if (!hasSchedule(workflow.text))
    return item(
      'schedule',
      'warning',
      `\`${workflow.path}\` has no \`schedule:\`: nothing will unpin closed incidents. Add \`schedule: [{ cron: "17 3 * * *" }]\``
    )
  if (state === 'disabled_inactivity')
    return item(
      'schedule',
      'error',
      `GitHub disabled \`${workflow.path}\` after 60 days without activity in the repository: enable it again (Actions → the workflow → Enable workflow)`
    )
  if (state !== null && state !== 'active')
    return item(
      'schedule',
      'error',
      `\`${workflow.path}\` is ${state.replace(/_/g, ' ')}: enable it (Actions → the workflow → Enable workflow)`
    )
  if (state === null)
    return item(
      'schedule',
      'warning',
      `\`${workflow.path}\` has a schedule; whether GitHub still runs it could not be checked${stateUnknownWhy ? ` (${stateUnknownWhy})` : ''}`
    )
  return item(
    'schedule',
    'ok',
    `\`${workflow.path}\` runs nightly, and GitHub has it active`
  )
}
