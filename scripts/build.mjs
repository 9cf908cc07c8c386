// Bundle the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
const ncc = (entry, out) =>
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--source-map', '--no-source-map-register', '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' }
  )
ncc('src/index.ts', 'dist')
ncc('src/cli/index.ts', 'dist/cli')
