// The release notes of a tag: the CHANGELOG's section for that version.
// Fails (exit 1) when the tag, package.json and the CHANGELOG disagree, so
// that a release never goes out with the wrong notes or version.
//   node scripts/release-notes.mjs v1.2.3 > notes.md
import { readFileSync } from 'node:fs'

export function releaseNotes(tag, changelog, packageVersion) {
  const m = /^v(\d+\.\d+\.\d+)$/.exec(tag ?? '')
  if (!m) throw new Error(`expected a tag vX.Y.Z (got '${tag}')`)
  const version = m[1]
  if (packageVersion !== version)
    throw new Error(
      `package.json says ${packageVersion}, the tag ${tag}: bump the version first`
    )
  const lines = changelog.split('\n')
  const start = lines.findIndex((l) =>
    new RegExp(`^## ${version.replace(/\./g, '\\.')}(\\s|$)`).test(l)
  )
  if (start === -1)
    throw new Error(`CHANGELOG.md has no section '## ${version}'`)
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l))
  const notes = lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim()
  if (notes === '')
    throw new Error(`the CHANGELOG section of ${version} is empty`)
  return notes + '\n'
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
    process.stdout.write(
      releaseNotes(
        process.argv[2],
        readFileSync('CHANGELOG.md', 'utf8'),
        pkg.version
      )
    )
  } catch (error) {
    process.stderr.write(`release-notes: ${error.message}\n`)
    process.exitCode = 1
  }
}
