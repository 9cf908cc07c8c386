// Bundle the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
// The action keeps source maps (NODE_OPTIONS=--enable-source-maps uses them) but
// not ncc's register, which would cost every run a third of its cold start.
const ncc = (entry, out, ...flags) =>
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--quiet',
      ...flags
    ],
    {
      stdio: 'inherit'
    }
  )
ncc('src/index.ts', 'dist', '--source-map', '--no-source-map-register')
ncc('src/cli/index.ts', 'dist/cli')
ncc('src/lint-worker.ts', 'dist/lint-worker')
