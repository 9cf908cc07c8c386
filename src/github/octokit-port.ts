import type { Octokit } from './client.js'
import {
  createComment,
  deleteComment,
  minimizeComment,
  unminimizeComment,
  updateComment
} from './comments.js'
import { api } from './graphql.js'
import { olderLabelEvents } from './label-events.js'
import { addLabel, removeLabel } from './labels.js'
import { listIncidents } from './list-incidents.js'
import { listRecord } from './list-record.js'
import { setupPort } from './setup.js'
import { pin, unpin } from './pins.js'
import type { GitHubPort } from './port.js'
import { readIssue } from './read-issue.js'
import { roleOf } from './roles.js'

/**
 * GitHubPort over REST (comments, labels, roles) and GraphQL (reads, pins,
 * minimizing), one file per concern. `graphqlUrl` is GITHUB_GRAPHQL_URL.
 */
export function octokitPort(
  octokit: Octokit,
  owner: string,
  repo: string,
  graphqlUrl: string
): GitHubPort {
  const a = api(octokit, owner, repo, graphqlUrl)
  return {
    readIssue: (number) => readIssue(a, number),
    listIncidents: (label) => listIncidents(a, label),
    roleOf: (login) => roleOf(a, login),
    olderLabelEvents: (id, before) => olderLabelEvents(a, id, before),
    pin: (issue) => pin(a, issue),
    unpin: (issue) => unpin(a, issue),
    createComment: (number, body) => createComment(a, number, body),
    updateComment: (comment, body) => updateComment(a, comment, body),
    deleteComment: (comment) => deleteComment(a, comment),
    minimizeComment: (comment) => minimizeComment(a, comment),
    unminimizeComment: (comment) => unminimizeComment(a, comment),
    addLabel: (number, label) => addLabel(a, number, label),
    removeLabel: (number, label) => removeLabel(a, number, label),
    listRecord: (label) => listRecord(a, label),
    setup: setupPort(a)
  }
}
