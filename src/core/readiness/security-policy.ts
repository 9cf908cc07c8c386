import { item, type ReadinessItem, type RepoFile } from './item.js'

export const SECURITY_POLICY_SNIPPET = 'examples/SECURITY.md'

/** The security policy mentions the label or an incident process. */
export function securityPolicyItem(
  policy: RepoFile | null,
  label: string,
  unreadable: string | null
): ReadinessItem {
  if (!policy)
    return item(
      'security-policy',
      'warning',
      unreadable
        ? `could not be checked: ${unreadable}`
        : `no SECURITY.md (root, \`.github/\` or \`docs/\`): add one with the incident section of \`${SECURITY_POLICY_SNIPPET}\``
    )
  if (
    policy.text.toLowerCase().includes(label.toLowerCase()) ||
    /incident/i.test(policy.text)
  )
    return item(
      'security-policy',
      'ok',
      `\`${policy.path}\` describes the incident process`
    )
  return item(
    'security-policy',
    'warning',
    `\`${policy.path}\` says nothing of incidents: paste the "Incident response" section of \`${SECURITY_POLICY_SNIPPET}\``
  )
}
