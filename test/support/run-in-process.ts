/**
 * Run the action in this process, from source, exactly as the bundle's entry
 * would (src/main.ts `execute`), with an in-memory recorder for the runner's
 * channels: the outputs, the job summary and the log lines come back as the
 * spawned bundle's would (workflow commands escaped as @actions/core does).
 * What only the bundle proves (no node_modules, the chunks, the worker's time
 * budget, Node.js 24) stays with the spawned bundle: `.ci/run` runs every
 * integration test that way too.
 */
import type { ActionIo } from '../../src/io.js'
import { execute } from '../../src/main.js'
import { runEnvironment, type RunOptions } from './run-action.mjs'

/** As @actions/core escapes a command's data. */
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

export interface InProcessRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export async function runInProcess(options: RunOptions): Promise<InProcessRun> {
  const { work, env } = runEnvironment(options)
  const lines: string[] = []
  const outputs: Record<string, string> = {}
  let summary = ''
  let failed = false
  const io: ActionIo = {
    info: (line) => void lines.push(line),
    warning: (line) => void lines.push(`::warning::${escapeData(line)}`),
    group: async (name, fn) => {
      lines.push(`::group::${escapeData(name)}`)
      try {
        return await fn()
      } finally {
        lines.push('::endgroup::')
      }
    },
    setOutput: (name, value) => void (outputs[name] = value),
    summary: async (markdown) => void (summary += markdown),
    setFailed: (message) => {
      failed = true
      lines.push(`::error::${escapeData(message)}`)
    }
  }
  await execute(env, async () => io, io, work)
  return {
    code: failed ? 1 : 0,
    stdout: lines.join('\n') + (lines.length ? '\n' : ''),
    stderr: '',
    outputs,
    summary
  }
}
