import type { Api } from './graphql.js'

/** What the sweep's and the record's queries have in common. */
export interface LabelPage<Node> {
  readonly viewer: { readonly login: string }
  readonly repository: {
    readonly label: { readonly name: string } | null
    readonly labels?: {
      readonly nodes: ({ readonly name: string } | null)[]
    } | null
    readonly issues: {
      readonly pageInfo: {
        readonly hasNextPage: boolean
        readonly endCursor: string | null
      }
      readonly nodes: (Node | null)[]
    }
  } | null
}

/**
 * Every issue with the label, 100 a page. `issues(labels:)` matches names
 * case-sensitively (cli/cli#1819) while labels are unique whatever their case:
 * ask with the input's spelling, and again with the repository's own when the
 * first page shows that it differs (the pages that follow would be wasted).
 */
export async function issuesByLabel<Node, Page extends LabelPage<Node>>(
  { read, owner, repo }: Api,
  doing: string,
  query: string,
  label: string
): Promise<{
  /** The first page, for what the query asks beside the issues. */
  readonly first: Page | null
  readonly nodes: Node[]
  /** The label as the repository spells it; null when it has none. */
  readonly labelName: string | null
}> {
  const same = (l: { name: string } | null | undefined) =>
    l && l.name.toLowerCase() === label.toLowerCase() ? l.name : null
  let name = label
  for (;;) {
    const nodes: Node[] = []
    let first: Page | null = null
    let labelName: string | null = null
    let cursor: string | null = null
    let respell = false
    do {
      const page: Page = await read<Page>(doing, query, {
        owner,
        repo,
        name: label,
        labels: [name],
        cursor
      })
      if (!page.repository) {
        first ??= page
        break
      }
      if (cursor === null) {
        first = page
        labelName =
          same(page.repository.label) ??
          (page.repository.labels?.nodes ?? []).map(same).find(Boolean) ??
          null
        if (labelName !== null && labelName !== name) {
          respell = true
          break
        }
      }
      for (const n of page.repository.issues.nodes) if (n) nodes.push(n)
      const info = page.repository.issues.pageInfo
      cursor = info.hasNextPage ? info.endCursor : null
    } while (cursor)
    if (!respell) return { first, nodes, labelName }
    name = labelName!
  }
}
