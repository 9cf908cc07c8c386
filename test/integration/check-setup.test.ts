import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { bundleNode } from '../support/run-action.mjs'
import { bundle, event, LABEL, withApi, type Api, type Run } from './harness.js'

const root = join(import.meta.dirname, '../..')
const example = (path: string) => readFileSync(join(root, path), 'utf8')
const WORKFLOW = '.github/workflows/incident-issues.yml'
const FORM = '.github/ISSUE_TEMPLATE/security-incident.yml'

/** A repository set up as the README says: every item ✅. */
function readyFiles(): Record<string, string> {
  return {
    [WORKFLOW]: example('examples/workflows/incident-issues.yml'),
    [FORM]: example('examples/ISSUE_TEMPLATE/security-incident.yml'),
    'SECURITY.md': example('examples/SECURITY.md'),
    'README.md': '# A project\n'
  }
}

function readyRepo(api: Api) {
  api.addRepoLabel(LABEL)
  api.addRepoLabel('keep-pinned')
  api.setWorkflowState('incident-issues.yml', 'active')
}

/** A checked-out workspace holding `files`. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'incident-issues-workspace-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const check = (
  api: Api,
  files: Record<string, string> | string,
  inputs: Record<string, string> = {}
): Promise<Run> =>
  event(
    api,
    'workflow_dispatch',
    {},
    {
      inputs: { 'check-setup': 'true', ...inputs },
      env: {
        GITHUB_WORKSPACE: typeof files === 'string' ? files : workspace(files),
        GITHUB_WORKFLOW_REF: `octo-org/octo-repo/${WORKFLOW}@refs/heads/main`
      }
    }
  )

const items = (run: Run) =>
  Object.fromEntries(
    (
      JSON.parse(run.outputs.checks!) as {
        id: string
        state: string
        message: string
      }[]
    ).map((i) => [i.id, i])
  )
const states = (run: Run) =>
  Object.fromEntries(Object.entries(items(run)).map(([k, v]) => [k, v.state]))

describe.concurrent('the readiness check and fire drill', () => {
  it('a repository set up as the README says: every item ready, zero writes', () =>
    withApi(async (api) => {
      readyRepo(api)
      const run = await check(api, readyFiles())
      expect(run.code).toBe(0)
      expect(run.outputs.ready).toBe('true')
      expect(Object.keys(items(run))).toEqual([
        'label',
        'keep-pinned-label',
        'pin-slots',
        'token',
        'issue-form',
        'security-policy',
        'schedule',
        'drill'
      ])
      expect(states(run)).toEqual({
        label: 'ok',
        'keep-pinned-label': 'ok',
        'pin-slots': 'ok',
        token: 'ok',
        'issue-form': 'ok',
        'security-policy': 'ok',
        schedule: 'ok',
        drill: 'ok'
      })
      expect(run.summary).toContain('### incident-issues readiness: ready')
      if (process.env.SHOW_CHECKLIST) console.log(run.summary)
      expect(run.summary).toContain(
        '- ✅ **drill**: if an incident were labelled now'
      )
      expect(api.counts().writes).toBe(0)
    }))

  it('a missing incident label breaks an incident; create-label makes it once, and a second run writes nothing', () =>
    withApi(async (api) => {
      readyRepo(api)
      const files = readyFiles()
      // No labels at all in this repository.
      const bare = await withLabelsRemoved(api)
      // dry-run goes through the same port: it says what it would create, creates nothing.
      bare.resetCounts()
      const dry = await check(bare, files, {
        'create-label': 'true',
        'dry-run': 'true'
      })
      expect(bare.counts().writes).toBe(0)
      expect(bare.labels()).toEqual([])
      expect(dry.stdout).toContain(
        `[dry-run] would create the label '${LABEL}'`
      )
      const missing = await check(bare, files)
      expect(missing.code).toBe(1)
      expect(missing.outputs.ready).toBe('false')
      expect(items(missing).label!.state).toBe('error')
      expect(items(missing)['keep-pinned-label']!.state).toBe('warning')
      expect(missing.stdout).toContain(
        '::error::Not ready for an incident: label'
      )
      const created = await check(bare, files, { 'create-label': 'true' })
      expect(created.code).toBe(0)
      expect(states(created).label).toBe('ok')
      expect(items(created).label!.message).toContain('was created by this run')
      expect(bare.labels().sort()).toEqual(['keep-pinned', LABEL])
      bare.resetCounts()
      const again = await check(bare, files, { 'create-label': 'true' })
      expect(again.code).toBe(0)
      expect(bare.counts().writes).toBe(0)
    }))

  it('three pins held by people: pin-slots warns and the drill fails', () =>
    withApi(async (api) => {
      readyRepo(api)
      for (const n of [1, 2, 3])
        api.addIssue({ number: n, labels: ['news'], pinnedBy: 'maintainer' })
      const run = await check(api, readyFiles())
      expect(run.code).toBe(1)
      expect(items(run)['pin-slots']).toMatchObject({ state: 'warning' })
      expect(items(run)['pin-slots']!.message).toContain(
        'an incident today could not be pinned'
      )
      expect(items(run).drill!.state).toBe('error')
      expect(items(run).drill!.message).toContain('it would stay unpinned')
    }))

  it('an expired incident pinned by the action would give up its slot: the drill passes', () =>
    withApi(async (api) => {
      readyRepo(api)
      api.addIssue({ number: 1, labels: ['news'], pinnedBy: 'maintainer' })
      api.addIssue({ number: 2, labels: ['news'], pinnedBy: 'maintainer' })
      api.addIssue({
        number: 3,
        labels: [LABEL],
        closedAt: '2026-01-01T00:00:00Z',
        pinnedBy: 'github-actions'
      })
      const run = await check(api, readyFiles())
      expect(states(run)['pin-slots']).toBe('ok')
      expect(items(run).drill!.message).toContain(
        'it would be pinned after unpinning #3'
      )
      expect(api.pinned()).toEqual([1, 2, 3])
    }))

  it('a schedule GitHub disabled after 60 days breaks the sweep; no schedule is a warning', () =>
    withApi(async (api) => {
      readyRepo(api)
      api.setWorkflowState('incident-issues.yml', 'disabled_inactivity')
      const disabled = await check(api, readyFiles())
      expect(disabled.code).toBe(1)
      expect(items(disabled).schedule!.state).toBe('error')
      expect(items(disabled).schedule!.message).toContain('Enable workflow')
      api.setWorkflowState('incident-issues.yml', 'active')
      const files = readyFiles()
      files[WORKFLOW] = files[WORKFLOW]!.replace(/  schedule:\n.*\n/, '')
      const none = await check(api, files)
      expect(items(none).schedule!.state).toBe('warning')
      expect(items(none).schedule!.message).toContain('has no `schedule:`')
    }))

  it('a form that applies the incident label, or lacks a field, would break an incident', () =>
    withApi(async (api) => {
      readyRepo(api)
      const labelled = readyFiles()
      labelled[FORM] = labelled[FORM]!.replace(
        'title: "[Incident] "',
        'title: "[Incident] "\nlabels: [security-incident]'
      )
      const applies = await check(api, labelled)
      expect(items(applies)['issue-form']!.state).toBe('error')
      expect(items(applies)['issue-form']!.message).toContain(
        'applies `security-incident` for whoever submits it'
      )
      const noTimeline = readyFiles()
      noTimeline[FORM] = noTimeline[FORM]!.replace(
        /  - type: textarea\n    id: timeline\n[\s\S]*?(?=  - type: textarea\n    id: references)/,
        ''
      )
      const missing = await check(api, noTimeline)
      expect(items(missing)['issue-form']!.state).toBe('error')
      expect(items(missing)['issue-form']!.message).toContain(
        'has no field for `Timeline`'
      )
    }))

  it('no form and no SECURITY.md are worth fixing, not breaking', () =>
    withApi(async (api) => {
      readyRepo(api)
      const files = readyFiles()
      delete files[FORM]
      delete files['SECURITY.md']
      const run = await check(api, files)
      expect(run.code).toBe(0)
      expect(items(run)['issue-form']!.state).toBe('warning')
      expect(items(run)['security-policy']!.state).toBe('warning')
      expect(items(run)['security-policy']!.message).toContain(
        'examples/SECURITY.md'
      )
    }))

  it('a workflow whose permissions leave out issues: write cannot pin', () =>
    withApi(async (api) => {
      readyRepo(api)
      const files = readyFiles()
      files[WORKFLOW] = files[WORKFLOW]!.replace(
        'issues: write',
        'issues: read'
      )
      const run = await check(api, files)
      expect(run.code).toBe(1)
      expect(items(run).token!.state).toBe('error')
    }))

  it('without a checkout it reads the files through the contents API, and says which item lacked a permission', () =>
    withApi(async (api) => {
      readyRepo(api)
      for (const [path, text] of Object.entries(readyFiles()))
        api.addFile(path, text)
      const emptyWorkspace = mkdtempSync(
        join(tmpdir(), 'incident-issues-empty-')
      )
      const run = await check(api, emptyWorkspace)
      expect(run.stdout).toContain('the contents API')
      expect(states(run)['issue-form']).toBe('ok')
      expect(states(run).schedule).toBe('ok')
      api.setReadable({ actions: false })
      const noActions = await check(api, emptyWorkspace)
      expect(items(noActions).schedule!.state).toBe('warning')
      expect(items(noActions).schedule!.message).toContain('actions: read')
      api.setReadable({ contents: false })
      const noContents = await check(api, emptyWorkspace)
      expect(items(noContents)['issue-form']!.message).toContain(
        'contents: read'
      )
      // The schedule names the missing permission, not "not found".
      expect(items(noContents).schedule!.message).toContain('contents: read')
      expect(items(noContents).schedule!.message).not.toContain('not found')
    }))
})

describe('the CLI check-setup', () => {
  it('says what the action says of the checkout, with the same ids and wording', () =>
    withApi(async (api) => {
      readyRepo(api)
      const files = readyFiles()
      files[FORM] = files[FORM]!.replace(
        'title: "[Incident] "',
        'title: "[Incident] "\nlabels: [security-incident]'
      )
      const dir = workspace(files)
      const action = await check(api, dir)
      const cli = spawnSync(
        bundleNode,
        [join(dirname(bundle()), 'cli/index.js'), 'check-setup', dir],
        { encoding: 'utf8' }
      )
      expect(cli.status).toBe(1)
      for (const id of ['issue-form', 'security-policy']) {
        const { state, message } = items(action)[id]!
        const icon = { ok: '✅', warning: '⚠️', error: '❌' }[state]
        expect(cli.stdout).toContain(`${icon} ${id}: ${message}\n`)
      }
      expect(cli.stdout).toContain(
        '⚠️ schedule: `.github/workflows/incident-issues.yml` has a schedule'
      )
    }))
})

/** The same double with no labels at all (a repository that never made any). */
async function withLabelsRemoved(api: Api): Promise<Api> {
  for (const l of api.labels()) api.removeRepoLabel(l)
  return api
}
