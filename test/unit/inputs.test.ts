import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DEFAULTS, Input, InputError, readInputs } from '../../src/inputs.js'
import { DEFAULT_INPUTS } from '../fakes/builders.js'

const action = parse(
  readFileSync(join(import.meta.dirname, '../../action.yml'), 'utf8')
)

/** Inputs by name, as the runner sets them; unset ones read as ''. */
const inputs = (values: Record<string, string>) => (name: string) =>
  values[name] ?? ''

describe('readInputs', () => {
  it('reads the defaults of action.yml into DEFAULT_INPUTS', async () => {
    const values: Record<string, string> = {}
    for (const [name, spec] of Object.entries<{ default?: string }>(
      action.inputs
    ))
      values[name] = String(spec.default ?? '')
    values[Input.GithubToken] = 'test-token'
    expect(await readInputs(inputs(values))).toEqual(DEFAULT_INPUTS)
  })

  it('has the same defaults as action.yml, for every input', () => {
    for (const [name, value] of Object.entries(DEFAULTS)) {
      expect(String(action.inputs[name].default ?? ''), name).toBe(value)
    }
    expect(Object.keys(action.inputs).sort()).toEqual(
      Object.values(Input).sort()
    )
  })

  it('reports every bad input at once, naming input, value and expectation', async () => {
    const error = await readInputs(
      inputs({
        [Input.GithubToken]: 't',
        [Input.UnpinAfterDays]: '3 days',
        [Input.DryRun]: 'sure',
        [Input.IssueNumber]: 'abc',
        [Input.OnComplete]: 'hide'
      })
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems).toEqual([
      "Invalid value for 'unpin-after-days': must be a whole number of days, 0 or more (got '3 days')",
      "Invalid value for 'on-complete': must be 'minimize', 'keep' or 'delete' (got 'hide')",
      "Invalid value for 'issue-number': must be an issue number such as 42 (got 'abc')",
      "Invalid value for 'dry-run': must be true or false (got 'sure')"
    ])
  })

  it.each(['-1', '1.5', 'three', '1e3', ' '])(
    'rejects unpin-after-days %j',
    async (days) => {
      await expect(
        readInputs(
          inputs({
            [Input.GithubToken]: 't',
            [Input.UnpinAfterDays]: days === ' ' ? 'x y' : days
          })
        )
      ).rejects.toThrow("'unpin-after-days'")
    }
  )

  it('rejects an incomplete-label equal to the incident label', async () => {
    await expect(
      readInputs(
        inputs({
          [Input.GithubToken]: 't',
          [Input.IncompleteLabel]: 'Security-Incident'
        })
      )
    ).rejects.toThrow("must differ from 'label'")
  })

  it('accepts #42 as an issue number', async () => {
    expect(
      (
        await readInputs(
          inputs({ [Input.GithubToken]: 't', [Input.IssueNumber]: '#42' })
        )
      ).issueNumber
    ).toBe(42)
  })
})
