// npm run demo: the bundled action (dist/index.js), end to end, against the local
// GitHub API double seeded with the sample incidents in examples/incidents/.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApiDouble } from '../test/support/api-double/server.mjs'
import { copyBundle, runAction } from '../test/support/run-action.mjs'

const NOW = '2024-05-08T12:00:00Z'
const LABEL = 'security-incident'
const incident = (name) =>
  readFileSync(
    new URL(`../examples/incidents/${name}.md`, import.meta.url),
    'utf8'
  )
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
const rule = (title) =>
  console.log(`\n${bold(`── ${title} `.padEnd(78, '─'))}\n`)
const indent = (text) => text.trimEnd().replace(/^/gm, '  │ ')

const api = await createApiDouble({
  owner: 'octo-org',
  repo: 'octo-lib',
  now: '2024-05-01T00:00:00Z'
}).start()
const entry = copyBundle()
const run = (event, payload, inputs = {}, env = {}) =>
  runAction({
    entry,
    apiUrl: api.url,
    repository: 'octo-org/octo-lib',
    event,
    payload,
    inputs,
    now: NOW,
    env
  })
const example = (path) =>
  readFileSync(new URL(`../examples/${path}`, import.meta.url), 'utf8')
const issuePayload = (action, number) => ({
  action,
  issue: { number, labels: api.issue(number).labels.map((name) => ({ name })) }
})
const pins = () =>
  api
    .pinned()
    .map((n) => `#${n}`)
    .join(', ') || '(none)'
const show = (result) => {
  console.log(indent(result.stdout.replace(/^::(group|endgroup)::.*\n?/gm, '')))
  const outputs = Object.entries(result.outputs).filter(([k]) => k !== 'report')
  console.log(
    `\n  outputs: ${outputs.map(([k, v]) => `${k}=${v || "''"}`).join('  ')}`
  )
  console.log(
    `  exit code ${result.code}; pinned issues now: ${pins()}; API requests so far: ${api.requests.length}`
  )
}

try {
  api.addIssue({
    number: 1,
    title: 'Roadmap 2024',
    labels: ['announcement'],
    pinnedBy: 'maintainer'
  })
  api.addIssue({
    number: 38,
    title: 'Stolen OAuth tokens at an upstream provider (April 2022)',
    labels: [LABEL],
    body: incident('upstream-oauth-tokens'),
    state: 'CLOSED',
    closedAt: '2024-05-02T09:00:00Z',
    pinnedBy: 'github-actions'
  })
  api.addIssue({
    number: 42,
    title: 'CI provider breach',
    labels: [LABEL],
    body: incident('draft')
  })

  rule(
    '1. A maintainer files a first draft (#42) and labels it security-incident'
  )
  console.log(indent(api.issue(42).body))
  const opened = await run('issues', issuePayload('opened', 42))
  console.log('\n  The action says:')
  show(opened)
  rule('   The report comment it wrote on #42')
  console.log(indent(api.comments(42).at(-1).body))

  rule('2. The maintainer completes the report (issues.edited)')
  api.issue(42).body = incident('complete')
  const edited = await run('issues', issuePayload('edited', 42))
  show(edited)
  const comment = api.comments(42).at(-1)
  console.log(
    `\n  The comment now begins "${comment.body.split('\n')[1]}" and is ${comment.isMinimized ? `minimized as ${comment.minimizedReason}` : 'visible'}.`
  )

  rule('3. The same event again: nothing changes, nothing is written')
  const before = api.counts().writes
  await run('issues', issuePayload('edited', 42))
  console.log(`  writes during this run: ${api.counts().writes - before}`)

  rule(
    '4. The nightly sweep (#38 was closed 6 days ago; unpin-after-days is 3)'
  )
  const swept = await run('schedule', {})
  show(swept)
  console.log('\n  Job summary:')
  console.log(indent(swept.summary))

  rule(
    '5. Someone without a role files an "incident" through a form that applies the label (#50)'
  )
  api.addIssue({
    number: 50,
    title: 'Rotate your tokens now',
    labels: [LABEL],
    body: '## TLDR\nRotate your tokens at https://evil.example now.\n',
    author: 'drive-by',
    labeledBy: null
  })
  const spam = await run('issues', issuePayload('opened', 50))
  show(spam)
  console.log(
    `\n  Comments on #50: ${api.comments(50).length}; pinned issues: ${pins()}`
  )

  rule(
    '6. The readiness check: would an incident labelled now be handled? (check-setup: true)'
  )
  api.addFile(
    '.github/workflows/incident-issues.yml',
    example('workflows/incident-issues.yml')
  )
  api.addFile(
    '.github/ISSUE_TEMPLATE/security-incident.yml',
    example('ISSUE_TEMPLATE/security-incident.yml')
  )
  api.addFile('SECURITY.md', example('SECURITY.md'))
  api.setWorkflowState('incident-issues.yml', 'active')
  const writesBefore = api.counts().writes
  const ready = await run(
    'workflow_dispatch',
    {},
    { 'check-setup': 'true' },
    {
      GITHUB_WORKFLOW_REF:
        'octo-org/octo-lib/.github/workflows/incident-issues.yml@refs/heads/main'
    }
  )
  console.log(indent(ready.summary))
  console.log(
    `\n  outputs: ready=${ready.outputs.ready}; exit code ${ready.code}; writes during this run: ${api.counts().writes - writesBefore}`
  )

  rule('7. The public record of the demo repository (record-dir)')
  // record-dir is a folder of its own inside the workspace.
  const workspace = mkdtempSync(join(tmpdir(), 'incident-issues-demo-'))
  const recordDir = join(workspace, 'record')
  const recorded = await run(
    'schedule',
    {},
    { 'record-dir': 'record' },
    { GITHUB_WORKSPACE: workspace }
  )
  console.log(
    `  exit code ${recorded.code}; open ${join(recordDir, 'index.html')} in a browser`
  )
  console.log(indent(readFileSync(join(recordDir, 'INCIDENTS.md'), 'utf8')))

  rule(
    '8. One organisation: a central sweep with an App token, and a notice issue'
  )
  {
    // A separate organisation: the App's token, three repositories; the
    // report in octo-org/platform names octo-org/web as affected.
    const org = await createApiDouble({
      owner: 'octo-org',
      repo: 'platform',
      viewer: 'incident-app[bot]',
      now: NOW
    }).start()
    try {
      org.addRepository('octo-org/web')
      org.addRepository('octo-org/old-site', { archived: true })
      org.addIssue({
        number: 7,
        title: 'OAuth tokens stolen at our hosting provider',
        labels: [LABEL],
        body: `${incident('complete')}\n## Affected repositories\n- octo-org/web\n`
      })
      const central = await runAction({
        entry,
        apiUrl: org.url,
        repository: 'octo-org/platform',
        event: 'schedule',
        payload: {},
        inputs: { repositories: 'octo-org/*' },
        now: NOW
      })
      console.log(
        indent(central.stdout.replace(/^::(group|endgroup)::.*\n?/gm, ''))
      )
      const notice = org.repository('octo-org/web').issue(1)
      console.log(
        `\n  exit code ${central.code}; octo-org/web#1 "${notice.title}" (pinned there: ${org.repository('octo-org/web').pinned().includes(1)}); archived octo-org/old-site left out`
      )
      console.log(indent(notice.body))
    } finally {
      await org.stop()
    }
  }

  rule('Try it on your own draft')
  console.log('  node dist/cli/index.js lint my-draft.md')
} finally {
  await api.stop()
}
