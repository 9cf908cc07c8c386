import { appendFileSync } from 'node:fs'
import { readContext } from './context.js'
import { envInput, InputError, readInputs } from './inputs.js'
import { routeEvent } from './route.js'

/**
 * Build what the run needs from the environment and run it. The common case in
 * a busy repository (an issue without the label, an unhandled event) is decided
 * here from the payload alone, before @actions/core, Octokit or remark load.
 */
export async function main(
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd()
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
      console.log(route.message)
      // An unhandled action (pinned, deleted…) says nothing of the issue.
      if (context.outputPath && route.notIncident) {
        appendFileSync(context.outputPath, 'incident=false\n')
      }
      return
    }
    if (route.kind === 'fail') throw new Error(route.message)
    const { runAction } = await import('./action.js')
    await runAction(route, inputs, context)
  } catch (error) {
    const core = await import('@actions/core')
    if (error instanceof InputError) {
      core.setFailed(`Bad input, nothing was done:\n${error.message}`)
    } else {
      core.setFailed(error instanceof Error ? error.message : String(error))
    }
  }
}
