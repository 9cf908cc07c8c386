/**
 * Everything the action says to the runner: log lines, outputs, the job
 * summary and the failure. In the action these are @actions/core's commands
 * (main.ts); in tests an in-memory recorder, so that a run's outputs and
 * summary are checked without spawning the bundle.
 */
export interface ActionIo {
  info(line: string): void
  /** A warning annotation (`::warning::`). */
  warning(line: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  setOutput(name: string, value: string): void
  /** Append Markdown to the job summary. */
  summary(markdown: string): Promise<void>
  /** Mark the run failed (`::error::`, exit code 1). */
  setFailed(message: string): void
}
