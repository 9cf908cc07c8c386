import type { IssueRef } from './port.js'
import { graphqlMessages } from './errors.js'
import type { Api } from './graphql.js'
import { PIN_MUTATION, UNPIN_MUTATION } from './queries.js'

/** Pin an issue; GitHub's "limit" and "already pinned" answers are states. */
export const pin = ({ write, graphql }: Api, issue: IssueRef) =>
  write(
    `pin issue #${issue.number}`,
    async () => (
      await graphql(PIN_MUTATION, { issueId: issue.id }),
      'pinned' as const
    ),
    (e) => {
      const text = graphqlMessages(e).join(' ')
      if (/maximum.*pinned/i.test(text)) return 'limit' as const
      if (/already pinned/i.test(text)) return 'already-pinned' as const
      return undefined
    }
  )

/** Unpin an issue; "not pinned" is a state. */
export const unpin = ({ write, graphql }: Api, issue: IssueRef) =>
  write(
    `unpin issue #${issue.number}`,
    async () => (
      await graphql(UNPIN_MUTATION, { issueId: issue.id }),
      'unpinned' as const
    ),
    (e) =>
      /not pinned|already unpinned/i.test(graphqlMessages(e).join(' '))
        ? ('not-pinned' as const)
        : undefined
  )
