import { item, safeYaml, type ReadinessItem, type RepoFile } from './item.js'

/** What the workflow file grants the token on issues. */
export function workflowGrants(
  text: string
): 'write' | 'not-write' | 'default' {
  const data = safeYaml(text)
  const levels: unknown[] = []
  const collect = (permissions: unknown) => {
    if (permissions === undefined) return
    if (typeof permissions === 'string') levels.push(permissions)
    else if (permissions && typeof permissions === 'object')
      levels.push((permissions as Record<string, unknown>).issues ?? 'none')
  }
  collect(data?.permissions)
  for (const job of Object.values(
    (data?.jobs ?? {}) as Record<string, { permissions?: unknown }>
  ))
    collect(job?.permissions)
  if (levels.length === 0) return 'default'
  return levels.some((l) => l === 'write' || l === 'write-all')
    ? 'write'
    : 'not-write'
}

/** The token item: it could read issues; what it may write, as far as can be told without writing. */
export function tokenItem(
  canRead: boolean,
  workflow: RepoFile | null
): ReadinessItem {
  if (!canRead)
    return item(
      'token',
      'error',
      "the token cannot read the repository's issues: check `github-token` and the workflow's `permissions:` (`issues: write`)"
    )
  const confirm =
    'GitHub cannot be asked without writing; a run with `dry-run: false` on a test issue confirms it'
  if (!workflow)
    return item(
      'token',
      'warning',
      `it reads issues; whether it may pin and comment could not be told (the workflow file was not found). ${confirm}`
    )
  switch (workflowGrants(workflow.text)) {
    case 'write':
      return item(
        'token',
        'ok',
        `it reads issues, and \`${workflow.path}\` grants \`issues: write\` (an organisation policy that makes GITHUB_TOKEN read-only would still refuse; ${confirm})`
      )
    case 'not-write':
      return item(
        'token',
        'error',
        `\`${workflow.path}\` sets \`permissions:\` without \`issues: write\`: the action could not pin or comment. Add \`issues: write\``
      )
    case 'default':
      return item(
        'token',
        'warning',
        `\`${workflow.path}\` has no \`permissions:\`, so the token has the repository's default (often read-only). Add \`permissions: issues: write\``
      )
  }
}
