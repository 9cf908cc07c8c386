import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Integration tests mostly wait (Octokit spaces writes 1 s apart): run many at once.
    maxConcurrency: 16,
    hookTimeout: 60_000
  }
})
