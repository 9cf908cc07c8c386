import { appendFileSync } from 'node:fs'
import { readContext } from './context.js'
import { envInput, InputError, readInputs } from './inputs.js'
import type { ActionIo } from './io.js'
import { routeEvent } from './route.js'

/** What the cheap path (an event that is not handled) needs to say. */
export type LightIo = Pick<ActionIo, 'info' | 'setOutput'>

/**
 * Run the action for the environment `env`. The common case in a busy
 * repository (an issue without the label, an unhandled event) is decided here
 * from the payload alone and said through `light`, before @actions/core,
 * Octokit or remark load; anything else asks `io()` for the full channel.
 */
export async function execute(
  env: NodeJS.ProcessEnv,
  io: () => Promise<ActionIo>,
  light: LightIo,
  cwd: string = process.cwd()
): Promise<void> {
  try {
    const workspace = env.GITHUB_WORKSPACE || cwd
    const inputs = await readInputs(envInput(env), workspace)
    if (inputs.recordDir) {
      const { recordDirProblem } = await import('./files.js')
      const problem = recordDirProblem(inputs.recordDir, workspace)
      if (problem)
        throw new InputError([
          `Invalid value for 'record-dir': ${problem} (got '${inputs.recordDir.slice(0, 200)}')`
        ])
    }
    const context = readContext(env)
    const route = routeEvent(context.eventName, context.payload, inputs)
    if (route.kind === 'ignore') {
      light.info(route.message)
      // An unhandled action (pinned, deleted…) says nothing of the issue.
      if (route.notIncident) light.setOutput('incident', 'false')
      return
    }
    if (route.kind === 'fail') throw new Error(route.message)
    const { runAction } = await import('./action.js')
    await runAction(route, inputs, context, env, await io())
  } catch (error) {
    const out = await io()
    if (error instanceof InputError) {
      out.setFailed(`Bad input, nothing was done:\n${error.message}`)
    } else {
      out.setFailed(error instanceof Error ? error.message : String(error))
    }
  }
}

/** The runner's channels: @actions/core's workflow commands and files. */
async function runnerIo(): Promise<ActionIo> {
  const core = await import('@actions/core')
  return {
    info: (line) => core.info(line),
    warning: (line) => core.warning(line),
    group: (name, fn) => core.group(name, fn),
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      await core.summary.addRaw(markdown).write()
    },
    setFailed: (message) => core.setFailed(message)
  }
}

/** The action as the runner starts it (src/index.ts). */
export async function main(
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  await execute(env, runnerIo, {
    info: (line) => console.log(line),
    setOutput: (name, value) => {
      // One-line values only on this path (`incident=false`).
      if (env.GITHUB_OUTPUT)
        appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`)
    }
  })
}
