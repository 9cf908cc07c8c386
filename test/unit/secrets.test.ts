import { describe, expect, it } from 'vitest'
import { scanCredentials } from '../../src/core/scan-credentials.js'
import { LineIndex } from '../../src/core/lines.js'
import { lint } from '../../src/core/lint.js'

const a36 = 'R8kZq2Lm5Nx7Vb3Cd9Fg1Hj4Kp6Qs0Tw2YeAb'.slice(0, 36)
/** One planted value per kind the issue asks for. Built by concatenation so that no scanner flags this file. */
const KINDS: [string, string][] = [
  ['GitHub token', 'ghp_' + a36],
  ['GitHub token', 'gho_' + a36],
  ['GitHub token', 'ghu_' + a36],
  ['GitHub token', 'ghs_' + a36],
  ['GitHub token', 'ghr_' + a36],
  [
    'GitHub token',
    'github_pat_11ABCDEFG0' +
      'abcdefghijklmnopqrstuv_' +
      'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVW'.slice(0, 49)
  ],
  ['npm token', 'npm_' + a36],
  ['AWS access key', 'AKIA' + 'Z7QW3RT5YU2IO8PL'],
  [
    'Slack token',
    'xoxb-' + '123456789012-1234567890123-' + 'abcdefghijABCDEFGHIJklmn'
  ],
  ['private key', '-----BEGIN ' + 'OPENSSH PRIVATE KEY-----'],
  [
    'JSON Web Token',
    'eyJhbGciOiJIUzI1NiJ9' +
      '.eyJzdWIiOiIxMjM0NTY3ODkwIn0' +
      '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'
  ],
  ['password or token assignment', 'password=' + 'hunter2Secret99'],
  ['password or token assignment', 'token: ' + 'abcd1234efgh5678']
]

describe('scanCredentials', () => {
  it.each(KINDS)(
    'finds a %s and names only its kind and line',
    async (kind, value) => {
      const body = `## Evidence\nsome text\nhere it is: ${value} (oops)\n`
      const findings = await scanCredentials(body, new LineIndex(body))
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        severity: 'error',
        line: 3,
        source: 'credentials',
        rule: 'credential'
      })
      expect(findings[0]!.message).toContain(kind)
      expect(JSON.stringify(findings)).not.toContain(value)
    }
  )

  it.each([
    'token: revoked',
    'password: see the vault',
    'the token was rotated',
    'AKIAIOSFODNN7EXAMPLE is AWS’s documented example'
  ])('does not flag prose: %j', async (text) => {
    expect(await scanCredentials(text, new LineIndex(text))).toEqual([])
  })

  it('cannot be switched off by a secretlint-disable comment in the body', async () => {
    const body = `<!-- secretlint-disable -->\nnpm_${a36}\n<!-- secretlint-enable -->\n`
    expect(await scanCredentials(body, new LineIndex(body))).toHaveLength(1)
  })

  it('puts a secret in the preamble into the report’s own findings', async () => {
    const report = await lint(`leaked: npm_${a36}\n\n## TLDR\nx\n`)
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]!.line).toBe(1)
  })

  it('does not take the addresses of services and examples for personal data', async () => {
    const evidence = (text: string) =>
      lint(`## TLDR\nx\n## Evidence\n${text}\n`).then(
        (r) => r.sections.find((x) => x.name === 'Evidence')!.findings
      )
    for (const address of [
      'noreply@github.com',
      'git@github.com',
      '12345+octocat@users.noreply.github.com',
      'user@example.com',
      'ops@mail.example.org',
      'a@example.net'
    ])
      expect(await evidence(`From ${address}.`), address).toEqual([])
    const [finding] = await evidence('From jane.doe@corp-mail.net.')
    expect(finding!.message).toMatch(/^Unexpected e-mail address/)
  })

  it('finds e-mail addresses in linear time: a long word is read once', async () => {
    const { findEmails } =
      await import('../../src/core/checks/personal-data.js')
    expect(findEmails('mail a.b+c@x-y.example.org. or z@q.io')).toEqual([
      { address: 'a.b+c@x-y.example.org', index: 5 },
      { address: 'z@q.io', index: 31 }
    ])
    expect(findEmails('a@a@a@')).toEqual([])
    expect(findEmails('@x.org and name@')).toEqual([])
  })
})
