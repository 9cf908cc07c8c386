import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { recordDirProblem } from '../../src/files.js'
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
      "Invalid value for 'unpin-after-days': must be a whole number of days from 0 to 36,500 (got '3 days')",
      "Invalid value for 'on-complete': must be 'minimize', 'keep' or 'delete' (got 'hide')",
      "Invalid value for 'issue-number': must be an issue number from 1 to 2147483647, such as 42 (got 'abc')",
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

  /** The one problem that `values` cause, read against the workspace `/ws`. */
  const problem = async (values: Record<string, string>) => {
    const error = await readInputs(
      inputs({ [Input.GithubToken]: 't', ...values }),
      '/ws'
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).problems
  }

  it.each(['#', '-1', '0', '3000000000', '2147483648', '42abc', '# 42'])(
    'refuses the issue-number %j (never widened into the sweep)',
    async (value) => {
      expect(await problem({ [Input.IssueNumber]: value })).toEqual([
        `Invalid value for 'issue-number': must be an issue number from 1 to 2147483647, such as 42 (got '${value}')`
      ])
    }
  )

  it('accepts unpin-after-days up to 36,500 and states the bound past it', async () => {
    const read = await readInputs(
      inputs({ [Input.GithubToken]: 't', [Input.UnpinAfterDays]: '36500' })
    )
    expect(read.unpinAfterDays).toBe(36_500)
    expect(await problem({ [Input.UnpinAfterDays]: '36501' })).toEqual([
      "Invalid value for 'unpin-after-days': must be a whole number of days from 0 to 36,500 (got '36501')"
    ])
  })

  it('refuses a keep-pinned-label equal to the label', async () => {
    expect(
      await problem({
        [Input.Label]: 'security',
        [Input.KeepPinnedLabel]: 'Security'
      })
    ).toEqual([
      "Invalid value for 'keep-pinned-label': must differ from 'label' (every incident would stay pinned for good) (got 'Security')"
    ])
  })

  it.each([Input.Label, Input.KeepPinnedLabel, Input.IncompleteLabel])(
    'refuses a %s with a line break or a control character',
    async (name) => {
      for (const value of ['ok\n::error::owned', 'a\u0007b', 'a\u200bb']) {
        const [line] = await problem({ [name]: value })
        expect(line).toMatch(
          new RegExp(
            `^Invalid value for '${name}': must be one label name, without line breaks or control characters`
          )
        )
        expect(line).not.toContain('\n::error')
      }
    }
  )

  it.each([
    ['..', "without '..'"],
    ['record/../..', "without '..'"],
    ['/etc/site', 'must be a folder inside the workspace (/ws)'],
    ['.', 'not the workspace itself'],
    ['/ws', 'not the workspace itself'],
    ['./', 'not the workspace itself']
  ])('refuses the record-dir %j', async (value, why) => {
    const [line] = await problem({ [Input.RecordDir]: value })
    expect(line).toContain(`Invalid value for 'record-dir'`)
    expect(line).toContain(why)
  })

  it('reads a record-dir inside the workspace as an absolute path', async () => {
    const read = (value: string) =>
      readInputs(
        inputs({ [Input.GithubToken]: 't', [Input.RecordDir]: value }),
        '/ws'
      )
    expect((await read('record')).recordDir).toBe('/ws/record')
    expect((await read('/ws/site/record')).recordDir).toBe('/ws/site/record')
    expect((await read('')).recordDir).toBe('')
  })

  it('refuses a record-dir that a symbolic link leads out of the workspace, or back to it', () => {
    const ws = mkdtempSync(join(tmpdir(), 'ws-'))
    const outside = mkdtempSync(join(tmpdir(), 'out-'))
    symlinkSync(outside, join(ws, 'out'))
    symlinkSync(ws, join(ws, 'self'))
    mkdirSync(join(ws, 'site'))
    expect(recordDirProblem(join(ws, 'out', 'record'), ws)).toContain(
      'a symbolic link leads it to'
    )
    expect(recordDirProblem(join(ws, 'out'), ws)).toContain(
      'a symbolic link leads it to'
    )
    expect(recordDirProblem(join(ws, 'self'), ws)).toContain(
      'not a link to the workspace itself'
    )
    expect(recordDirProblem(join(ws, 'site', 'record'), ws)).toBeNull()
    expect(recordDirProblem(join(ws, 'new', 'deep'), ws)).toBeNull()
  })
})
