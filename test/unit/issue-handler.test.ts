import { describe, expect, it } from 'vitest'
import { lint } from '../../src/core/lint.js'
import { dryRunPort } from '../../src/github/dry-run-port.js'
import type { GitHubPort } from '../../src/github/port.js'
import { attempter } from '../../src/handlers/attempt.js'
import { handleIssue } from '../../src/handlers/issue-event.js'
import { rolesFrom } from '../../src/handlers/roles.js'
import { DEFAULT_INPUTS, NOW } from '../fakes/builders.js'
import { anIssue, GitHubFake, memoryLogger } from '../fakes/github-fake.js'

const COMPLETE =
  '## TLDR\nx\n## Summary\nx\n## Timeline\n- 2022-01-01 x\n## References\nhttps://x.org\n'
const deps = (port: GitHubPort, inputs = DEFAULT_INPUTS) => {
  const log = memoryLogger()
  return {
    port,
    inputs,
    now: NOW,
    log,
    lint,
    attempt: attempter(log, []),
    roles: rolesFrom(port)
  }
}

describe('handleIssue with an in-memory port', () => {
  it('does not write a fresh comment when a complete report’s comment vanished', async () => {
    const fake = new GitHubFake(anIssue({ body: '## TLDR\nx\n' }))
    await handleIssue(1, 'changed', deps(fake))
    fake.issue = { ...fake.issue, body: COMPLETE }
    fake.vanished.add(fake.comments[0]!.id)
    await handleIssue(1, 'changed', deps(fake))
    expect(fake.writes).toEqual(['pin #1', 'create', 'update', 'minimize'])
    expect(fake.comments).toHaveLength(1)
  })

  it('removes the incomplete label with the incident label, and leaves the comment', async () => {
    const inputs = { ...DEFAULT_INPUTS, incompleteLabel: 'needs-details' }
    const fake = new GitHubFake(anIssue({ body: '## TLDR\nx\n' }))
    await handleIssue(1, 'changed', deps(fake, inputs))
    fake.issue = { ...fake.issue, labels: ['needs-details'] }
    const result = await handleIssue(1, 'label-removed', deps(fake, inputs))
    expect(result.incident).toBe(false)
    expect(fake.issue.labels).toEqual([])
    expect(fake.comments).toHaveLength(1)
  })

  it('in dry-run reads, records what it would write, and changes nothing', async () => {
    const fake = new GitHubFake(anIssue({ body: '## TLDR\nx\n' }))
    const recorded: string[] = []
    const result = await handleIssue(
      1,
      'changed',
      deps(dryRunPort(fake, (l) => recorded.push(l)))
    )
    expect(fake.writes).toEqual([])
    expect(recorded).toEqual(['pin #1', 'create the report comment on #1'])
    expect(result).toMatchObject({ incident: true, pinned: true })
  })

  it('reports a missing issue without writing', async () => {
    const fake = new GitHubFake(anIssue())
    const result = await handleIssue(9, 'changed', deps(fake))
    expect(result).toMatchObject({ found: false, incident: false })
    expect(fake.writes).toEqual([])
  })
})
