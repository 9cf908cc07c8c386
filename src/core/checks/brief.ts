import { atTitle, type Check } from './check.js'

/** Readers decide from the TLDR whether to act: it must come first and be short. */
export const MAX_BRIEF_WORDS = 100

export const brief: Check = {
  id: 'brief',
  description: `The first section, and at most ${MAX_BRIEF_WORDS} words`,
  run(section, { sections }) {
    const findings = []
    const first = sections[0]
    if (first && first !== section) {
      findings.push(
        atTitle(
          section,
          'brief-not-first',
          'warning',
          `Unexpected \`${section.spec.name}\` after \`${first.spec.name}\`, expected it to be the first section`
        )
      )
    }
    const words = section.text
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length
    if (words > MAX_BRIEF_WORDS) {
      findings.push(
        atTitle(
          section,
          'brief-too-long',
          'warning',
          `Unexpected ${words} words in \`${section.spec.name}\`, expected at most ${MAX_BRIEF_WORDS}`
        )
      )
    }
    return findings
  }
}
