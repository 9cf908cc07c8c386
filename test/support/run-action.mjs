// @ts-check
/**
 * Run the bundled action as GitHub's runner does: `node index.js` in a folder
 * with no node_modules, the GITHUB_* environment, and every input of action.yml
 * set (the runner passes declared defaults as INPUT_* too).
 */
import { spawn } from 'node:child_process'
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
  existsSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The Node.js that runs the bundle: INCIDENT_ISSUES_NODE (`.ci/run` sets it to
 * Node.js 24, which action.yml declares), else the one running the tests.
 */
export const bundleNode = process.env.INCIDENT_ISSUES_NODE || process.execPath

/** Copy dist/ to a fresh temporary folder (no node_modules anywhere above it). */
export function copyBundle() {
  const dir = mkdtempSync(join(tmpdir(), 'incident-issues-dist-'))
  cpSync(join(root, 'dist'), dir, { recursive: true })
  if (existsSync(join(dir, 'node_modules')))
    throw new Error('node_modules beside the bundle')
  return join(dir, 'index.js')
}

/** Inputs of action.yml with their defaults, as the runner would set them. */
export function actionDefaults(token = 'ghs_test_token') {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
  /** @type {Record<string, string>} */
  const values = {}
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    let value = String(/** @type {any} */ (spec).default ?? '')
    if (value.includes('${{ github.token }}')) value = token
    values[name] = value
  }
  return values
}

/** Parse a GITHUB_OUTPUT file (`name<<DELIM` … `DELIM` or `name=value`). @param {string} text */
export function parseOutputs(text) {
  /** @type {Record<string, string>} */
  const out = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const value = []
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i])
      out[/** @type {string} */ (name)] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

/**
 * @typedef {{ entry: string, apiUrl: string, repository: string, event: string, payload?: unknown,
 *   inputs?: Record<string, string>, now?: string, env?: Record<string, string> }} RunOptions
 */

/**
 * A fresh work folder with the event payload, and the environment the runner
 * would give the action for `options`.
 * @param {RunOptions} options
 */
export function runEnvironment(options) {
  const work = mkdtempSync(join(tmpdir(), 'incident-issues-run-'))
  const eventPath = join(work, 'event.json')
  const outputPath = join(work, 'output.txt')
  const summaryPath = join(work, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const inputs = { ...actionDefaults(), ...(options.inputs ?? {}) }
  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: work,
    // Tests run many bundles at once on two cores: the 10 s budget is for a
    // runner of its own. A test of the budget sets it lower.
    INCIDENT_ISSUES_LINT_BUDGET_MS: '120000',
    // The double needs no second between writes (the test seam works only
    // against 127.0.0.1); a test of the spacing sets it back.
    INCIDENT_ISSUES_WRITE_SPACING_MS: '0',
    // Back-off in tens of milliseconds instead of seconds (same seam rule).
    INCIDENT_ISSUES_RETRY_BASE_MS: '10',
    ...(options.now ? { INCIDENT_ISSUES_NOW: options.now } : {}),
    ...(options.env ?? {})
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return { work, env, outputPath, summaryPath }
}

/**
 * @param {RunOptions} options
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, outputs: Record<string, string>, summary: string }>}
 */
export async function runAction(options) {
  const { work, env, outputPath, summaryPath } = runEnvironment(options)
  const child = spawn(bundleNode, [options.entry], { env, cwd: work })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const code = await new Promise((resolve) => child.on('close', resolve))
  return {
    code: /** @type {number | null} */ (code),
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8')
  }
}
