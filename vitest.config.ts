import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Scenarios mostly wait on the API double and child processes: run many
    // at once, and use every core (vitest keeps one free by default, which on
    // a 2-core machine means one test file at a time).
    maxConcurrency: 16,
    maxWorkers: Math.max(2, availableParallelism()),
    hookTimeout: 60_000
  }
})
