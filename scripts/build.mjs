// Bundle the action with ncc into dist/: one bundle for the action, the CLI
// (dist/cli/index.js, a shim that runs the bundle in its CLI role) and the
// lint worker (the bundle's entry started as a worker thread), so that the
// code they share is there once.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
// The action keeps source maps (NODE_OPTIONS=--enable-source-maps uses them) but
// not ncc's register, which would cost every run a third of its cold start.
execFileSync(
  'npx',
  [
    'ncc',
    'build',
    'src/index.ts',
    '-o',
    'dist',
    '--license',
    'licenses.txt',
    '--quiet',
    '--source-map',
    '--no-source-map-register'
  ],
  { stdio: 'inherit' }
)
mkdirSync('dist/cli')
writeFileSync(
  'dist/cli/index.js',
  `#!/usr/bin/env node
// incident-issues CLI: the action's bundle in its CLI role (src/index.ts).
globalThis.incidentIssuesCli = true
await import('../index.js')
`
)
chmodSync('dist/cli/index.js', 0o755)
writeFileSync('dist/cli/package.json', '{"type":"module"}\n')
