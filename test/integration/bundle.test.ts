import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PLANTED_SECRETS } from '../fixtures/planted-secrets.js'
import { bundleNode } from '../support/run-action.mjs'

const root = join(import.meta.dirname, '../..')
const reports = join(root, 'test/fixtures/reports')

/** dist/ alone in a temporary folder: no node_modules beside or above it. */
function isolatedDist() {
  const dir = mkdtempSync(join(tmpdir(), 'incident-issues-bundle-'))
  cpSync(join(root, 'dist'), dir, { recursive: true })
  expect(existsSync(join(dir, 'node_modules'))).toBe(false)
  return dir
}

describe('the committed bundle', () => {
  it('is what package.json names as the bin', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    expect(existsSync(join(root, pkg.bin['incident-issues']))).toBe(true)
    expect(
      readFileSync(join(root, pkg.bin['incident-issues']), 'utf8').startsWith(
        '#!/usr/bin/env node'
      )
    ).toBe(true)
  })

  it('is what action.yml runs, on node24', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(existsSync(join(root, 'dist/index.js'))).toBe(true)
  })

  it('runs the CLI with no node_modules, and never echoes a secret', () => {
    const dir = isolatedDist()
    for (const name of [
      'not-ok-secret-github-token',
      'not-ok-secret-in-code-block',
      'not-ok-evidence-personal-data',
      'not-ok-secret-in-heading'
    ]) {
      for (const extra of [[], ['--json']]) {
        const run = spawnSync(
          bundleNode,
          [
            join(dir, 'cli/index.js'),
            'lint',
            ...extra,
            join(reports, `${name}.md`)
          ],
          { encoding: 'utf8' }
        )
        // A credential (or only personal data, a warning) in the body: not complete, or complete.
        expect(run.status).toBe(
          name === 'not-ok-evidence-personal-data' ? 0 : 1
        )
        expect(run.stdout.length).toBeGreaterThan(0)
        for (const secret of PLANTED_SECRETS)
          expect(run.stdout + run.stderr).not.toContain(secret)
      }
    }
    const missing = spawnSync(
      bundleNode,
      [join(dir, 'cli/index.js'), 'lint', '-'],
      { input: '## TLDR\nx\n', encoding: 'utf8' }
    )
    expect(missing.status).toBe(1)
    expect(missing.stdout).toContain(
      '<stdin>:1:1 error Missing section `Summary`'
    )
    const usage = spawnSync(bundleNode, [join(dir, 'cli/index.js')], {
      encoding: 'utf8'
    })
    expect(usage.status).toBe(2)
  })

  it('decides an unrelated event from the payload alone: the chunks are never loaded', () => {
    const dir = isolatedDist()
    // Remove every chunk (remark, Octokit, @actions/core): the entry must not need them.
    for (const file of readdirSync(dir))
      if (/^\d+\.index\.js$/.test(file)) rmSync(join(dir, file))
    const env = {
      PATH: process.env.PATH,
      GITHUB_EVENT_NAME: 'push',
      'INPUT_GITHUB-TOKEN': 't'
    }
    const run = spawnSync(bundleNode, [join(dir, 'index.js')], {
      env,
      encoding: 'utf8'
    })
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(
      "incident-issues: the 'push' event is not handled; nothing to do.\n"
    )
    // The same stripped bundle cannot handle a real event: the test above means something.
    const sweep = spawnSync(bundleNode, [join(dir, 'index.js')], {
      env: { ...env, GITHUB_EVENT_NAME: 'schedule', GITHUB_REPOSITORY: 'o/r' },
      encoding: 'utf8'
    })
    expect(sweep.status).not.toBe(0)
  })

  it('runs on the Node.js this run uses for bundles (Node.js 24 in .ci/run)', () => {
    const run = spawnSync(bundleNode, ['-p', 'process.versions.node'], {
      encoding: 'utf8'
    })
    expect(run.status).toBe(0)
    if (process.env.INCIDENT_ISSUES_NODE)
      expect(run.stdout.trim()).toMatch(/^24\./)
  })
})
