// Bundle the action with ncc into dist/: one bundle for the action, the CLI
// (dist/cli/index.js, a shim that runs the bundle in its CLI role) and the
// lint worker (the bundle's entry started as a worker thread), so that the
// code they share is there once.
import { execFileSync } from 'node:child_process'
import { build } from 'esbuild'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })

// The private drafting page's scripts, bundled for the browser (the same core
// as the action): the page and its worker, inlined into draft.html at run time.
const browser = {
  bundle: true,
  format: 'iife',
  target: ['chrome110', 'firefox115', 'safari16'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning'
}
await build({
  ...browser,
  entryPoints: { page: 'src/draft/page.ts' },
  outdir: 'dist/draft',
  platform: 'browser'
})
// A worker has no DOM: packages' "browser" builds that use `document`
// (decode-named-character-reference) must not be picked.
await build({
  ...browser,
  entryPoints: { worker: 'src/draft/worker.ts' },
  outdir: 'dist/draft',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  conditions: ['worker', 'import', 'default']
})
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
