/** A write GitHub refused, as the handlers recorded it. */
export interface RefusedLine {
  readonly number: number
  readonly what: string
  readonly message: string
}

/**
 * Why the run failed when GitHub refused writes: each refused write, the
 * likely causes in order, and the switch that avoids each kind of write.
 */
export function renderRefused(refused: readonly RefusedLine[]): string {
  const kinds = new Set(refused.map((r) => r.what))
  const switches: string[] = []
  if ([...kinds].some((k) => /\bpin\b|\bunpin\b/.test(k)))
    switches.push('`pin: false` stops pinning')
  if ([...kinds].some((k) => /comment/.test(k)))
    switches.push('`comment: false` stops the report comment')
  if ([...kinds].some((k) => /label/.test(k)))
    switches.push('an empty `incomplete-label` stops labelling')
  return [
    `GitHub refused ${refused.length} write${refused.length === 1 ? '' : 's'}; everything else was done:`,
    ...refused.map((r) => `- #${r.number}: ${r.what}: ${r.message}`),
    'Likely causes, most likely first:',
    "1. The workflow's `permissions:` lacks `issues: write` (a job-level `permissions:` replaces the workflow's).",
    '2. An organisation or repository policy makes GITHUB_TOKEN read-only (Settings → Actions → General → Workflow permissions).',
    '3. The run comes from a fork, whose token is read-only.',
    ...(switches.length
      ? [`To run without these writes: ${switches.join('; ')}.`]
      : [])
  ].join('\n')
}
