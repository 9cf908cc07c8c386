import type { GitHubPort, NoticePort } from './port.js'

/** Notice writes described to `record`, never sent (a created notice is #0). */
export function dryRunNotices(
  repository: string,
  record: (line: string) => void
): NoticePort {
  return {
    createIssue: async () => (
      record(`open a notice issue in ${repository}`),
      0
    ),
    updateIssue: async (number, change) => (
      record(
        `${change.state === 'closed' ? `close notice ${repository}#${number} (${change.stateReason ?? 'completed'})` : change.state === 'open' ? `reopen notice ${repository}#${number}` : `update notice ${repository}#${number}`}`
      ),
      'updated'
    )
  }
}

/**
 * Reads pass through; writes are described to `record` and never sent. The
 * answers are the states a real write would most likely reach, so the rest of
 * the run (outputs, summary) shows what would have been done.
 */
export function dryRunPort(
  port: GitHubPort,
  record: (line: string) => void
): GitHubPort {
  return {
    readIssue: (n) => port.readIssue(n),
    listIncidents: (label) => port.listIncidents(label),
    roleOf: (login) => port.roleOf(login),
    olderLabelEvents: (id, before) => port.olderLabelEvents(id, before),
    pin: async (issue) => (record(`pin #${issue.number}`), 'pinned'),
    unpin: async (issue) => (record(`unpin #${issue.number}`), 'unpinned'),
    createComment: async (n) => record(`create the report comment on #${n}`),
    updateComment: async () => (record('update the report comment'), 'updated'),
    deleteComment: async () => (record('delete a report comment'), 'deleted'),
    minimizeComment: async () => (
      record('minimize the report comment as resolved'),
      'minimized'
    ),
    unminimizeComment: async () => (
      record('unminimize the report comment'),
      'unminimized'
    ),
    addLabel: async (n, label) => record(`add the label '${label}' to #${n}`),
    removeLabel: async (n, label) => (
      record(`remove the label '${label}' from #${n}`),
      'removed'
    ),
    listRecord: (label) => port.listRecord(label),
    setup: {
      listLabels: () => port.setup.listLabels(),
      readContent: (path) => port.setup.readContent(path),
      workflowState: (file) => port.setup.workflowState(file),
      createLabel: async (name) => record(`create the label '${name}'`)
    }
  }
}
