/** Where handlers say what they do: @actions/core in the action, an array in tests. */
export interface Logger {
  info(line: string): void
  warning(line: string): void
  /** A write made (or, in dry-run, that would be made) on issue `number`: logged and summarised. */
  did(number: number, what: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}
