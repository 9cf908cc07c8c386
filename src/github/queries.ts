/**
 * The GraphQL documents, with variables only (never interpolated text). Each is
 * validated against GitHub's published schema by the tests' API double.
 */
export const ISSUE_FACTS = /* GraphQL */ `
  fragment IssueRecord on Issue {
    id
    number
    title
    state
    createdAt
    closedAt
    stateReason(enableDuplicate: true)
    author {
      __typename
      login
    }
    isPinned
    labels(first: 100) {
      nodes {
        name
      }
    }
    labelEvents: timelineItems(itemTypes: [LABELED_EVENT], last: 25) {
      totalCount
      pageInfo {
        hasPreviousPage
        startCursor
      }
      nodes {
        ...LabelEventRecord
      }
    }
    pinEvents: timelineItems(
      itemTypes: [PINNED_EVENT, UNPINNED_EVENT]
      last: 1
    ) {
      nodes {
        __typename
        ... on PinnedEvent {
          actor {
            login
          }
        }
        ... on UnpinnedEvent {
          actor {
            login
          }
        }
      }
    }
  }
`

export const LABEL_EVENT = /* GraphQL */ `
  fragment LabelEventRecord on LabeledEvent {
    createdAt
    label {
      name
    }
    actor {
      __typename
      login
    }
  }
`

export const PINNED = /* GraphQL */ `
  pinnedIssues(first: 3) {
    nodes { pinnedBy { login } issue { ...IssueRecord } }
  }
`

const COMMENT_FIELDS = /* GraphQL */ `
  pageInfo { hasNextPage endCursor }
  nodes { id databaseId body createdAt isMinimized viewerDidAuthor }
`

export const ISSUE_QUERY = /* GraphQL */ `
  query IncidentIssue($owner: String!, $repo: String!, $number: Int!) {
    viewer { login }
    repository(owner: $owner, name: $repo) {
      ${PINNED}
      issue(number: $number) {
        ...IssueRecord
        body
        comments(first: 100) { ${COMMENT_FIELDS} }
      }
    }
  }
  ${ISSUE_FACTS}
  ${LABEL_EVENT}
`

export const MORE_COMMENTS_QUERY = /* GraphQL */ `
  query IncidentComments($owner: String!, $repo: String!, $number: Int!, $cursor: String!) {
    repository(owner: $owner, name: $repo) {
      issue(number: $number) {
        comments(first: 100, after: $cursor) { ${COMMENT_FIELDS} }
      }
    }
  }
`

export const SWEEP_QUERY = /* GraphQL */ `
  query IncidentSweep($owner: String!, $repo: String!, $name: String!, $labels: [String!], $cursor: String) {
    viewer { login }
    repository(owner: $owner, name: $repo) {
      ${PINNED}
      label(name: $name) { name }
      labels(query: $name, first: 20) { nodes { name } }
      issues(labels: $labels, states: [OPEN], first: 100, after: $cursor,
             orderBy: { field: CREATED_AT, direction: DESC }) {
        pageInfo { hasNextPage endCursor }
        nodes { ...IssueRecord }
      }
    }
  }
  ${ISSUE_FACTS}
  ${LABEL_EVENT}
`

export const PIN_MUTATION = /* GraphQL */ `
  mutation PinIncident($issueId: ID!) {
    pinIssue(input: { issueId: $issueId }) {
      issue {
        isPinned
      }
    }
  }
`

export const UNPIN_MUTATION = /* GraphQL */ `
  mutation UnpinIncident($issueId: ID!) {
    unpinIssue(input: { issueId: $issueId }) {
      issue {
        isPinned
      }
    }
  }
`

export const MINIMIZE_MUTATION = /* GraphQL */ `
  mutation MinimizeReport($id: ID!) {
    minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) {
      minimizedComment {
        isMinimized
      }
    }
  }
`

export const UNMINIMIZE_MUTATION = /* GraphQL */ `
  mutation UnminimizeReport($id: ID!) {
    unminimizeComment(input: { subjectId: $id }) {
      unminimizedComment {
        isMinimized
      }
    }
  }
`

/** What the record reads of each issue, beside IssueRecord. */
export const RECORD_ISSUE = /* GraphQL */ `
          ...IssueRecord
          body
          url
          lastEditedAt
          editor {
            __typename
            login
          }
          stateEvents: timelineItems(
            itemTypes: [CLOSED_EVENT, REOPENED_EVENT]
            last: 1
          ) {
            nodes {
              __typename
              ... on ClosedEvent {
                createdAt
              }
              ... on ReopenedEvent {
                createdAt
              }
            }
          }
          renameEvents: timelineItems(
            itemTypes: [RENAMED_TITLE_EVENT]
            last: 1
          ) {
            nodes {
              ... on RenamedTitleEvent {
                createdAt
                actor {
                  __typename
                  login
                }
              }
            }
          }
`

export const RECORD_QUERY = /* GraphQL */ `
  query IncidentRecord(
    $owner: String!
    $repo: String!
    $name: String!
    $labels: [String!]
    $cursor: String
  ) {
    viewer {
      login
    }
    repository(owner: $owner, name: $repo) {
      url
      label(name: $name) {
        name
      }
      issues(
        labels: $labels
        states: [OPEN, CLOSED]
        first: 100
        after: $cursor
        orderBy: { field: CREATED_AT, direction: DESC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ${RECORD_ISSUE}
        }
      }
    }
  }
  ${ISSUE_FACTS}
  ${LABEL_EVENT}
`

/**
 * The label events before `cursor`, 100 at a time: the incident label's
 * event may lie behind many others (the action's own incomplete label).
 */
export const OLDER_LABEL_EVENTS_QUERY = /* GraphQL */ `
  query OlderLabelEvents($id: ID!, $cursor: String!) {
    node(id: $id) {
      ... on Issue {
        timelineItems(itemTypes: [LABELED_EVENT], last: 100, before: $cursor) {
          pageInfo {
            hasPreviousPage
            startCursor
          }
          nodes {
            ...LabelEventRecord
          }
        }
      }
    }
  }
  ${LABEL_EVENT}
`
