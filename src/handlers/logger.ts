/** Where handlers say what they do: @actions/core in the action, an array in tests. */
export interface Logger {
  info(line: string): void
  warning(line: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}
