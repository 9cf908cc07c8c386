import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  getClient,
  isWrite,
  writeSpacing,
  WRITE_SPACING_MS
} from '../../src/github/client.js'
import { PIN_MUTATION } from '../../src/github/queries.js'
import { createApiDouble } from '../support/api-double/server.mjs'

const api = createApiDouble()
beforeAll(async () => {
  await api.start()
  api.addIssue({ number: 1, labels: ['security-incident'] })
  api.addIssue({ number: 2, labels: ['security-incident'] })
})
afterAll(() => api.stop())

const READ = 'query Viewer { viewer { login } }'

describe('the client spaces writes, never reads', () => {
  it('tells writes from reads: mutations and REST writes only', () => {
    expect(isWrite({ method: 'POST', query: READ })).toBe(false)
    expect(isWrite({ method: 'POST', query: '# hi\n  query X { a }' })).toBe(
      false
    )
    expect(isWrite({ method: 'POST', query: PIN_MUTATION })).toBe(true)
    expect(
      isWrite({ method: 'POST', url: '/repos/o/r/issues/1/comments' })
    ).toBe(true)
    expect(isWrite({ method: 'PATCH' })).toBe(true)
    expect(isWrite({ method: 'DELETE' })).toBe(true)
    expect(isWrite({ method: 'GET' })).toBe(false)
    expect(isWrite({ method: 'HEAD' })).toBe(false)
  })

  it('lets GraphQL reads through at once and waits before each further write', async () => {
    const waits: number[] = []
    const octokit = getClient(
      't',
      api.url,
      () => {},
      1000,
      async (ms) => {
        waits.push(ms)
      }
    )
    const gql = (query: string, variables = {}) =>
      octokit.graphql({ query, url: `${api.url}/graphql`, ...variables })
    for (let i = 0; i < 6; i++) await gql(READ)
    expect(waits).toEqual([])
    await gql(PIN_MUTATION, { issueId: 'I_1' })
    await gql(READ)
    await gql(PIN_MUTATION, { issueId: 'I_2' })
    await octokit.request('POST /repos/{owner}/{repo}/issues/{n}/comments', {
      owner: api.owner,
      repo: api.repo,
      n: 1,
      body: 'x'
    })
    // The first write goes at once; the next two wait for their turn.
    expect(waits).toHaveLength(2)
    for (const w of waits) {
      expect(w).toBeGreaterThan(0)
      expect(w).toBeLessThanOrEqual(2000)
    }
    expect(api.pinned()).toEqual([1, 2])
  })
})

describe('the write spacing test seam', () => {
  it('is honoured only against an API on this machine', () => {
    const env = { INCIDENT_ISSUES_WRITE_SPACING_MS: '0' }
    expect(writeSpacing(env, 'http://127.0.0.1:4321')).toBe(0)
    expect(writeSpacing(env, 'http://localhost:4321/api/v3')).toBe(0)
    expect(writeSpacing(env, 'https://api.github.com')).toBe(WRITE_SPACING_MS)
    expect(writeSpacing(env, 'https://ghe.example.com/api/v3')).toBe(
      WRITE_SPACING_MS
    )
    expect(writeSpacing({}, 'http://127.0.0.1:4321')).toBe(WRITE_SPACING_MS)
    expect(
      writeSpacing(
        { INCIDENT_ISSUES_WRITE_SPACING_MS: '-5' },
        'http://127.0.0.1:1'
      )
    ).toBe(WRITE_SPACING_MS)
  })
})
