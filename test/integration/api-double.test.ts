import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ISSUE_QUERY,
  PIN_MUTATION,
  SWEEP_QUERY
} from '../../src/github/queries.js'
import { LABEL, newApi, type Api } from './harness.js'

/** The double must be strict, or the integration tests prove nothing. */
let api: Api
beforeAll(async () => {
  api = await newApi()
  api.addIssue({ number: 1, labels: [LABEL], body: 'x' })
})
afterAll(() => api.stop())

const graphql = async (
  query: string,
  variables: Record<string, unknown> = {},
  token = 'token t'
) => {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { authorization: token, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables })
  })
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: unknown
      errors?: { message: string; type?: string }[]
    }
  }
}

describe('the GitHub API double', () => {
  it('rejects a field that GitHub’s schema does not have, without running anything', async () => {
    const { body } = await graphql(
      'query { repository(owner: "octo-org", name: "octo-repo") { issue(number: 1) { number isPinnedForever } } }'
    )
    expect(body.data).toBeUndefined()
    expect(body.errors![0]!.message).toMatch(
      /Cannot query field "isPinnedForever" on type "Issue"/
    )
  })

  it('rejects a mutation with a wrong input shape', async () => {
    const { body } = await graphql(
      'mutation { pinIssue(input: { id: "I_1" }) { issue { isPinned } } }'
    )
    expect(body.errors!.length).toBeGreaterThan(0)
    expect(api.pinned()).toEqual([])
  })

  it('accepts and answers every document the action sends', async () => {
    const issue = await graphql(ISSUE_QUERY, {
      owner: 'octo-org',
      repo: 'octo-repo',
      number: 1
    })
    expect(issue.body.errors).toBeUndefined()
    expect(issue.body.data).toMatchObject({
      viewer: { login: 'github-actions[bot]' },
      repository: { issue: { number: 1, isPinned: false } }
    })
    const sweep = await graphql(SWEEP_QUERY, {
      owner: 'octo-org',
      repo: 'octo-repo',
      name: LABEL,
      labels: [LABEL],
      cursor: null
    })
    expect(sweep.body.errors).toBeUndefined()
    const pin = await graphql(PIN_MUTATION, { issueId: 'I_1' })
    expect(pin.body).toEqual({
      data: { pinIssue: { issue: { isPinned: true } } }
    })
    const again = await graphql(PIN_MUTATION, { issueId: 'I_1' })
    expect(again.body.errors![0]!.message).toMatch(/already pinned/)
  })

  it('requires a token', async () => {
    expect((await graphql('query { viewer { login } }', {}, '')).status).toBe(
      401
    )
  })

  it('keeps the three-pin limit', async () => {
    for (const n of [2, 3, 4]) api.addIssue({ number: n })
    await graphql(PIN_MUTATION, { issueId: 'I_2' })
    await graphql(PIN_MUTATION, { issueId: 'I_3' })
    const fourth = await graphql(PIN_MUTATION, { issueId: 'I_4' })
    expect(fourth.body.errors![0]!.message).toBe(
      'Maximum 3 pinned issues per repository'
    )
    expect(api.pinned()).toEqual([1, 2, 3])
  })
})
