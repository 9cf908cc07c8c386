import { draftView } from '../core/draft-view.js'
import { lint } from '../core/lint.js'
import type { SectionSpec } from '../core/types.js'

/*
 * The drafting page's checker, off the main thread (typing never waits for
 * it; the page stops it after the time budget). The same core as the action.
 */
interface Request {
  readonly id: number
  readonly body: string
  readonly specs: SectionSpec[]
}
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null
  postMessage(message: unknown): void
}
scope.onmessage = (event) => {
  const { id, body, specs } = event.data
  void lint(body, specs).then((report) =>
    scope.postMessage({ id, view: draftView(report, specs) })
  )
}
