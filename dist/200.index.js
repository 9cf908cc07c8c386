export const id = 200;
export const ids = [200,148];
export const modules = {

/***/ 7200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: clock

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/core/report.ts
/**
 * The report of a body that could not be checked within the time budget: not
 * complete, every section unknown, and one finding that says why.
 */
function tooComplex(issue, specs, budgetMs) {
    return {
        issue,
        complete: false,
        missing: [],
        sections: specs.map((spec) => ({
            name: spec.name,
            required: spec.required,
            present: false,
            empty: false,
            line: null,
            title: null,
            findings: []
        })),
        findings: [
            {
                severity: 'error',
                message: `Unexpected body too complex to check in ${Math.round(budgetMs / 1000)} s, expected plainer Markdown (long runs of *, _, [ or > are the usual cause)`,
                line: 1,
                column: 1,
                source: 'budget',
                rule: 'too-complex'
            }
        ],
        otherHeadings: []
    };
}
/** Whether the report is one of a body that could not be checked in time. */
const isTooComplex = (report) => report.findings.some((f) => f.rule === 'too-complex');

;// CONCATENATED MODULE: ./src/lint-budget.ts





/** How long linting one body may take: fixed, not an input (SPEC "Failures"). */
const LINT_BUDGET_MS = 10_000;
/** The bundled worker beside this chunk (dist/lint-worker/index.js). */
function workerFile() {
    const file = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), ['lint-worker', 'index.js'].join('/'));
    return (0,external_node_fs_.existsSync)(file) ? file : null;
}
/**
 * Lint in a worker thread, stopped after the budget: a body that takes longer
 * gets a report that says it is too complex to check in time (not complete),
 * and the run goes on. `INCIDENT_ISSUES_LINT_BUDGET_MS` lets tests shorten it.
 */
function lintWithBudget(env) {
    const budget = Number(env.INCIDENT_ISSUES_LINT_BUDGET_MS) || LINT_BUDGET_MS;
    return async (body, specs, issue) => {
        const file = workerFile();
        if (!file) {
            // Run from source (tests of the handlers): no worker, no budget.
            const { lint } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3250));
            return lint(body, specs, issue);
        }
        return new Promise((resolve, reject) => {
            const worker = new external_node_worker_threads_.Worker(file, {
                workerData: { body, specs, issue }
            });
            const timer = setTimeout(() => {
                void worker.terminate();
                resolve(tooComplex(issue, specs, budget));
            }, budget);
            worker.once('message', (report) => {
                clearTimeout(timer);
                void worker.terminate();
                resolve(report);
            });
            worker.once('error', (error) => {
                clearTimeout(timer);
                reject(error);
            });
        });
    };
}

// EXTERNAL MODULE: ./src/core/findings.ts
var core_findings = __webpack_require__(4637);
;// CONCATENATED MODULE: ./src/core/render/report-output.ts

/** GitHub keeps outputs small (1 MB at most): a hostile body's thousands of findings are cut. */
const MAX_REPORT_OUTPUT = 100_000;
/** The `report` output: the report without `missing` (an output of its own), cut to size. */
function reportOutput(full) {
    const { missing: _missing, ...report } = full;
    const text = JSON.stringify(report);
    if (text.length <= MAX_REPORT_OUTPUT)
        return text;
    const cut = (findings) => findings.slice(0, 20);
    const omitted = (0,core_findings/* allFindings */.c4)(full).length -
        [
            ...report.sections.flatMap((s) => cut(s.findings)),
            ...cut(report.findings)
        ].length;
    return JSON.stringify({
        ...report,
        sections: report.sections.map((s) => ({ ...s, findings: cut(s.findings) })),
        findings: cut(report.findings),
        findingsOmitted: omitted
    });
}

// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(2633);
;// CONCATENATED MODULE: ./src/core/render/escape.ts

const ZWSP = '\u200B';
const MAX = 80;
/**
 * Make text from an issue safe to show in a comment or summary: it can never
 * carry a credential or invisible characters (see `redact`), mention a user,
 * reference or close an issue, or inject Markdown or HTML.
 * Mentions and references are broken with a zero-width space (GitHub links them
 * after rendering, so backslashes would not help); HTML is entity-encoded; every
 * Markdown punctuation character is backslash-escaped; lines are joined.
 */
function escapeText(text, max = MAX) {
    let s = (0,credentials/* redact */.E$)(text)
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if ([...s].length > max)
        s = [...s].slice(0, max - 1).join('') + '…';
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+\-.!|~:=]/g, (c) => `\\${c}`)
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#/g, `#${ZWSP}`)
        .replace(/\b(gh)\\?-/gi, `$1${ZWSP}\\-`)
        .replace(/\b(https?|ftp|mailto|javascript|data)\\:/gi, `$1${ZWSP}\\:`)
        .replace(/\bwww\\\./gi, `www${ZWSP}\\.`);
}

;// CONCATENATED MODULE: ./src/core/render/summary.ts



const yesNo = (b) => (b ? 'pinned' : 'not pinned');
const cell = (text) => escapeText(text, 120);
/** Why a report is not complete, in words (no issue text). */
function whyIncomplete(report) {
    if (isTooComplex(report))
        return 'the body is too complex to check in time';
    const why = [];
    if (report.missing.length > 0)
        why.push(`missing or empty ${report.missing.map((m) => `\`${escapeText(m)}\``).join(', ')}`);
    if ((0,core_findings/* exposesCredential */.Vv)(report))
        why.push('a credential is exposed in the body (rotate it, remove it, delete the old revision)');
    return why.join('; ');
}
/** The job summary for one issue event, as Markdown. */
function renderIssueSummary(s, run) {
    const title = s.found ? cell(s.title) : '(not found)';
    const lines = [`### incident-issues: #${s.number} ${title}`, ''];
    if (s.untrusted) {
        lines.push(`**Not treated as an incident**: ${cell(s.untrusted)}. Nothing was written.`);
    }
    else if (!s.incident) {
        lines.push('Not an incident report (no incident label).');
    }
    else if (s.report) {
        lines.push(s.report.complete
            ? 'The report is **complete**.'
            : `The report is **incomplete**: ${whyIncomplete(s.report)}.`, '', '| Section | Present | Empty | Line | Findings |', '|---|---|---|---|---|');
        for (const sec of s.report.sections) {
            lines.push(`| ${escapeText(sec.name)}${sec.required ? '' : ' (optional)'} | ${sec.present ? 'yes' : 'no'} | ${sec.empty ? 'yes' : 'no'} | ${sec.line ?? ''} | ${sec.findings.length} |`);
        }
    }
    lines.push('', `Pin: ${yesNo(s.pinnedBefore)} → ${yesNo(s.pinned)} (${cell(s.pinReason)})`, '');
    lines.push(run.dryRun ? '**Dry run**: nothing was written. It would have:' : 'Done:');
    if (run.actions.length === 0)
        lines.push('- nothing (no change needed)');
    for (const a of run.actions)
        lines.push(`- ${cell(a)}`);
    return lines.join('\n') + '\n';
}
/** The sweep's job summary: one row an incident, then totals. */
function renderSweepSummary(rows, unpinned, pinned, dryRun, untrusted = []) {
    const lines = [
        `### incident-issues sweep${dryRun ? ' (dry run: nothing was written)' : ''}`,
        '',
        '| Issue | State | Closed | Days since close | Pinned before → after | Why |',
        '|---|---|---|---|---|---|'
    ];
    for (const r of rows) {
        lines.push(`| #${r.number} ${cell(r.title)} | ${r.state} | ${r.closedAt ? r.closedAt.slice(0, 10) : ''} | ${r.daysClosed ?? ''} | ${yesNo(r.pinnedBefore)} → ${yesNo(r.pinnedAfter)} | ${cell(r.why)} |`);
    }
    if (rows.length === 0)
        lines.push('| (no incident is open or pinned) | | | | | |');
    if (untrusted.length > 0) {
        lines.push('', `Not treated as incidents (the label was not applied by a maintainer): ${untrusted
            .map((u) => `#${u.number} (${cell(u.reason)})`)
            .join('; ')}.`);
    }
    const verb = dryRun ? 'would be ' : '';
    lines.push('', `${rows.length} incident(s) considered; ${unpinned.length} ${verb}unpinned${unpinned.length ? ` (${unpinned.map((n) => `#${n}`).join(', ')})` : ''}; ${pinned.length} ${verb}pinned${pinned.length ? ` (${pinned.map((n) => `#${n}`).join(', ')})` : ''}.`);
    return lines.join('\n') + '\n';
}
/** What the public record did that a maintainer should know. */
function renderRecordNotes(notes) {
    return [
        '### incident-issues: the public record',
        '',
        ...notes.map((n) => `- #${n.number}: ${escapeText(n.note, 300)}`),
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./src/context.ts
var src_context = __webpack_require__(788);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/client.ts



/** A throttling handler: say what happened, then retry up to twice. */
function retryTwice(what, log) {
    return (retryAfter, options, _octokit, retryCount) => {
        log(`${what} reached for ${options.method} ${options.url}; retrying in ${retryAfter} s`);
        return retryCount < 2;
    };
}
/** GitHub asks for at least a second between writes. */
const WRITE_SPACING_MS = 1000;
/** The unit of the retry back-off (1, 4, 9 of them) and of `retry-after`. */
const RETRY_BASE_MS = 1000;
/**
 * A timing seam for the tests: the variable's value in milliseconds, honoured
 * only against an API on this machine (the tests' double), never against
 * GitHub; no input sets it. Otherwise `fallback`.
 */
function seam(env, name, apiUrl, fallback) {
    const value = env[name];
    if (value === undefined || !/^\d{1,5}$/.test(value))
        return fallback;
    let host = '';
    try {
        host = new URL(apiUrl).hostname;
    }
    catch {
        return fallback;
    }
    return ['127.0.0.1', 'localhost', '[::1]'].includes(host)
        ? Number(value)
        : fallback;
}
/** The spacing between writes (seam: `INCIDENT_ISSUES_WRITE_SPACING_MS`). */
const writeSpacing = (env, apiUrl) => seam(env, 'INCIDENT_ISSUES_WRITE_SPACING_MS', apiUrl, WRITE_SPACING_MS);
/** The unit of back-off (seam: `INCIDENT_ISSUES_RETRY_BASE_MS`). */
const retryBase = (env, apiUrl) => seam(env, 'INCIDENT_ISSUES_RETRY_BASE_MS', apiUrl, RETRY_BASE_MS);
/**
 * Whether a request changes something: a REST call other than GET or HEAD,
 * or a GraphQL document that is a mutation. GraphQL reads are POSTs too, and
 * must not wait a second each.
 */
function isWrite(options) {
    const method = (options.method ?? 'GET').toUpperCase();
    if (method === 'GET' || method === 'HEAD')
        return false;
    if (typeof options.query === 'string')
        return /^\s*mutation\b/.test(options.query.replace(/^\s*(#.*\n\s*)*/, ''));
    return true;
}
/** The throttling plugin's own queues stand aside: writes are spaced here. */
const passThrough = {
    key: () => ({
        schedule: (_options, fn) => Promise.resolve(fn())
    })
};
/**
 * Octokit with retries (5xx, with back-off) and throttling (primary and
 * secondary rate limits, honouring `retry-after`), as lock-threads does.
 * Writes (mutations and REST writes) are spaced `spacing` ms apart; reads are
 * not (the plugin would space every GraphQL request, reads included).
 * `sleep` is a seam for the unit test.
 */
function getClient(token, baseUrl, log, spacing = WRITE_SPACING_MS, sleep = (ms) => new Promise((r) => setTimeout(r, ms)), backOff = RETRY_BASE_MS) {
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl,
        retry: { retries: 3, retryAfterBaseValue: backOff },
        throttle: {
            retryAfterBaseValue: backOff,
            onRateLimit: retryTwice('Rate limit', log),
            onSecondaryRateLimit: retryTwice('Secondary rate limit', log),
            // Not in the plugin's option type, but read from it (index.js: state.write ?? groups.write).
            ...{ write: passThrough, notifications: passThrough }
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    // Writes go one at a time, each `spacing` ms after the previous one was
    // answered: GitHub then sees them at least that far apart, whatever the
    // network did to the previous one.
    let previous = Promise.resolve();
    let answeredAt = 0;
    octokit.hook.wrap('request', async (request, options) => {
        if (!isWrite(options))
            return request(options);
        const turn = previous.then(async () => {
            const wait = answeredAt + spacing - Date.now();
            if (answeredAt > 0 && wait > 0)
                await sleep(wait);
            try {
                return await request(options);
            }
            finally {
                answeredAt = Date.now();
            }
        });
        previous = turn.catch(() => undefined);
        return turn;
    });
    return octokit;
}

;// CONCATENATED MODULE: ./src/github/dry-run-port.ts
/**
 * Reads pass through; writes are described to `record` and never sent. The
 * answers are the states a real write would most likely reach, so the rest of
 * the run (outputs, summary) shows what would have been done.
 */
function dryRunPort(port, record) {
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
        minimizeComment: async () => (record('minimize the report comment as resolved'),
            'minimized'),
        unminimizeComment: async () => (record('unminimize the report comment'),
            'unminimized'),
        addLabel: async (n, label) => record(`add the label '${label}' to #${n}`),
        removeLabel: async (n, label) => (record(`remove the label '${label}' from #${n}`),
            'removed')
    };
}

;// CONCATENATED MODULE: ./src/github/errors.ts
/** A failure the user can act on; its message says what to change. */
class ActionableError extends Error {
    name = 'ActionableError';
    /** The HTTP status GitHub answered with, when there was one. */
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** Messages of a GraphQL error response. */
function graphqlMessages(error) {
    const e = error;
    return (e?.errors ?? []).map((x) => `${x.type ?? ''} ${x.message ?? ''}`);
}
/**
 * Turn an API failure into one that names what to change: a missing
 * `permissions:` entry, a rejected token, an exhausted rate limit.
 */
function explain(error, doing, needs) {
    const e = error;
    const text = `${e?.message ?? ''} ${graphqlMessages(error).join(' ')}`;
    if (e?.status === 401) {
        return new ActionableError(`GitHub rejected the token while trying to ${doing} (401 Bad credentials): check the 'github-token' input.`);
    }
    if (/rate limit/i.test(text)) {
        return new ActionableError(`GitHub's rate limit stopped the action while trying to ${doing}, after retries: the next run will pick up where this one stopped.`);
    }
    const said = (e?.errors ?? [])
        .map((x) => x.message)
        .filter(Boolean)
        .join('; ') ||
        e?.message ||
        String(error);
    if (e?.status === 403 ||
        /FORBIDDEN|Resource not accessible|must have (push|admin|write)/i.test(text)) {
        // A refused write is listed at the end of the run with its likely causes.
        return new ActionableError(needs === 'issues: write'
            ? `GitHub refused (${e?.status ?? 'FORBIDDEN'}: ${oneLine(said)})`
            : `The token may not ${doing} (${e?.status ?? 'FORBIDDEN'}: ${oneLine(said)}). Add this to the workflow:\npermissions:\n  ${needs}`, e?.status ?? 403);
    }
    return new ActionableError(`Could not ${doing}: ${oneLine(said)}`, e?.status);
}
function oneLine(s) {
    return (s ?? '').replace(/\s+/g, ' ').slice(0, 300);
}

;// CONCATENATED MODULE: ./src/github/graphql.ts

/** Whether GitHub answered that the thing is not there (any more). */
const isNotFound = (error) => error.status === 404 ||
    graphqlMessages(error).some((m) => /NOT_FOUND|Could not resolve to a node/i.test(m));
/**
 * The shared helpers over one client and repository.
 * `graphqlUrl`: GITHUB_GRAPHQL_URL, `…/graphql` on github.com, `…/api/graphql` on GHES.
 */
function api(octokit, owner, repo, graphqlUrl) {
    const graphql = (query, variables) => octokit.graphql({ query, url: graphqlUrl, ...variables });
    return {
        octokit,
        owner,
        repo,
        graphql,
        async read(doing, query, variables, missingIsNull = false) {
            try {
                return await graphql(query, variables);
            }
            catch (error) {
                const partial = error.data;
                if (missingIsNull &&
                    partial &&
                    error.errors?.every((e) => e.type === 'NOT_FOUND'))
                    return partial;
                throw explain(error, doing, 'issues: read');
            }
        },
        async write(doing, call, benign) {
            try {
                return await call();
            }
            catch (error) {
                const state = benign?.(error);
                if (state !== undefined)
                    return state;
                throw explain(error, doing, 'issues: write');
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/github/queries.ts
/**
 * The GraphQL documents, with variables only (never interpolated text). Each is
 * validated against GitHub's published schema by the tests' API double.
 */
const ISSUE_FACTS = /* GraphQL */ `
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
`;
const LABEL_EVENT = /* GraphQL */ `
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
`;
const PINNED = /* GraphQL */ `
  pinnedIssues(first: 3) {
    nodes { pinnedBy { login } issue { ...IssueRecord } }
  }
`;
const COMMENT_FIELDS = /* GraphQL */ `
  pageInfo { hasNextPage endCursor }
  nodes { id databaseId body createdAt isMinimized viewerDidAuthor }
`;
const ISSUE_QUERY = /* GraphQL */ `
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
`;
const MORE_COMMENTS_QUERY = /* GraphQL */ `
  query IncidentComments($owner: String!, $repo: String!, $number: Int!, $cursor: String!) {
    repository(owner: $owner, name: $repo) {
      issue(number: $number) {
        comments(first: 100, after: $cursor) { ${COMMENT_FIELDS} }
      }
    }
  }
`;
const SWEEP_QUERY = /* GraphQL */ `
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
`;
const PIN_MUTATION = /* GraphQL */ `
  mutation PinIncident($issueId: ID!) {
    pinIssue(input: { issueId: $issueId }) {
      issue {
        isPinned
      }
    }
  }
`;
const UNPIN_MUTATION = /* GraphQL */ `
  mutation UnpinIncident($issueId: ID!) {
    unpinIssue(input: { issueId: $issueId }) {
      issue {
        isPinned
      }
    }
  }
`;
const MINIMIZE_MUTATION = /* GraphQL */ `
  mutation MinimizeReport($id: ID!) {
    minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) {
      minimizedComment {
        isMinimized
      }
    }
  }
`;
const UNMINIMIZE_MUTATION = /* GraphQL */ `
  mutation UnminimizeReport($id: ID!) {
    unminimizeComment(input: { subjectId: $id }) {
      unminimizedComment {
        isMinimized
      }
    }
  }
`;
const RECORD_QUERY = /* GraphQL */ `
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
        }
      }
    }
  }
  ${ISSUE_FACTS}
  ${LABEL_EVENT}
`;
/**
 * The label events before `cursor`, 100 at a time: the incident label's
 * event may lie behind many others (the action's own incomplete label).
 */
const OLDER_LABEL_EVENTS_QUERY = /* GraphQL */ `
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
`;

;// CONCATENATED MODULE: ./src/github/comments.ts


const gone = (e) => (isNotFound(e) ? 'gone' : undefined);
/** Create a comment: never retried blindly (the handler reads the thread first). */
const createComment = ({ write, octokit, owner, repo }, number, body) => write(`comment on issue #${number}`, async () => {
    await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body,
        request: { retries: 0 }
    });
});
const updateComment = ({ write, octokit, owner, repo }, comment, body) => write('update the report comment', async () => {
    await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: comment.databaseId,
        body
    });
    return 'updated';
}, gone);
const deleteComment = ({ write, octokit, owner, repo }, comment) => write('delete the report comment', async () => {
    await octokit.rest.issues.deleteComment({
        owner,
        repo,
        comment_id: comment.databaseId
    });
    return 'deleted';
}, gone);
const minimizeComment = ({ write, graphql }, comment) => write('minimize the report comment', async () => (await graphql(MINIMIZE_MUTATION, { id: comment.id }),
    'minimized'), gone);
const unminimizeComment = ({ write, graphql }, comment) => write('unminimize the report comment', async () => (await graphql(UNMINIMIZE_MUTATION, { id: comment.id }),
    'unminimized'), gone);

;// CONCATENATED MODULE: ./src/github/records.ts
/** Label events of a page, oldest first. */
const labelEventsOf = (raw) => raw.nodes.flatMap((e) => e?.label
    ? [
        {
            label: e.label.name,
            actor: e.actor?.login ?? null,
            bot: e.actor?.__typename === 'Bot',
            ...(e.createdAt ? { createdAt: e.createdAt } : {})
        }
    ]
    : []);
/** Where to page back from, when GitHub holds earlier events. */
const earlierCursor = (raw) => raw.pageInfo?.hasPreviousPage ? (raw.pageInfo.startCursor ?? null) : null;
/** An issue record from a raw issue (and, for a pinned one, who pinned it). */
function issueRecord(raw, pinnedBy = null) {
    const last = raw.pinEvents.nodes.at(-1);
    const labelEvents = labelEventsOf(raw.labelEvents);
    const before = earlierCursor(raw.labelEvents);
    return {
        id: raw.id,
        number: raw.number,
        title: raw.title,
        open: raw.state === 'OPEN',
        closedAt: raw.closedAt,
        stateReason: raw.stateReason ?? null,
        createdAt: raw.createdAt,
        author: raw.author
            ? { login: raw.author.login, bot: raw.author.__typename === 'Bot' }
            : null,
        labelEvents,
        labelEventsComplete: before === null && raw.labelEvents.totalCount <= labelEvents.length,
        labelEventsBefore: before,
        labels: (raw.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : [])),
        isPinned: raw.isPinned === true,
        lastPinEvent: last
            ? {
                kind: last.__typename === 'PinnedEvent' ? 'pinned' : 'unpinned',
                actor: last.actor?.login ?? null
            }
            : null,
        pinnedBy
    };
}
/** The repository's pinned issues as records. */
const pinnedRecords = (raw) => (raw?.nodes ?? []).flatMap((n) => n ? [issueRecord(n.issue, n.pinnedBy?.login ?? null)] : []);
/** Comment records of one page (GitHub may return null nodes). */
const commentRecords = (nodes) => nodes.flatMap((c) => c
    ? [
        {
            id: c.id,
            databaseId: c.databaseId,
            body: c.body,
            isMinimized: c.isMinimized,
            createdAt: c.createdAt,
            viewerDidAuthor: c.viewerDidAuthor
        }
    ]
    : []);

;// CONCATENATED MODULE: ./src/github/label-events.ts


/** The label events before `before`, 100 a read (one read per 100 events). */
const olderLabelEvents = ({ read }, issueId, before) => read('read the earlier label events of an issue', OLDER_LABEL_EVENTS_QUERY, { id: issueId, cursor: before }).then(({ node }) => {
    const page = node?.timelineItems;
    return page
        ? { events: labelEventsOf(page), before: earlierCursor(page) }
        : { events: [], before: null };
});

;// CONCATENATED MODULE: ./src/github/labels.ts

const addLabel = ({ write, octokit, owner, repo }, number, label) => write(`label issue #${number}`, async () => {
    await octokit.rest.issues.addLabels({
        owner,
        repo,
        issue_number: number,
        labels: [label]
    });
});
/** Remove a label; one that is not there is a state. */
const removeLabel = ({ write, octokit, owner, repo }, number, label) => write(`remove a label from issue #${number}`, async () => {
    await octokit.rest.issues.removeLabel({
        owner,
        repo,
        issue_number: number,
        name: label
    });
    return 'removed';
}, (e) => (isNotFound(e) ? 'absent' : undefined));

;// CONCATENATED MODULE: ./src/github/by-label.ts
/**
 * Every issue with the label, 100 a page. `issues(labels:)` matches names
 * case-sensitively (cli/cli#1819) while labels are unique whatever their case:
 * ask with the input's spelling, and again with the repository's own when the
 * first page shows that it differs (the pages that follow would be wasted).
 */
async function issuesByLabel({ read, owner, repo }, doing, query, label) {
    const same = (l) => l && l.name.toLowerCase() === label.toLowerCase() ? l.name : null;
    let name = label;
    for (;;) {
        const nodes = [];
        let first = null;
        let labelName = null;
        let cursor = null;
        let respell = false;
        do {
            const page = await read(doing, query, {
                owner,
                repo,
                name: label,
                labels: [name],
                cursor
            });
            if (!page.repository) {
                first ??= page;
                break;
            }
            if (cursor === null) {
                first = page;
                labelName =
                    same(page.repository.label) ??
                        (page.repository.labels?.nodes ?? []).map(same).find(Boolean) ??
                        null;
                if (labelName !== null && labelName !== name) {
                    respell = true;
                    break;
                }
            }
            for (const n of page.repository.issues.nodes)
                if (n)
                    nodes.push(n);
            const info = page.repository.issues.pageInfo;
            cursor = info.hasNextPage ? info.endCursor : null;
        } while (cursor);
        if (!respell)
            return { first, nodes, labelName };
        name = labelName;
    }
}

;// CONCATENATED MODULE: ./src/github/list-incidents.ts



/** The incident list: every open issue with the label, and the repository's pins. */
async function listIncidents(api, label) {
    const { first, nodes, labelName } = await issuesByLabel(api, 'list the incident issues', SWEEP_QUERY, label);
    return {
        viewer: first?.viewer.login ?? '',
        issues: nodes.map((n) => issueRecord(n)),
        pinned: pinnedRecords(first?.repository?.pinnedIssues),
        labelName
    };
}

;// CONCATENATED MODULE: ./src/github/pins.ts


/** Pin an issue; GitHub's "limit" and "already pinned" answers are states. */
const pin = ({ write, graphql }, issue) => write(`pin issue #${issue.number}`, async () => (await graphql(PIN_MUTATION, { issueId: issue.id }),
    'pinned'), (e) => {
    const text = graphqlMessages(e).join(' ');
    if (/maximum.*pinned/i.test(text))
        return 'limit';
    if (/already pinned/i.test(text))
        return 'already-pinned';
    return undefined;
});
/** Unpin an issue; "not pinned" is a state. */
const unpin = ({ write, graphql }, issue) => write(`unpin issue #${issue.number}`, async () => (await graphql(UNPIN_MUTATION, { issueId: issue.id }),
    'unpinned'), (e) => /not pinned|already unpinned/i.test(graphqlMessages(e).join(' '))
    ? 'not-pinned'
    : undefined);

;// CONCATENATED MODULE: ./src/github/read-issue.ts


/**
 * The issue snapshot: the issue, every comment of its thread (100 a page) and
 * the repository's pins, in one query for a thread of up to 100 comments. An
 * issue that does not exist, or is a pull request, reads as null.
 */
async function readIssue({ read, owner, repo }, number) {
    const data = await read(`read issue #${number}`, ISSUE_QUERY, { owner, repo, number }, true);
    const raw = data.repository?.issue ?? null;
    const snapshot = {
        viewer: data.viewer.login,
        pinned: pinnedRecords(data.repository?.pinnedIssues),
        issue: null
    };
    if (!raw)
        return snapshot;
    const comments = commentRecords(raw.comments.nodes);
    let page = raw.comments.pageInfo;
    while (page.hasNextPage && page.endCursor) {
        const more = await read(`read the comments of issue #${number}`, MORE_COMMENTS_QUERY, {
            owner,
            repo,
            number,
            cursor: page.endCursor
        });
        const next = more.repository?.issue?.comments;
        if (!next)
            break;
        comments.push(...commentRecords(next.nodes));
        page = next.pageInfo;
    }
    return {
        ...snapshot,
        issue: { ...issueRecord(raw), body: raw.body, comments }
    };
}

;// CONCATENATED MODULE: ./src/github/roles.ts
/**
 * A person's role in the repository (REST collaborator permission): what
 * GitHub said, or that it would not say. No such user, or no collaborator: none.
 */
async function roleOf({ octokit, owner, repo }, login) {
    try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
            owner,
            repo,
            username: login
        });
        return {
            kind: 'role',
            roleName: data.role_name ?? data.permission ?? '',
            permissions: { ...(data.user?.permissions ?? {}) }
        };
    }
    catch (error) {
        const status = error.status;
        if (status === 404)
            return { kind: 'none' };
        return {
            kind: 'refused',
            message: `GitHub answered ${status ?? 'with an error'} to GET /repos/${owner}/${repo}/collaborators/{username}/permission`
        };
    }
}

;// CONCATENATED MODULE: ./src/github/octokit-port.ts








/**
 * GitHubPort over REST (comments, labels, roles) and GraphQL (reads, pins,
 * minimizing), one file per concern. `graphqlUrl` is GITHUB_GRAPHQL_URL.
 */
function octokitPort(octokit, owner, repo, graphqlUrl) {
    const a = api(octokit, owner, repo, graphqlUrl);
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
        removeLabel: (number, label) => removeLabel(a, number, label)
    };
}

// EXTERNAL MODULE: ./src/core/normalise.ts
var normalise = __webpack_require__(3097);
;// CONCATENATED MODULE: ./src/core/render/comment.ts




/** First line of every report comment; found together with the author. */
const MARKER = '<!-- incident-issues:report -->';
/** GitHub's limit for a comment body. */
const MAX_COMMENT = 65_536;
/** Findings listed before the list is cut (the rest are counted). */
const MAX_LISTED = 50;
/** What each default section is for: the skeleton's guidance, in a comment. */
const HINTS = {
    TLDR: 'One or two sentences: who is affected, and must they act? At most 100 words; it comes first.',
    Summary: 'What happened, what was exposed, and what the project did about it.',
    Timeline: 'One line per event, oldest first, with a date and time in UTC: - 2022-04-15 14:05 UTC: what happened',
    References: "Links: the provider's notice, advisories (GHSA, CVE), related issues and pull requests.",
    Evidence: 'Optional: logs or screenshots, with names, e-mail addresses, IP addresses and tokens removed.'
};
const ONCE_COMPLETE = {
    minimize: 'hidden once the report is complete',
    keep: 'kept once the report is complete',
    delete: 'deleted once the report is complete'
};
const ICON = {
    error: '❌',
    warning: '⚠️',
    info: 'ℹ️'
};
/** Whether the report needs the author's attention (a missing part, an error or a warning). */
function needsAttention(report) {
    return (!report.complete || (0,core_findings/* allFindings */.c4)(report).some((f) => f.severity !== 'info'));
}
/** Our own short text (a label name from the inputs) as inline code. */
function code(text) {
    return '`' + text.replace(/[`\r\n]/g, ' ').slice(0, 50) + '`';
}
/** How the section was written, when that differs from its name: `as “Timeline (UTC)”`. */
function as(s) {
    if (!s.title || (0,normalise/* titleKey */.kz)(s.title) === (0,normalise/* titleKey */.kz)(s.name))
        return '';
    return `, as “${escapeText(s.title, 60)}”`;
}
function state(s) {
    const counts = s.findings.filter((f) => f.source !== 'section').length;
    const extra = counts > 0 ? `, ${counts} finding${counts === 1 ? '' : 's'}` : '';
    if (!s.present)
        return s.required ? '❌ missing' : '➖ not present (optional)';
    if (s.empty)
        return s.required
            ? `❌ empty (line ${s.line}${as(s)})`
            : `➖ empty (line ${s.line}${as(s)}, optional)`;
    const worst = s.findings.some((f) => f.severity !== 'info') ? '⚠️' : '✅';
    return `${worst} line ${s.line}${as(s)}${extra}`;
}
function findingLine(f) {
    const cause = f.cause
        ? ` (${f.cause.message.toLowerCase()}: line ${f.cause.line})`
        : '';
    return `- ${ICON[f.severity]} line ${f.line}: ${f.message}${cause}`;
}
/** A skeleton for the missing or empty required sections, from the specs. */
function skeleton(names, specs) {
    return names
        .map((name) => {
        const spec = specs.find((s) => s.name === name);
        const hint = HINTS[name] ?? `What readers need to know under ${name}.`;
        return `## ${spec?.name ?? name}\n<!-- ${hint} -->\n`;
    })
        .join('\n');
}
/**
 * Render the report comment. Deterministic (no time stamps), so an unchanged
 * report renders the same text and the comment is not edited.
 */
function renderComment(report, options) {
    const attention = needsAttention(report);
    const missing = report.sections.filter((s) => s.required && (!s.present || s.empty));
    const lines = [MARKER];
    const exposed = (0,core_findings/* exposesCredential */.Vv)(report);
    if (isTooComplex(report)) {
        lines.push('### ⏱️ Incident report: too complex to check', '', `${report.findings[0].message}. Until it can be checked, the report counts as not complete.`, '', `<sub>Checked by incident-issues. This comment is updated when the issue is edited and ${ONCE_COMPLETE[options.onComplete]}.</sub>`);
        return lines.join('\n') + '\n';
    }
    if (exposed) {
        const where = (0,core_findings/* credentialLines */.VN)(report);
        lines.push('### 🚨 Incident report: a credential is exposed in this issue', '', '> [!CAUTION]', `> Something that looks like a credential is in the issue body (line${where.length === 1 ? '' : 's'} ${where.slice(0, 10).join(', ')}). Anyone can read it already. In this order:`, '> 1. **Rotate it now**: revoke the credential where it was issued and make a new one.', '> 2. **Remove it** from the issue body.', "> 3. **Delete the old revision from the issue's edit history** (the *edited* menu above the body → the revision → *Delete revision from history*). GitHub keeps every revision until someone with write access deletes it.", '', 'The report counts as not complete until the credential is gone.');
    }
    else if (!attention) {
        lines.push('### ✅ Incident report: complete', '', 'Every required section is present. Thank you: readers can now tell quickly whether they were affected.');
    }
    else if (missing.length > 0) {
        lines.push(`### 🛡️ Incident report: ${missing.length} required section${missing.length === 1 ? '' : 's'} to add`, '', `This issue carries the ${code(options.label)} label, so it is a public incident report. People read it to decide whether they were affected and what to do; the sections below help them decide quickly.`);
    }
    else {
        lines.push('### ⚠️ Incident report: please check the findings below', '', 'Every required section is present, but something needs a look.');
    }
    lines.push('', '| Section | State |', '|---|---|');
    for (const s of report.sections) {
        lines.push(`| ${escapeText(s.name)}${s.required ? '' : ' *(optional)*'} | ${state(s)} |`);
    }
    // Missing and empty sections are in the table already.
    const findings = (0,core_findings/* allFindings */.c4)(report).filter((f) => f.rule !== 'missing-section' && f.rule !== 'empty-section');
    if (findings.length > 0) {
        lines.push('', '**Findings** (line numbers are in the issue body)', '');
        for (const f of findings.slice(0, MAX_LISTED))
            lines.push(findingLine(f));
        if (findings.length > MAX_LISTED) {
            lines.push(`- … and ${findings.length - MAX_LISTED} more findings not shown. To see them all, lint the body locally as the incident-issues README says under “Linting a draft locally”.`);
        }
    }
    if (missing.length > 0 && report.otherHeadings.length > 0) {
        const named = report.otherHeadings
            .slice(0, 5)
            .map((h) => `“${escapeText(h.title, 60)}” (line ${h.line})`)
            .join(', ');
        lines.push('', `Headings that name no section: ${named}. If one of them holds a missing section, rename it to the section's name.`);
    }
    if (missing.length > 0) {
        lines.push('', '**To do:** add the missing sections. A heading per section works best; a bold label on its own line (`**TLDR**`) works too.', '', '<details><summary>Skeleton to copy</summary>', '', '```markdown', skeleton(missing.map((s) => s.name), options.specs).trimEnd(), '```', '', '</details>');
    }
    if (options.pinNotice) {
        lines.push('', '> [!NOTE]', `> ${options.pinNotice}`);
    }
    lines.push('', attention
        ? `<sub>Checked by incident-issues. This comment is updated when the issue is edited and ${ONCE_COMPLETE[options.onComplete]}.</sub>`
        : '<sub>Checked by incident-issues.</sub>');
    const text = lines.join('\n') + '\n';
    return text.length <= MAX_COMMENT
        ? text
        : text.slice(0, MAX_COMMENT - 200) +
            "\n\n… (cut at GitHub's comment limit)\n";
}

;// CONCATENATED MODULE: ./src/core/comment-plan.ts

/**
 * Which comments are the action's own report comments: written by the token's
 * own user *and* with the marker on their first line. A forged marker by
 * anyone else, or our own comment without it, is never ours to edit.
 */
function ownReportComments(comments) {
    return comments.flatMap((c) => c.viewerDidAuthor &&
        c.databaseId !== null &&
        c.body.split(/\r?\n/, 1)[0].trim() === MARKER
        ? [
            {
                id: c.id,
                databaseId: c.databaseId,
                body: c.body,
                isMinimized: c.isMinimized,
                createdAt: c.createdAt
            }
        ]
        : []);
}
/** Compare bodies as GitHub stores them (it may turn LF into CRLF). */
const same = (a, b) => a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd();
/**
 * The writes that bring the comment to the wanted state, and nothing more:
 * - at most one comment: when runs raced, keep the oldest, delete the others;
 * - a report that needs nothing gets no comment; once one exists, it says
 *   "complete" and is then minimized, kept or deleted (`on-complete`);
 * - a report that needs attention gets one comment, un-minimized and updated;
 * - no write when the text would not change.
 */
function planComment(own, wanted, onComplete) {
    const sorted = [...own].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.databaseId - b.databaseId);
    const [keep, ...extra] = sorted;
    const steps = extra.map((comment) => ({
        op: 'delete',
        comment,
        why: 'a second report comment (two runs raced)'
    }));
    if (!keep) {
        if (wanted.attention)
            steps.push({ op: 'create', body: wanted.body });
        return steps;
    }
    if (wanted.attention) {
        if (keep.isMinimized)
            steps.push({ op: 'unminimize', comment: keep });
        if (!same(keep.body, wanted.body))
            steps.push({ op: 'update', comment: keep, body: wanted.body });
        return steps;
    }
    if (onComplete === 'delete') {
        steps.push({
            op: 'delete',
            comment: keep,
            why: 'the report is complete (on-complete: delete)'
        });
        return steps;
    }
    if (!same(keep.body, wanted.body))
        steps.push({ op: 'update', comment: keep, body: wanted.body });
    if (onComplete === 'minimize' && !keep.isMinimized)
        steps.push({ op: 'minimize', comment: keep });
    return steps;
}

;// CONCATENATED MODULE: ./src/core/pin-facts.ts
/** Compare logins of the same account: `github-actions[bot]` is `github-actions`. */
function sameActor(a, b) {
    if (!a || !b)
        return false;
    const norm = (s) => s.toLowerCase().replace(/\[bot\]$/, '');
    return norm(a) === norm(b);
}
const has = (labels, name) => name !== '' && labels.some((l) => l.toLowerCase() === name.toLowerCase());
/** Whether the issue carries a label, ignoring case as GitHub does. */
const hasLabel = has;
const CLOSED_AS = {
    COMPLETED: 'completed',
    NOT_PLANNED: 'not-planned',
    DUPLICATE: 'duplicate',
    REOPENED: null
};
/**
 * The pin facts of an issue record, as the token's own user (`viewer`) sees
 * them: whose pin it is ("same actor" as the viewer), how it was closed.
 * `trusted`: whether a maintainer applied the incident label (see core/trust);
 * an issue whose label nobody trusted gets no new pin, but the action's own
 * pin of it follows the policy (declared stays declared).
 */
function pinFactsOf(issue, viewer, labels, trusted = true) {
    return {
        number: issue.number,
        labeled: has(issue.labels, labels.label),
        mayPin: trusted,
        open: issue.open,
        closedAt: issue.closedAt ? new Date(issue.closedAt) : null,
        closedAs: issue.stateReason ? CLOSED_AS[issue.stateReason] : null,
        createdAt: new Date(issue.createdAt),
        keepPinned: has(issue.labels, labels.keepPinnedLabel),
        pinned: issue.isPinned,
        lastPinEvent: issue.lastPinEvent
            ? {
                ...issue.lastPinEvent,
                byAction: sameActor(issue.lastPinEvent.actor, viewer)
            }
            : null,
        pinnedByAction: issue.pinnedBy === null ? undefined : sameActor(issue.pinnedBy, viewer)
    };
}

;// CONCATENATED MODULE: ./src/core/label-plan.ts

/**
 * The `incomplete-label` changes: added while an incident's report is not
 * complete, removed once it is, and removed with the incident label. Nothing
 * when the input is empty or the label is already as wanted.
 */
function planLabels(labels, state, incompleteLabel) {
    if (incompleteLabel === '')
        return [];
    const has = hasLabel(labels, incompleteLabel);
    if (!state.incident)
        return state.happened === 'label-removed' && has
            ? [
                {
                    op: 'remove',
                    label: incompleteLabel,
                    why: 'no longer an incident'
                }
            ]
            : [];
    if (state.complete === false && !has)
        return [{ op: 'add', label: incompleteLabel, why: null }];
    if (state.complete === true && has)
        return [{ op: 'remove', label: incompleteLabel, why: null }];
    return [];
}

;// CONCATENATED MODULE: ./src/core/pin-policy.ts
/** GitHub allows at most three pinned issues per repository. */
const PIN_LIMIT = 3;
const DAY = 86_400_000;
/** Whole days from `closedAt` to `now` (never negative). */
function daysSince(closedAt, now) {
    return Math.max(0, Math.floor((now.getTime() - closedAt.getTime()) / DAY));
}
const who = (e) => (e.actor ? `@${e.actor}` : 'a maintainer');
/** Whether the action made the current pin: its own last pin event, or GitHub's pinnedBy. */
function pinnedByAction(f) {
    if (f.lastPinEvent?.kind === 'pinned')
        return f.lastPinEvent.byAction;
    return f.pinnedByAction === true;
}
/**
 * The desired pin state of one issue (SPEC "Pinning"). One pure function for
 * issue events and the sweep. The maintainers' own decisions win: a person's
 * unpin after the action's pin is final, and a person's pin is theirs.
 */
function desiredPin(f, now, options) {
    const daysClosed = !f.open && f.closedAt ? daysSince(f.closedAt, now) : null;
    const dismissed = !f.open && (f.closedAs === 'not-planned' || f.closedAs === 'duplicate');
    const expired = !f.open &&
        (dismissed ||
            f.closedAt === null ||
            (daysClosed ?? 0) >= options.unpinAfterDays);
    const decide = (want, reason) => ({
        want,
        reason,
        expired,
        daysClosed
    });
    const last = f.lastPinEvent;
    // The keep-pinned label means the action never unpins the issue.
    if (f.keepPinned && f.pinned)
        return decide('pinned', 'keep-pinned label');
    if (!f.labeled) {
        if (options.labelRemoved && f.pinned && pinnedByAction(f)) {
            return decide('unpinned', 'the incident label was removed');
        }
        return decide('leave', 'not an incident');
    }
    // A person's unpin after the action's pin is final, keep-pinned or not.
    if (last?.kind === 'unpinned' && !last.byAction && !f.pinned) {
        return decide('leave', `unpinned by ${who(last)}; not pinned again`);
    }
    if (f.keepPinned)
        return decide('pinned', 'keep-pinned label');
    if (f.pinned) {
        if (!pinnedByAction(f)) {
            return decide('leave', `pinned by ${last?.kind === 'pinned' ? who(last) : 'a maintainer'}; theirs to unpin`);
        }
        if (!expired)
            return decide('pinned', f.open ? 'open' : closedReason(daysClosed, options));
        return decide('unpinned', dismissed
            ? closedAsReason(f)
            : `closed ${days(daysClosed)} ago; unpin after ${days(options.unpinAfterDays)}`);
    }
    if (expired)
        return decide('unpinned', dismissed ? closedAsReason(f) : `closed ${days(daysClosed)} ago`);
    return decide('pinned', f.open ? 'open' : closedReason(daysClosed, options));
}
function closedAsReason(f) {
    return `closed as ${f.closedAs === 'duplicate' ? 'a duplicate' : 'not planned'}; unpinned at once`;
}
function days(n) {
    return n === 1 ? '1 day' : `${n ?? 0} days`;
}
function closedReason(daysClosed, options) {
    return `closed ${days(daysClosed)} ago; pinned until ${days(options.unpinAfterDays)}`;
}

;// CONCATENATED MODULE: ./src/core/pin-plan.ts

/**
 * Bring `targets` to their desired pin state within GitHub's three pins.
 * `pinned` is every issue pinned in the repository now (incidents or not). A
 * slot is freed only by unpinning an incident whose time is up and whose pin
 * the action made; pins held are never taken from an open incident. When slots
 * are short, the most recently opened incidents are pinned first.
 */
function planPins(targets, pinned, now, options) {
    const decisions = new Map();
    for (const t of targets) {
        const d = desiredPin(t, now, options);
        // Untrusted today: never a new pin; a pin already there is left as it is
        // until the policy says it goes (declared stays declared).
        decisions.set(t.number, t.mayPin === false && d.want === 'pinned'
            ? {
                ...d,
                want: 'leave',
                reason: t.pinned
                    ? `${d.reason}; left pinned (nobody who may apply labels declared it now)`
                    : 'not pinned: nobody who may apply labels declared it an incident'
            }
            : d);
    }
    const steps = [];
    const blocked = [];
    const unpinned = new Set();
    for (const t of targets) {
        const d = decisions.get(t.number);
        if (t.pinned && d.want === 'unpinned') {
            steps.push({ action: 'unpin', number: t.number, reason: d.reason });
            unpinned.add(t.number);
        }
    }
    const pinnedNow = new Set(pinned.map((p) => p.number));
    for (const t of targets)
        if (t.pinned)
            pinnedNow.add(t.number);
    let free = PIN_LIMIT - pinnedNow.size + unpinned.size;
    const donors = pinned
        .filter((p) => !decisions.has(p.number))
        .map((p) => ({
        pinFacts: p,
        decision: desiredPin(p, now, { unpinAfterDays: options.unpinAfterDays })
    }))
        // Only the action's own pins of incidents whose time is up are given up.
        .filter(({ decision }) => decision.want === 'unpinned')
        .sort((a, b) => (b.decision.daysClosed ?? 0) - (a.decision.daysClosed ?? 0));
    const wanting = targets
        .filter((t) => !t.pinned && decisions.get(t.number).want === 'pinned')
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.number - a.number);
    for (const t of wanting) {
        if (free <= 0) {
            const donor = donors.shift();
            if (donor) {
                steps.push({
                    action: 'unpin',
                    number: donor.pinFacts.number,
                    reason: `${donor.decision.reason}; frees a slot for #${t.number}`
                });
                unpinned.add(donor.pinFacts.number);
                free++;
            }
        }
        if (free > 0) {
            steps.push({
                action: 'pin',
                number: t.number,
                reason: decisions.get(t.number).reason
            });
            pinnedNow.add(t.number);
            free--;
        }
        else {
            const holders = [...pinnedNow]
                .filter((n) => !unpinned.has(n))
                .sort((a, b) => a - b);
            blocked.push({
                number: t.number,
                reason: `not pinned: GitHub allows ${PIN_LIMIT} pinned issues, all ${PIN_LIMIT} are held by other issues, and none of them is an incident whose time is up`,
                holders
            });
        }
    }
    steps.sort((a, b) => a.action === b.action ? 0 : a.action === 'unpin' ? -1 : 1);
    return { steps, blocked, decisions };
}

;// CONCATENATED MODULE: ./src/handlers/apply-pins.ts
/**
 * Whether GitHub holds the issue pinned now. After a failed pin or unpin the
 * answer may have been lost on its way back while the change was made.
 */
async function pinnedNow(port, number) {
    try {
        return (await port.readIssue(number)).issue?.isPinned ?? null;
    }
    catch {
        return null;
    }
}
/**
 * Carry out a pin plan. GitHub's answers are states ("limit" blocks, "already"
 * is done); each write is attempted on its own, and a failed one is checked
 * against GitHub's state before it is called refused.
 */
async function applyPins(plan, issues, port, log, attempt) {
    const byNumber = new Map(issues.map((i) => [i.number, i]));
    const pinnedAfter = new Map(issues.map((i) => [i.number, i.isPinned]));
    const unpinned = [];
    const blocked = new Map(plan.blocked.map((b) => [b.number, b.reason]));
    for (const step of plan.steps) {
        const issue = byNumber.get(step.number);
        if (!issue)
            continue;
        if (step.action === 'unpin') {
            const result = await attempt(issue.number, 'unpin the issue', () => port.unpin(issue), async () => (await pinnedNow(port, issue.number)) === false);
            if (!result.ok) {
                if (!result.landed)
                    continue;
            }
            else if (result.value === 'unpinned')
                log.did(issue.number, `unpinned (${step.reason})`);
            else
                log.info(`#${issue.number}: was not pinned (${step.reason})`);
            pinnedAfter.set(issue.number, false);
            if (!result.ok || result.value === 'unpinned')
                unpinned.push(issue.number);
        }
        else {
            const result = await attempt(issue.number, 'pin the issue', () => port.pin(issue), async () => (await pinnedNow(port, issue.number)) === true);
            if (!result.ok) {
                if (result.landed)
                    pinnedAfter.set(issue.number, true);
            }
            else if (result.value === 'limit' &&
                (await pinnedNow(port, issue.number)) === true) {
                // A retry of a pin whose answer was lost: GitHub holds it pinned and
                // answers "maximum" to the retry. The notice must say what is true.
                pinnedAfter.set(issue.number, true);
                log.did(issue.number, `pinned (${step.reason}; GitHub's answer was lost)`);
            }
            else if (result.value === 'limit') {
                const reason = 'not pinned: GitHub allows 3 pinned issues and all 3 are taken';
                blocked.set(issue.number, reason);
                log.warning(`#${issue.number}: ${reason}`);
            }
            else {
                pinnedAfter.set(issue.number, true);
                if (result.value === 'pinned')
                    log.did(issue.number, `pinned (${step.reason})`);
                else
                    log.info(`#${issue.number}: was pinned already (${step.reason})`);
            }
        }
    }
    for (const { number, reason, holders } of plan.blocked)
        log.warning(`#${number}: ${reason} (held by ${holders.map((n) => `#${n}`).join(', ')})`);
    return { pinnedAfter, unpinned, blocked };
}

;// CONCATENATED MODULE: ./src/core/trust.ts
/**
 * Who declares an incident (SPEC "Who declares an incident"): only a person
 * who can apply labels in the repository, or a bot the workflow trusts. GitHub
 * applies an issue form's `labels:` for whoever submits it, so the label alone
 * proves nothing; who applied it does.
 */
const trust_same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Find who applied `label` last. */
function labeler(issue, label) {
    for (let i = issue.labelEvents.length - 1; i >= 0; i--) {
        const e = issue.labelEvents[i];
        if (!trust_same(e.label, label))
            continue;
        if (e.actor === null)
            return { login: null, why: 'the account that applied it is gone' };
        return {
            login: e.actor,
            bot: e.bot,
            via: 'event',
            ...(e.createdAt ? { at: e.createdAt } : {})
        };
    }
    if (!issue.labelEventsComplete)
        return {
            login: null,
            why: 'too many label changes to find who applied it',
            incomplete: true
        };
    if (issue.author === null)
        return { login: null, why: 'the author’s account is gone' };
    return { ...issue.author, via: 'author' };
}
const LABELLING_ROLES = ['triage', 'write', 'maintain', 'admin'];
const LABELLING_PERMISSIONS = ['triage', 'push', 'maintain', 'admin'];
/** Whether the role may apply labels: triage or more, or a custom role built on triage. */
function canApplyLabels(role) {
    if (role.kind !== 'role')
        return false;
    return (LABELLING_ROLES.includes(role.roleName.toLowerCase()) ||
        LABELLING_PERMISSIONS.some((p) => role.permissions[p] === true));
}
/** `trusted-bots` entries match with or without `[bot]` (GraphQL drops it). */
function isTrustedBot(login, trustedBots) {
    const norm = (s) => s.toLowerCase().replace(/\[bot\]$/, '');
    return trustedBots.some((b) => norm(b) === norm(login));
}
/** Logins are [A-Za-z0-9-] on GitHub; anything else is shown as a placeholder. */
const shown = (login) => /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/.test(login)
    ? login
    : '(unreadable login)';
/**
 * The trust decision. `role` is GitHub's answer for a person (undefined for a
 * bot or when there is nobody to ask about).
 */
function trustLabel(who, role, trustedBots) {
    const untrusted = (by, reason, refused = false) => ({ trusted: false, by, reason, refused });
    if (who.login === null)
        return untrusted(null, `could not tell who applied the label (${who.why}); a maintainer must remove and apply it again`);
    const login = shown(who.login);
    if (who.bot) {
        const name = `${login.replace(/\[bot\]$/, '')}[bot]`;
        return isTrustedBot(who.login, trustedBots)
            ? {
                trusted: true,
                by: name,
                reason: `label applied by ${name}, a trusted bot`,
                ...(who.at ? { at: who.at } : {})
            }
            : untrusted(name, `label applied by ${name}, which is not in 'trusted-bots'; a maintainer must apply it`);
    }
    const how = who.via === 'author' ? 'with the issue (a form or template)' : '';
    if (role === undefined || role.kind === 'refused') {
        return untrusted(login, `could not check whether @${login} may apply labels${role ? ` (${role.message})` : ''}; not treated as an incident. The token must be able to read the repository's collaborators: GITHUB_TOKEN always can, a fine-grained token needs "Metadata: read"`, true);
    }
    if (!canApplyLabels(role))
        return untrusted(login, `label applied ${how ? `${how} ` : ''}by @${login}, who cannot apply labels here; a maintainer must apply it`);
    return {
        trusted: true,
        by: login,
        reason: `label applied by @${login} (${role.kind === 'role' ? role.roleName : ''})`,
        ...(who.at ? { at: who.at } : {})
    };
}

;// CONCATENATED MODULE: ./src/handlers/trust.ts

/**
 * Whether the incident label on `issue` was applied by someone trusted. The
 * latest event of the label is found however many label events follow it
 * (the action's own incomplete label adds some each time a report breaks):
 * the earlier events are read 100 at a time, only when the ones at hand do
 * not hold it.
 */
async function trustOf(issue, inputs, roles, history) {
    let labeling = issue;
    let before = issue.labelEventsBefore ?? null;
    let who = labeler(labeling, inputs.label);
    while (who.login === null && who.incomplete && before !== null) {
        const older = await history.olderLabelEvents(issue.id, before);
        before = older.before;
        labeling = {
            ...labeling,
            labelEvents: [...older.events, ...labeling.labelEvents],
            labelEventsComplete: before === null
        };
        who = labeler(labeling, inputs.label);
    }
    const role = who.login !== null && !who.bot ? await roles.of(who.login) : undefined;
    return trustLabel(who, role, inputs.trustedBots);
}

;// CONCATENATED MODULE: ./src/handlers/issue-event.ts







/**
 * One issue: read it, decide with the core (trust, report, pins, comment,
 * labels), then apply each write on its own. `happened` is what the event did
 * to the issue; after the sweep pinned it, only its comment is brought up to
 * date.
 */
async function handleIssue(number, happened, deps) {
    const { port, inputs, now, log, lint, attempt, roles } = deps;
    // Read.
    const snapshot = await port.readIssue(number);
    const issue = snapshot.issue;
    const outcome = {
        number,
        title: issue?.title ?? '',
        found: issue !== null,
        incident: false,
        untrusted: null,
        roleRefused: false,
        report: null,
        pinnedBefore: issue?.isPinned ?? false,
        pinned: issue?.isPinned ?? false,
        pinReason: 'not an incident: nothing done',
        pinBlocked: false
    };
    if (!issue) {
        log.info(`#${number}: not found (deleted, transferred, or a pull request); nothing to do.`);
        return { ...outcome, pinReason: 'not found' };
    }
    // Decide: who declared it.
    const labelled = hasLabel(issue.labels, inputs.label);
    const trust = labelled ? await trustOf(issue, inputs, roles, port) : null;
    const trusted = trust === null || trust.trusted;
    if (trust && !trust.trusted)
        // No comment, no label, no new pin for an issue that nobody trusted
        // declared an incident; a pin the action made earlier still follows the
        // policy (declared stays declared).
        log.warning(`#${number}: not an incident: ${trust.reason}`);
    const incident = labelled && trusted;
    const report = incident
        ? await lint(issue.body, inputs.sections, number)
        : null;
    if (report)
        log.info(`#${number}: ${report.complete ? 'complete' : `not complete${report.missing.length ? `; missing or empty: ${report.missing.join(', ')}` : ''}`}`);
    else if (!labelled)
        log.info(`#${number}: does not carry the label '${inputs.label}'.`);
    // Decide: pins.
    const labels = {
        label: inputs.label,
        keepPinnedLabel: inputs.keepPinnedLabel
    };
    const plan = inputs.pin
        ? planPins([pinFactsOf(issue, snapshot.viewer, labels, trusted)], snapshot.pinned.map((p) => pinFactsOf(p, snapshot.viewer, labels)), now, {
            unpinAfterDays: inputs.unpinAfterDays,
            labelRemoved: happened === 'label-removed'
        })
        : null;
    // Apply: pins first (the comment says whether the pin came).
    const pins = plan
        ? await applyPins(plan, [issue, ...snapshot.pinned.filter((p) => p.number !== number)], port, log, attempt)
        : null;
    const blockedReason = pins?.blocked.get(number);
    if (report && inputs.comment) {
        const attention = needsAttention(report);
        const body = renderComment(report, {
            specs: inputs.sections,
            label: inputs.label,
            onComplete: inputs.onComplete,
            pinNotice: blockedReason
                ? `This incident is ${blockedReason}. A maintainer can unpin one of them to make room.`
                : undefined
        });
        const steps = planComment(ownReportComments(issue.comments), { attention, body }, inputs.onComplete).filter((step) => happened !== 'pinned-by-sweep' || step.op === 'update');
        await applyComment(steps, attention, number, deps);
    }
    if (trust && !trust.trusted)
        return {
            ...outcome,
            untrusted: trust.reason,
            roleRefused: trust.refused,
            pinned: pins?.pinnedAfter.get(number) ?? issue.isPinned,
            pinReason: plan?.decisions.get(number)?.reason ?? outcome.pinReason
        };
    if (happened !== 'pinned-by-sweep') {
        const labelSteps = planLabels(issue.labels, { incident, complete: report?.complete ?? null, happened }, inputs.incompleteLabel);
        for (const step of labelSteps) {
            const verb = step.op === 'add' ? 'add' : 'remove';
            const done = await attempt(number, `${verb} the label '${step.label}'`, async () => {
                if (step.op === 'add')
                    await port.addLabel(number, step.label);
                else
                    await port.removeLabel(number, step.label);
            });
            if (done.ok)
                log.did(number, `${verb === 'add' ? 'added' : 'removed'} the label '${step.label}'${step.why ? ` (${step.why})` : ''}`);
        }
    }
    return {
        ...outcome,
        incident,
        report,
        pinned: pins?.pinnedAfter.get(number) ?? issue.isPinned,
        pinReason: blockedReason ?? plan?.decisions.get(number)?.reason ?? 'pinning is off',
        pinBlocked: blockedReason !== undefined
    };
}
/**
 * Our own report comments as GitHub holds them now, or null when they cannot
 * be read.
 */
async function ownCommentsNow(port, number) {
    try {
        const issue = (await port.readIssue(number)).issue;
        return issue ? ownReportComments(issue.comments) : null;
    }
    catch {
        return null;
    }
}
/**
 * Create the report comment without ever leaving two: a create whose answer
 * was lost may have landed, so the thread is read again before one more try.
 */
async function createOnce(number, body, known, { port, log, attempt }, again = false) {
    const landed = async () => {
        const now = await ownCommentsNow(port, number);
        return now !== null && now.some((c) => !known.has(c.id));
    };
    const first = await attempt(number, 'create the report comment', async () => {
        try {
            return await port.createComment(number, body);
        }
        catch (error) {
            // A refusal (4xx) did not land and would be refused again.
            const status = error.status;
            if (status !== undefined && status >= 400 && status < 500)
                throw error;
            // One more try, only when the thread shows that the first did not land.
            const now = await ownCommentsNow(port, number);
            if (now === null || now.some((c) => !known.has(c.id)))
                throw error;
            return await port.createComment(number, body);
        }
    }, landed);
    if (first.ok)
        log.did(number, again
            ? 'created the report comment again (it was gone)'
            : 'created the report comment');
}
async function applyComment(steps, attention, number, deps) {
    const { port, log, attempt } = deps;
    const known = new Set(steps.flatMap((s) => ('comment' in s ? [s.comment.id] : [])));
    for (const step of steps) {
        switch (step.op) {
            case 'create':
                await createOnce(number, step.body, known, deps);
                break;
            case 'update': {
                const done = await attempt(number, 'update the report comment', () => port.updateComment(step.comment, step.body));
                if (!done.ok)
                    break;
                if (done.value === 'gone') {
                    // Deleted between our read and this write: say it again if it matters.
                    if (attention)
                        await createOnce(number, step.body, known, deps, true);
                    else
                        log.info(`#${number}: the report comment was gone; nothing to say`);
                }
                else
                    log.did(number, 'updated the report comment');
                break;
            }
            case 'delete': {
                const done = await attempt(number, 'delete a report comment', () => port.deleteComment(step.comment));
                if (done.ok)
                    log.did(number, `deleted a report comment (${step.why})`);
                break;
            }
            case 'minimize': {
                const done = await attempt(number, 'minimize the report comment', () => port.minimizeComment(step.comment));
                if (done.ok)
                    log.did(number, 'minimized the report comment as resolved');
                break;
            }
            case 'unminimize': {
                const done = await attempt(number, 'unminimize the report comment', () => port.unminimizeComment(step.comment));
                if (done.ok)
                    log.did(number, 'unminimized the report comment');
                break;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/handlers/sweep.ts




/**
 * Bring every incident that is open or pinned to its desired pin state with
 * the same policy as issue events; only the changes are written.
 */
async function sweep({ port, inputs, now, log, attempt, roles }) {
    const list = await port.listIncidents(inputs.label);
    if (list.labelName === null)
        log.warning(`Sweep: the repository has no label '${inputs.label}': no issue is an incident. Create the label, or set the 'label' input to the one you use.`);
    else if (list.labelName !== inputs.label)
        log.info(`Sweep: the label is spelled '${list.labelName}' in the repository.`);
    const labels = {
        label: inputs.label,
        keepPinnedLabel: inputs.keepPinnedLabel
    };
    const byNumber = new Map();
    for (const issue of list.issues)
        byNumber.set(issue.number, issue);
    for (const issue of list.pinned) {
        if (hasLabel(issue.labels, inputs.label))
            byNumber.set(issue.number, issue);
    }
    const labelled = [...byNumber.values()].sort((a, b) => a.number - b.number);
    if (!inputs.pin) {
        log.info("Sweep: the 'pin' input is false; nothing to do.");
        return {
            rows: [],
            untrusted: [],
            roleRefused: false,
            unpinned: [],
            pinned: []
        };
    }
    // The same trust rule as issue events: the pin policy sees only incidents.
    // Untrusted today: no new pin, but the action's own pin still follows the
    // policy (declared stays declared); they get no row of their own.
    const untrusted = [];
    let roleRefused = false;
    const targets = [];
    const distrusted = new Set();
    for (const issue of labelled) {
        const trust = await trustOf(issue, inputs, roles, port);
        targets.push(issue);
        if (!trust.trusted) {
            distrusted.add(issue.number);
            untrusted.push({ number: issue.number, reason: trust.reason });
            roleRefused ||= trust.refused;
            log.warning(`#${issue.number}: not an incident: ${trust.reason}`);
        }
    }
    log.info(`Sweep: ${targets.length - distrusted.size} incident(s) open or pinned; ${list.pinned.length} of 3 pins in use.`);
    const plan = planPins(targets.map((t) => pinFactsOf(t, list.viewer, labels, !distrusted.has(t.number))), list.pinned.map((p) => pinFactsOf(p, list.viewer, labels)), now, { unpinAfterDays: inputs.unpinAfterDays });
    const everyone = [
        ...targets,
        ...list.pinned.filter((p) => !targets.some((t) => t.number === p.number))
    ];
    const outcome = await applyPins(plan, everyone, port, log, attempt);
    const rows = targets
        .filter((t) => !distrusted.has(t.number))
        .map((t) => {
        const decision = plan.decisions.get(t.number);
        return {
            number: t.number,
            title: t.title,
            state: t.open ? 'open' : 'closed',
            closedAt: t.closedAt,
            daysClosed: decision.daysClosed,
            pinnedBefore: t.isPinned,
            pinnedAfter: outcome.pinnedAfter.get(t.number) ?? t.isPinned,
            why: outcome.blocked.get(t.number) ?? decision.reason
        };
    });
    for (const row of rows) {
        // Issue text (the title) is never logged: a title such as `::error::…` would be a workflow command.
        await log.group(`#${row.number} (${row.state})`, async () => {
            log.info(`#${row.number}: ${row.pinnedBefore ? 'pinned' : 'not pinned'} → ${row.pinnedAfter ? 'pinned' : 'not pinned'}: ${row.why}`);
        });
    }
    const unpinnedDonors = outcome.unpinned.filter((n) => !targets.some((t) => t.number === n));
    if (unpinnedDonors.length > 0)
        log.info(`Sweep: unpinned ${unpinnedDonors.map((n) => `#${n}`).join(', ')} to free slots`);
    return {
        rows,
        untrusted,
        roleRefused,
        unpinned: outcome.unpinned,
        pinned: plan.steps
            .filter((s) => s.action === 'pin' && outcome.pinnedAfter.get(s.number))
            .map((s) => s.number)
    };
}

;// CONCATENATED MODULE: ./src/handlers/attempt.ts
/** GitHub's answers that may mean the issue itself is gone. */
const notThere = (error) => {
    const e = error;
    return (e?.status === 404 ||
        e?.status === 410 ||
        /not found|could not resolve|was deleted|\bgone\b/i.test(e?.message ?? ''));
};
/**
 * An `Attempt` that records refusals in `refused` and warns once for each.
 * `exists` tells whether an issue is still there: a write to an issue that
 * went away between the read and the write (deleted, transferred, converted
 * to a discussion) is not a refusal. One line says so, and no further write
 * is tried on that issue.
 */
function attempter(log, refused, exists = async () => true) {
    const gone = new Set();
    return async (number, what, write, landed) => {
        if (gone.has(number))
            return { ok: false, landed: false, gone: true };
        try {
            return { ok: true, value: await write() };
        }
        catch (error) {
            if (landed && (await landed().catch(() => false))) {
                log.info(`#${number}: ${what}: done (GitHub's answer was lost)`);
                return { ok: false, landed: true };
            }
            if (notThere(error) && !(await exists(number).catch(() => true))) {
                gone.add(number);
                log.info(`#${number}: the issue is gone (deleted, transferred or converted to a discussion) since it was read; nothing more to do for it.`);
                return { ok: false, landed: false, gone: true };
            }
            const message = (error instanceof Error ? error.message : String(error))
                .replace(/\s+/g, ' ')
                .slice(0, 400);
            refused.push({ number, what, message });
            log.warning(`#${number}: could not ${what}: ${message}`);
            return { ok: false, landed: false };
        }
    };
}

;// CONCATENATED MODULE: ./src/handlers/roles.ts
function rolesFrom(port) {
    const cache = new Map();
    return {
        of(login) {
            const key = login.toLowerCase();
            let answer = cache.get(key);
            if (!answer) {
                answer = port.roleOf(login);
                cache.set(key, answer);
            }
            return answer;
        },
        get asked() {
            return cache.size;
        }
    };
}

;// CONCATENATED MODULE: ./src/core/render/refused.ts
/**
 * Why the run failed when GitHub refused writes: each refused write, the
 * likely causes in order, and the switch that avoids each kind of write.
 */
function renderRefused(refused) {
    const kinds = new Set(refused.map((r) => r.what));
    const switches = [];
    if ([...kinds].some((k) => /\bpin\b|\bunpin\b/.test(k)))
        switches.push('`pin: false` stops pinning');
    if ([...kinds].some((k) => /comment/.test(k)))
        switches.push('`comment: false` stops the report comment');
    if ([...kinds].some((k) => /label/.test(k)))
        switches.push('an empty `incomplete-label` stops labelling');
    return [
        `GitHub refused ${refused.length} write${refused.length === 1 ? '' : 's'}; everything else was done:`,
        ...refused.map((r) => `- #${r.number}: ${r.what}: ${r.message}`),
        'Likely causes, most likely first:',
        "1. The workflow's `permissions:` lacks `issues: write` (a job-level `permissions:` replaces the workflow's).",
        '2. An organisation or repository policy makes GITHUB_TOKEN read-only (Settings → Actions → General → Workflow permissions).',
        '3. The run comes from a fork, whose token is read-only.',
        ...(switches.length
            ? [`To run without these writes: ${switches.join('; ')}.`]
            : [])
    ].join('\n');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/issue-form.ts
var issue_form = __webpack_require__(3399);
;// CONCATENATED MODULE: ./src/core/readiness.ts





/** The readiness items, in the order of the checklist (ids are part of the contract). */
const ITEM_IDS = (/* unused pure expression or super */ null && ([
    'label',
    'keep-pinned-label',
    'pin-slots',
    'token',
    'issue-form',
    'security-policy',
    'schedule',
    'drill'
]));
const item = (id, state, message) => ({
    id,
    state,
    message
});
/** The label items: exact name, a case mismatch, created by this run. */
function labelItem(id, wanted, repoLabels, created) {
    const missing = id === 'label' ? 'error' : 'warning';
    if (wanted === '')
        return item(id, 'ok', 'not used (the input is empty)');
    if (created.includes(wanted))
        return item(id, 'ok', `\`${wanted}\` was created by this run`);
    if (repoLabels === null)
        return item(id, 'warning', `could not list the repository's labels, so \`${wanted}\` was not checked`);
    if (repoLabels.includes(wanted))
        return item(id, 'ok', `\`${wanted}\` exists`);
    const other = repoLabels.find((l) => l.toLowerCase() === wanted.toLowerCase());
    if (other)
        return item(id, 'warning', `the repository spells it \`${other}\`, the workflow \`${wanted}\`: use one spelling in both (labels are matched without case, but the workflow's \`if:\` and your docs read better the same)`);
    return item(id, missing, `the label \`${wanted}\` does not exist: create it (Issues → Labels → New label), or run this check with \`create-label: true\``);
}
/** Who holds the three pin slots, and whether an incident labelled today would get one. */
function pinSlotsItem(pinned, viewer, labels, now, unpinAfterDays) {
    if (pinned === null)
        return item('pin-slots', 'warning', 'could not read the pinned issues');
    const holders = pinned.map((p) => {
        const facts = pinFactsOf(p, viewer, labels);
        const by = facts.lastPinEvent?.byAction || facts.pinnedByAction
            ? 'the action'
            : 'a person';
        return `#${p.number} (${facts.labeled ? 'an incident' : 'not an incident'}, pinned by ${by})`;
    });
    const plan = hypotheticalPlan(pinned, viewer, labels, now, unpinAfterDays);
    if (pinned.length < PIN_LIMIT)
        return item('pin-slots', 'ok', `${pinned.length} of ${PIN_LIMIT} slots held${holders.length ? `: ${holders.join(', ')}` : ''}`);
    if (plan.blocked.length === 0)
        return item('pin-slots', 'ok', `all ${PIN_LIMIT} slots held (${holders.join(', ')}), but an incident whose time is up would give up its slot`);
    return item('pin-slots', 'warning', `an incident today could not be pinned: all ${PIN_LIMIT} slots are held by ${holders.join(', ')}. Unpin one that no longer needs the top of the issue list`);
}
/** The pin plan for an incident labelled now (number 0: no such issue yet). */
function hypotheticalPlan(pinned, viewer, labels, now, unpinAfterDays) {
    const drill = {
        number: 0,
        labeled: true,
        open: true,
        closedAt: null,
        createdAt: now,
        keepPinned: false,
        pinned: false,
        lastPinEvent: null
    };
    return planPins([drill], pinned.map((p) => pinFactsOf(p, viewer, labels)), now, { unpinAfterDays });
}
/** What the workflow file grants the token on issues. */
function workflowGrants(text) {
    const data = safeYaml(text);
    const levels = [];
    const collect = (permissions) => {
        if (permissions === undefined)
            return;
        if (typeof permissions === 'string')
            levels.push(permissions);
        else if (permissions && typeof permissions === 'object')
            levels.push(permissions.issues ?? 'none');
    };
    collect(data?.permissions);
    for (const job of Object.values((data?.jobs ?? {})))
        collect(job?.permissions);
    if (levels.length === 0)
        return 'default';
    return levels.some((l) => l === 'write' || l === 'write-all')
        ? 'write'
        : 'not-write';
}
/** The token item: it could read issues; what it may write, as far as can be told without writing. */
function tokenItem(canRead, workflow) {
    if (!canRead)
        return item('token', 'error', "the token cannot read the repository's issues: check `github-token` and the workflow's `permissions:` (`issues: write`)");
    const confirm = 'GitHub cannot be asked without writing; a run with `dry-run: false` on a test issue confirms it';
    if (!workflow)
        return item('token', 'warning', `it reads issues; whether it may pin and comment could not be told (the workflow file was not found). ${confirm}`);
    switch (workflowGrants(workflow.text)) {
        case 'write':
            return item('token', 'ok', `it reads issues, and \`${workflow.path}\` grants \`issues: write\` (an organisation policy that makes GITHUB_TOKEN read-only would still refuse; ${confirm})`);
        case 'not-write':
            return item('token', 'error', `\`${workflow.path}\` sets \`permissions:\` without \`issues: write\`: the action could not pin or comment. Add \`issues: write\``);
        case 'default':
            return item('token', 'warning', `\`${workflow.path}\` has no \`permissions:\`, so the token has the repository's default (often read-only). Add \`permissions: issues: write\``);
    }
}
/** The incident form or template: one whose fields name the sections or whose name says incident. */
function findIncidentTemplate(templates, specs) {
    const score = (t) => (t.kind === 'form'
        ? specs.filter((s) => (0,issue_form/* fieldFor */.I2)(s, t.fields)).length
        : specs.filter((s) => new RegExp(`^#+\\s*${s.name}`, 'mi').test(t.body))
            .length) + (/incident/i.test(t.name) ? 2 : 0);
    return [...templates]
        .sort((a, b) => score(b) - score(a))
        .find((t) => score(t) > 1);
}
/** The issue-form item. `lintedFilled` is the report of the form filled in with sample answers. */
function issueFormItem(template, label, specs, lintedFilled, unreadable) {
    if (!template)
        return item('issue-form', 'warning', unreadable
            ? `could not be checked: ${unreadable}`
            : 'no incident issue form or template in `.github/ISSUE_TEMPLATE/`: copy `examples/ISSUE_TEMPLATE/security-incident.yml` there, so that a report passes the first time');
    if (template.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
        return item('issue-form', 'error', `\`${template.path}\` applies \`${label}\` for whoever submits it: remove it from \`labels:\`; a maintainer adds it once publishing is safe (a label that came with the issue is not trusted anyway)`);
    if (template.kind === 'form') {
        const without = specs.filter((s) => s.required && !(0,issue_form/* fieldFor */.I2)(s, template.fields));
        if (without.length > 0)
            return item('issue-form', 'error', `\`${template.path}\` has no field for ${without.map((s) => `\`${s.name}\``).join(', ')}: add a \`textarea\` labelled ${without.map((s) => `\`${s.name}\``).join(', ')}`);
    }
    if (lintedFilled && !lintedFilled.complete)
        return item('issue-form', 'error', `\`${template.path}\`, filled in, is not complete: missing or empty ${lintedFilled.missing.join(', ')}`);
    return item('issue-form', 'ok', `\`${template.path}\`${template.kind === 'form' ? ' has a field for every required section and, filled in, passes the check' : ' has a heading for every required section'}`);
}
/** Render the form filled in with the drill's answers, or the Markdown template as is. */
function filledIn(template, specs) {
    return template.kind === 'form'
        ? (0,issue_form/* renderForm */.rk)(template.fields, (0,issue_form/* sampleAnswers */.I4)(template.fields, specs))
        : template.body;
}
const SECURITY_POLICY_SNIPPET = 'examples/SECURITY.md';
/** The security policy mentions the label or an incident process. */
function securityPolicyItem(policy, label, unreadable) {
    if (!policy)
        return item('security-policy', 'warning', unreadable
            ? `could not be checked: ${unreadable}`
            : `no SECURITY.md (root, \`.github/\` or \`docs/\`): add one with the incident section of \`${SECURITY_POLICY_SNIPPET}\``);
    if (policy.text.toLowerCase().includes(label.toLowerCase()) ||
        /incident/i.test(policy.text))
        return item('security-policy', 'ok', `\`${policy.path}\` describes the incident process`);
    return item('security-policy', 'warning', `\`${policy.path}\` says nothing of incidents: paste the "Incident response" section of \`${SECURITY_POLICY_SNIPPET}\``);
}
/** Whether the workflow has a `schedule:` trigger. */
function hasSchedule(text) {
    const on = safeYaml(text)?.on;
    return (!!on &&
        typeof on === 'object' &&
        Array.isArray(on.schedule));
}
/** The schedule item: the workflow file says when; GitHub says whether it still runs. */
function scheduleItem(workflow, state, stateUnknownWhy) {
    if (!workflow)
        return item('schedule', 'warning', stateUnknownWhy
            ? `the workflow that runs the action could not be read, so its schedule was not checked: ${stateUnknownWhy}`
            : 'the workflow that runs the action was not found, so its schedule was not checked');
    if (!hasSchedule(workflow.text))
        return item('schedule', 'warning', `\`${workflow.path}\` has no \`schedule:\`: nothing will unpin closed incidents. Add \`schedule: [{ cron: "17 3 * * *" }]\``);
    if (state === 'disabled_inactivity')
        return item('schedule', 'error', `GitHub disabled \`${workflow.path}\` after 60 days without activity in the repository: enable it again (Actions → the workflow → Enable workflow)`);
    if (state !== null && state !== 'active')
        return item('schedule', 'error', `\`${workflow.path}\` is ${state.replace(/_/g, ' ')}: enable it (Actions → the workflow → Enable workflow)`);
    if (state === null)
        return item('schedule', 'warning', `\`${workflow.path}\` has a schedule; whether GitHub still runs it could not be checked${stateUnknownWhy ? ` (${stateUnknownWhy})` : ''}`);
    return item('schedule', 'ok', `\`${workflow.path}\` runs nightly, and GitHub has it active`);
}
/** The fire drill: what the action would do if an incident were labelled now. */
function drillItem(skeleton, pinned, viewer, labels, now, unpinAfterDays, pin) {
    const steps = [];
    if (skeleton)
        steps.push(skeleton.complete
            ? 'the form, filled in, passes: no comment'
            : `the form as filed would get a comment asking for ${skeleton.missing.join(', ') || 'fixes'}`);
    if (!pin) {
        steps.push('pinning is off (`pin: false`)');
        return item('drill', 'ok', `if an incident were labelled now: ${steps.join('; ')}`);
    }
    if (pinned === null) {
        steps.push('the pins could not be read');
        return item('drill', 'warning', `if an incident were labelled now: ${steps.join('; ')}`);
    }
    const plan = hypotheticalPlan(pinned, viewer, labels, now, unpinAfterDays);
    const freed = plan.steps
        .filter((s) => s.action === 'unpin')
        .map((s) => `#${s.number}`);
    if (plan.blocked.length > 0) {
        steps.push(`it would stay unpinned: ${plan.blocked[0].reason}`);
        return item('drill', 'error', `if an incident were labelled now: ${steps.join('; ')}`);
    }
    steps.push(freed.length
        ? `it would be pinned after unpinning ${freed.join(', ')}`
        : 'it would be pinned');
    return item('drill', 'ok', `if an incident were labelled now: ${steps.join('; ')}`);
}
const readiness_ICON = { ok: '✅', warning: '⚠️', error: '❌' };
/** The checklist for the job summary and the CLI. */
function renderChecklist(items, markdown = true) {
    const ready = !items.some((i) => i.state === 'error');
    const head = markdown
        ? `### incident-issues readiness: ${ready ? 'ready' : 'not ready'}\n\n`
        : '';
    return (head +
        items
            .map((i) => markdown
            ? `- ${readiness_ICON[i.state]} **${i.id}**: ${i.message}`
            : `${readiness_ICON[i.state]} ${i.id}: ${i.message}`)
            .join('\n') +
        '\n');
}
function safeYaml(text) {
    try {
        const data = (0,dist/* parse */.qg)(text);
        return data && typeof data === 'object'
            ? data
            : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/github/setup.ts
const setup_status = (e) => e.status;
/** The readiness check's reads over REST, and the label it may create. */
function setupPort({ octokit, owner, repo, write }) {
    return {
        async listLabels() {
            const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 });
            return labels.map((l) => l.name);
        },
        createLabel: (name, color, description) => write(`create the label '${name}'`, async () => {
            await octokit.rest.issues.createLabel({
                owner,
                repo,
                name,
                color,
                description
            });
        }),
        async readContent(path) {
            try {
                const { data } = await octokit.rest.repos.getContent({
                    owner,
                    repo,
                    path
                });
                if (Array.isArray(data))
                    return { type: 'dir', entries: data.map((e) => e.name) };
                if (data.type === 'file' && 'content' in data)
                    return {
                        type: 'file',
                        text: Buffer.from(data.content, 'base64').toString('utf8')
                    };
                return null;
            }
            catch (error) {
                if (setup_status(error) === 404)
                    return null;
                throw error;
            }
        },
        async workflowState(file) {
            try {
                const { data } = await octokit.rest.actions.getWorkflow({
                    owner,
                    repo,
                    workflow_id: file
                });
                return data.state;
            }
            catch (error) {
                if (setup_status(error) === 404)
                    return null;
                throw error;
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/core/file-items.ts

/** The items of the checked-out files alone (the CLI's `check-setup`). */
async function fileItems(facts, inputs, lint, state) {
    const template = findIncidentTemplate(facts.templates, inputs.sections);
    const skeleton = template
        ? await lint(filledIn(template, inputs.sections), inputs.sections)
        : null;
    return {
        skeleton,
        items: [
            issueFormItem(template, inputs.label, inputs.sections, skeleton, facts.unreadable),
            securityPolicyItem(facts.securityPolicy, inputs.label, facts.unreadable),
            scheduleItem(facts.workflow, state.state, state.why ?? facts.unreadable)
        ]
    };
}

// EXTERNAL MODULE: ./src/files.ts
var src_files = __webpack_require__(9148);
;// CONCATENATED MODULE: ./src/handlers/check-setup.ts



const LABEL_COLOURS = {
    incident: 'b60205',
    keep: 'fbca04'
};
/**
 * The readiness check and fire drill: reads everything, writes nothing but
 * the missing labels when `create-label: true`.
 */
async function checkSetup(deps) {
    const { port, setup, files, inputs, now, log, lint } = deps;
    let repoLabels = null;
    try {
        repoLabels = await setup.listLabels();
    }
    catch (error) {
        log.warning(`Could not list the labels: ${error.message}`);
    }
    const created = [];
    if (inputs.createLabel && repoLabels !== null) {
        const wanted = [
            [
                inputs.label,
                LABEL_COLOURS.incident,
                'A public security incident report, applied by a maintainer (see SECURITY.md)'
            ],
            [
                inputs.keepPinnedLabel,
                LABEL_COLOURS.keep,
                'incident-issues never unpins an issue with this label'
            ]
        ];
        for (const [name, color, description] of wanted) {
            if (name === '' ||
                repoLabels.some((l) => l.toLowerCase() === name.toLowerCase()))
                continue;
            if (inputs.dryRun) {
                log.info(`[dry-run] would create the label '${name}'`);
                continue;
            }
            try {
                await setup.createLabel(name, color, description);
                created.push(name);
                log.did(0, `created the label '${name}'`);
            }
            catch (error) {
                log.warning(`Could not create the label '${name}': ${error.message}`);
            }
        }
    }
    let pinned = null;
    let viewer = '';
    let canRead = true;
    try {
        const list = await port.listIncidents(inputs.label);
        pinned = [...list.pinned];
        viewer = list.viewer;
    }
    catch (error) {
        canRead = false;
        log.warning(`Could not read the issues: ${error.message}`);
    }
    log.info(`Reading the repository's files from ${files.where}.`);
    const facts = await (0,src_files/* readFiles */.Ul)(files, deps.workflowPath);
    let state = null;
    let why = null;
    if (facts.workflow) {
        try {
            state = await setup.workflowState(facts.workflow.path.split('/').pop());
        }
        catch (error) {
            why =
                error.status === 403
                    ? "the token may not read the workflow's state: add `actions: read` to `permissions:`"
                    : error.message;
        }
    }
    const labels = {
        label: inputs.label,
        keepPinnedLabel: inputs.keepPinnedLabel
    };
    const { items, skeleton } = await fileItems(facts, inputs, (body, specs) => lint(body, specs, 0), { state, why });
    return [
        labelItem('label', inputs.label, repoLabels, created),
        labelItem('keep-pinned-label', inputs.keepPinnedLabel, repoLabels, created),
        pinSlotsItem(pinned, viewer, labels, now, inputs.unpinAfterDays),
        tokenItem(canRead, facts.workflow),
        ...items,
        drillItem(skeleton, pinned, viewer, labels, now, inputs.unpinAfterDays, inputs.pin)
    ];
}

;// CONCATENATED MODULE: ./src/github/list-record.ts



/** Every issue with the label, open or closed, with its body: the record's read. */
async function listRecord(api, label) {
    const { first, nodes } = await issuesByLabel(api, 'list the incidents for the record', RECORD_QUERY, label);
    return {
        viewer: first?.viewer.login ?? '',
        repositoryUrl: first?.repository?.url ?? '',
        issues: nodes.map((n) => ({
            ...issueRecord(n),
            body: n.body,
            url: n.url,
            lastEditedAt: n.lastEditedAt,
            editor: n.editor
                ? { login: n.editor.login, bot: n.editor.__typename === 'Bot' }
                : null,
            lastStateChangeAt: n.stateEvents.nodes.at(-1)?.createdAt ?? null,
            rename: renameOf(n.renameEvents.nodes.at(-1))
        }))
    };
}
function renameOf(e) {
    if (!e?.createdAt)
        return null;
    return {
        at: e.createdAt,
        actor: e.actor?.login ?? null,
        bot: e.actor?.__typename === 'Bot'
    };
}

// EXTERNAL MODULE: ./src/core/lines.ts
var lines = __webpack_require__(9532);
// EXTERNAL MODULE: ./src/core/lint.ts + 8 modules
var lint = __webpack_require__(3250);
// EXTERNAL MODULE: ./src/core/scan-credentials.ts
var scan_credentials = __webpack_require__(709);
;// CONCATENATED MODULE: ./src/core/record/tldr.ts

/** Text as HTML: the five characters that could open markup or an attribute. */
const escapeHtml = (s) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
/** Only web links are links; anything else (`javascript:`, `data:`) is text. */
function safeHref(url) {
    try {
        const u = new URL(url);
        return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    }
    catch {
        return null;
    }
}
/** At most this much TLDR text is published (the page stays readable). */
const MAX_TLDR = 1_000;
/**
 * The TLDR as safe HTML: paragraphs, lists, emphasis, code and web links;
 * raw HTML, images and everything else become their text. Mentions and
 * references are plain text (nothing links them here). Iterative, and cut at
 * MAX_TLDR characters of text.
 */
function tldrHtml(nodes) {
    let budget = MAX_TLDR;
    const textParts = [];
    const text = (value) => {
        // Invisible and XML-forbidden characters out, credential shapes redacted
        // (the report of a body with a credential finding is withheld before
        // this); cut on a whole character.
        const clean = (0,credentials/* publishable */.g$)(value);
        const kept = (0,credentials/* cut */.Jj)(clean, Math.max(0, budget));
        budget -= kept.length;
        textParts.push(kept);
        return escapeHtml(kept) + (kept.length < clean.length ? '…' : '');
    };
    const out = [];
    const stack = [...nodes]
        .reverse()
        .map((node) => ({ node: node }));
    const open = (tag, node, attrs = '') => {
        out.push(`<${tag}${attrs}>`);
        stack.push({ close: `</${tag}>` });
        for (let i = node.children.length - 1; i >= 0; i--)
            stack.push({ node: node.children[i] });
    };
    while (stack.length > 0 && budget > 0) {
        const step = stack.pop();
        if ('close' in step) {
            out.push(step.close);
            continue;
        }
        const node = step.node;
        switch (node.type) {
            case 'paragraph':
                open('p', node);
                break;
            case 'list':
                open(node.ordered ? 'ol' : 'ul', node);
                break;
            case 'listItem':
                open('li', node);
                break;
            case 'emphasis':
                open('em', node);
                break;
            case 'strong':
                open('strong', node);
                break;
            case 'delete':
                open('del', node);
                break;
            case 'inlineCode':
                out.push(`<code>${text(node.value)}</code>`);
                break;
            case 'code':
                out.push(`<pre><code>${text(node.value)}</code></pre>`);
                break;
            case 'break':
                out.push('<br>');
                break;
            case 'text':
                out.push(text(node.value));
                break;
            case 'link': {
                const href = safeHref(node.url);
                if (href)
                    open('a', node, ` href="${escapeHtml(href)}" rel="nofollow noopener"`);
                else
                    for (let i = node.children.length - 1; i >= 0; i--)
                        stack.push({ node: node.children[i] });
                break;
            }
            case 'image':
                if (node.alt)
                    out.push(text(`[image: ${node.alt}]`));
                break;
            case 'html':
                // Raw HTML is shown as nothing but its text (comments, scripts and styles drop out).
                out.push(text(node.value
                    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
                    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
                    .replace(/<[^>]*>/g, ' ')));
                break;
            default:
                if ('children' in node)
                    for (let i = node.children.length - 1; i >= 0; i--)
                        stack.push({ node: node.children[i] });
                else if ('value' in node && typeof node.value === 'string')
                    out.push(text(node.value));
        }
    }
    // Close what the budget left open, innermost first.
    while (stack.length > 0) {
        const step = stack.pop();
        if ('close' in step)
            out.push(step.close);
    }
    return {
        html: out.join('').replace(/<p><\/p>/g, ''),
        text: textParts.join(' ').replace(/\s+/g, ' ').trim()
    };
}

;// CONCATENATED MODULE: ./src/core/record/analyse.ts




const SEPARATOR = '\n\n\n';
/**
 * Analyse many bodies: one credential scan over all of them (secretlint's
 * fixed cost once, not a thousand times), then each body's sections.
 */
async function analyseBodies(bodies, specs) {
    const normal = bodies.map((b) => b.replace(/\r\n?/g, '\n').slice(0, 65_536));
    const joined = normal.join(SEPARATOR);
    const all = await (0,scan_credentials/* scanCredentials */.S)(joined, new lines/* LineIndex */.r(joined));
    // Which body each joined line belongs to.
    const firstLines = [];
    let line = 1;
    for (const body of normal) {
        firstLines.push(line);
        line += body.split('\n').length + SEPARATOR.length - 1;
    }
    const perBody = normal.map(() => []);
    for (const f of all) {
        let k = firstLines.length - 1;
        while (k > 0 && firstLines[k] > f.line)
            k--;
        const shift = firstLines[k] - 1;
        perBody[k].push({
            ...f,
            line: f.line - shift,
            ...(f.end
                ? { end: { line: f.end.line - shift, column: f.end.column } }
                : {})
        });
    }
    const tldrSpec = specs.find((s) => s.check === 'brief') ?? specs[0];
    const out = [];
    for (const [k, body] of normal.entries()) {
        const { report, found } = await (0,lint/* lintSections */.mo)(body, specs, null, perBody[k]);
        const withheld = perBody[k].length > 0;
        const section = found.find((s) => s.spec === tldrSpec);
        out.push({
            complete: report.complete,
            withheld,
            tldr: withheld || !section || section.empty ? null : tldrHtml(section.nodes)
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/record/model.ts
const latest = (...dates) => dates
    .filter((d) => d !== null)
    .sort()
    .at(-1);
/** Order and count: open first, then newest first; not planned and duplicates left out. */
function buildRecord(repository, repositoryUrl, generated, inputs) {
    const dismissed = (i) => !i.issue.open &&
        (i.issue.stateReason === 'NOT_PLANNED' ||
            i.issue.stateReason === 'DUPLICATE');
    const listed = inputs.filter((i) => !dismissed(i));
    const incidents = listed
        .map(({ issue, complete, withheld, tldr, title, awaiting = false, declaredAt = null }) => ({
        number: issue.number,
        title: title ?? issue.title,
        url: issue.url,
        state: issue.open ? 'open' : 'closed',
        stateReason: issue.stateReason,
        createdAt: issue.createdAt,
        closedAt: issue.open ? null : issue.closedAt,
        // The latest change, whichever it was: a reopen moves it forward too.
        updatedAt: latest(issue.createdAt, issue.lastEditedAt, issue.open ? null : issue.closedAt, issue.lastStateChangeAt ?? null, declaredAt),
        pinned: issue.isPinned,
        complete,
        tldr: withheld || awaiting ? null : tldr,
        withheld,
        awaiting: awaiting && !withheld
    }))
        .sort((a, b) => (a.state === 'open' ? 0 : 1) - (b.state === 'open' ? 0 : 1) ||
        b.createdAt.localeCompare(a.createdAt) ||
        b.number - a.number);
    return {
        repository,
        repositoryUrl,
        generated,
        incidents,
        leftOut: inputs.length - listed.length
    };
}

;// CONCATENATED MODULE: ./src/core/record/voice.ts

/**
 * An edit speaks for the project when a maintainer made it, or when it came
 * before a maintainer declared the incident (they read it then). No edit:
 * the text is what was there when it was declared.
 */
const endorsed = (edit, declaredAt) => edit === null ||
    edit.byMaintainer ||
    (declaredAt !== null && Date.parse(edit.at) <= Date.parse(declaredAt));
function voiceOf(facts) {
    const fallback = facts.previous ? 'previous' : null;
    return {
        title: endorsed(facts.rename, facts.declaredAt)
            ? 'issue'
            : (fallback ?? 'placeholder'),
        tldr: endorsed(facts.bodyEdit, facts.declaredAt)
            ? 'issue'
            : (fallback ?? 'awaiting')
    };
}
/** The line a withheld TLDR shows until a maintainer edits or approves it. */
const AWAITING = 'Edited since by someone without a role in the project; the summary awaits a maintainer.';
/**
 * The previous record's incidents by number, from its incidents.json (which
 * may have been restored from a cache or the published site: read it as
 * untrusted text, bounded, and made publishable again).
 */
function rememberedIncidents(json) {
    const byNumber = new Map();
    let data;
    try {
        data = json === null ? null : JSON.parse(json.slice(0, 20_000_000));
    }
    catch {
        data = null;
    }
    const incidents = data?.incidents;
    if (Array.isArray(incidents))
        for (const i of incidents.slice(0, 100_000)) {
            const e = i;
            if (typeof e?.number !== 'number' ||
                !Number.isSafeInteger(e.number) ||
                e.number < 1 ||
                typeof e.title !== 'string')
                continue;
            byNumber.set(e.number, {
                title: (0,credentials/* publishable */.g$)(e.title.slice(0, 200)),
                tldr: typeof e.tldr === 'string' ? (0,credentials/* publishable */.g$)(e.tldr.slice(0, 1000)) : null
            });
        }
    return { numbers: new Set(byNumber.keys()), byNumber };
}

;// CONCATENATED MODULE: ./src/core/record/render.ts



const esc = escapeHtml;
/**
 * A one-line text (a title) fit to publish: line breaks and tabs become
 * spaces; invisible, control and XML-forbidden characters out; credentials
 * redacted; at most 200 characters, cut on a whole character.
 */
const line = (s, max = 200) => (0,credentials/* cut */.Jj)((0,credentials/* publishable */.g$)(s.replace(/[\t\n\r]/g, ' '))
    .replace(/\s+/g, ' ')
    .trim(), max);
/**
 * Text for INCIDENTS.md, a repository file: nothing in it links a mention or
 * an issue reference, so it stays readable as plain text (no zero-width
 * characters); only what would start Markdown or HTML is escaped (HTML as
 * entities, so that no tag appears even to a tool that reads it as HTML).
 */
const md = (s) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
const day = (iso) => iso.slice(0, 10);
const render_DAY = 86_400_000;
/** "3 days", "less than a day": how long it was (or has been) open. */
function openFor(i) {
    if (!i.closedAt)
        return null;
    const days = Math.floor((Date.parse(i.closedAt) - Date.parse(i.createdAt)) / render_DAY);
    return days < 1 ? 'less than a day' : days === 1 ? '1 day' : `${days} days`;
}
const render_open = (r) => r.incidents.filter((i) => i.state === 'open').length;
/** "No open security incidents" / "1 open security incident". */
function statusLine(r) {
    const n = render_open(r);
    return n === 0
        ? 'No open security incidents'
        : `${n} open security incident${n === 1 ? '' : 's'}`;
}
const WITHHELD = 'The summary is withheld until the report is cleaned of a credential.';
/** The TLDR as the page shows it, or the line that says why there is none. */
const summaryNote = (i) => i.withheld ? WITHHELD : i.awaiting ? AWAITING : null;
/** index.html: one self-contained page; no script, no external request. */
function renderPage(r) {
    const items = r.incidents
        .map((i) => {
        const dates = [
            `opened <time datetime="${esc(i.createdAt)}">${day(i.createdAt)}</time>`,
            ...(i.closedAt
                ? [
                    `closed <time datetime="${esc(i.closedAt)}">${day(i.closedAt)}</time>`,
                    `open for ${openFor(i)}`
                ]
                : [])
        ].join(' · ');
        const note = summaryNote(i);
        const tldr = note
            ? `<p class="note">${note}</p>`
            : i.tldr
                ? `<div class="tldr">${i.tldr.html}</div>`
                : '<p class="note">No TLDR yet.</p>';
        return `<li class="incident ${i.state}">
<h3><a href="${esc(i.url)}">#${i.number} ${esc(line(i.title))}</a></h3>
<p class="meta"><span class="state">${i.state === 'open' ? 'Open' : 'Closed'}</span> · ${dates} (UTC)</p>
${tldr}
</li>`;
    })
        .join('\n');
    const left = r.leftOut
        ? `<p class="note">${r.leftOut} issue${r.leftOut === 1 ? ' was' : 's were'} closed as not planned or as a duplicate and ${r.leftOut === 1 ? 'is' : 'are'} not listed.</p>`
        : '';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Security incidents · ${esc(line(r.repository))}</title>
<link rel="alternate" type="application/atom+xml" title="Security incidents" href="feed.xml">
<style>
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --open: #9a2a0a; --link: #0349b4; }
@media (prefers-color-scheme: dark) { :root { --fg: #f0f6fc; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --open: #ffa198; --link: #71b7ff; } }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); max-width: 46rem; margin: 0 auto; padding: 1rem; }
a { color: var(--link); }
.status { font-size: 1.25rem; font-weight: 600; }
ol { list-style: none; padding: 0; }
.incident { border-top: 1px solid var(--line); padding: 0.75rem 0; }
.incident h3 { margin: 0; font-size: 1.1rem; }
.meta, .note { color: var(--muted); margin: 0.25rem 0; }
.open .state { color: var(--open); font-weight: 600; }
pre { overflow-x: auto; }
.incident { overflow-wrap: anywhere; }
</style>
</head>
<body>
<header>
<h1>Security incidents of ${esc(line(r.repository))}</h1>
<p class="status" role="status">${statusLine(r)}</p>
<p>Subscribe with the <a href="feed.xml">Atom feed</a>. Each incident links to its public report on <a href="${esc(r.repositoryUrl)}/issues">the issue tracker</a>.</p>
</header>
<main>
<h2>Incidents</h2>
${r.incidents.length ? `<ol>\n${items}\n</ol>` : '<p>None so far.</p>'}
${left}
</main>
</body>
</html>
`;
}
/** feed.xml: Atom 1.0, one entry per incident; `updated` from the data. */
function renderFeed(r, pageUrl) {
    const updated = r.incidents
        .map((i) => i.updatedAt)
        .sort()
        .at(-1) ?? '1970-01-01T00:00:00Z';
    const entries = r.incidents
        .map((i) => {
        const note = summaryNote(i);
        const summary = note
            ? `<p>${note}</p>`
            : (i.tldr?.html ?? '<p>No TLDR yet.</p>');
        return `  <entry>
    <id>${esc(i.url)}</id>
    <title>${esc(`${i.state === 'open' ? '[open] ' : '[closed] '}#${i.number} ${line(i.title)}`)}</title>
    <link rel="alternate" type="text/html" href="${esc(i.url)}"/>
    <published>${esc(i.createdAt)}</published>
    <updated>${esc(i.updatedAt)}</updated>
    <content type="html">${esc(summary)}</content>
  </entry>`;
    })
        .join('\n');
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(pageUrl)}</id>
  <title>${esc(`Security incidents of ${line(r.repository)}`)}</title>
  <link rel="alternate" type="text/html" href="${esc(pageUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${esc(pageUrl.replace(/\/?$/, '/'))}feed.xml"/>
  <updated>${esc(updated)}</updated>
  <author><name>${esc(line(r.repository))} maintainers</name></author>
${entries}
</feed>
`;
}
/** incidents.json (schema: schemas/incidents.schema.json). */
function renderJson(r) {
    return (JSON.stringify({
        version: 1,
        repository: r.repository,
        generated: r.generated,
        incidents: r.incidents.map((i) => ({
            number: i.number,
            title: line(i.title),
            url: i.url,
            state: i.state,
            stateReason: i.stateReason,
            createdAt: i.createdAt,
            closedAt: i.closedAt,
            updatedAt: i.updatedAt,
            pinned: i.pinned,
            complete: i.complete,
            tldr: summaryNote(i) ? null : (i.tldr?.text ?? null)
        }))
    }, null, 2)
        // Still the same JSON, but never markup where someone pastes it into HTML.
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026') + '\n');
}
/** badge.json: a shields.io endpoint. */
function renderBadge(r) {
    const n = render_open(r);
    return (JSON.stringify({
        schemaVersion: 1,
        label: 'security incidents',
        message: n === 0 ? 'none open' : `${n} open`,
        color: n === 0 ? 'brightgreen' : 'red'
    }) + '\n');
}
/** INCIDENTS.md: the same list in Markdown (issue text escaped: no mention, no reference). */
function renderMarkdown(r) {
    const rows = r.incidents.map((i) => {
        const when = i.closedAt
            ? `opened ${day(i.createdAt)}, closed ${day(i.closedAt)} (open for ${openFor(i)})`
            : `opened ${day(i.createdAt)}`;
        const tldr = summaryNote(i)
            ? summaryNote(i)
            : i.tldr
                ? md(line(i.tldr.text, 400))
                : 'No TLDR yet.';
        return `- **[#${i.number} ${md(line(i.title, 120))}](${i.url})**: ${i.state}, ${when} (UTC). ${tldr}`;
    });
    return [
        '# Security incidents',
        '',
        `${statusLine(r)}.`,
        '',
        ...(rows.length ? rows : ['None so far.']),
        ...(r.leftOut
            ? [
                '',
                `${r.leftOut} closed as not planned or as a duplicate: not listed.`
            ]
            : []),
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/handlers/record.ts








/**
 * The public record: every incident under the trust rule, open or closed,
 * rendered as a page, an Atom feed, JSON, a badge and Markdown. An incident
 * the previous record listed stays while the label stays (declared stays
 * declared); text edited since by someone without a role is not published.
 */
async function makeRecord(deps) {
    const { list, history, inputs, roles, log, repository, now } = deps;
    const read = await list(inputs.label);
    const memory = rememberedIncidents(deps.previous);
    const notes = [];
    const listed = [];
    let untrusted = 0;
    for (const issue of read.issues) {
        const trust = await trustOf(issue, inputs, roles, history);
        if (trust.trusted)
            listed.push({ issue, declaredAt: trust.at ?? issue.createdAt });
        else if (memory.numbers.has(issue.number)) {
            listed.push({ issue, declaredAt: null });
            notes.push({
                number: issue.number,
                note: `kept: the previous record listed it and the label stays (${trust.reason})`
            });
        }
        else
            untrusted++;
    }
    if (untrusted)
        log.info(`Record: ${untrusted} labelled issue(s) left out: nobody who may apply labels applied it.`);
    const maintainer = async (login, bot) => {
        if (login === null)
            return false;
        if (sameActor(login, read.viewer))
            return true;
        if (bot)
            return isTrustedBot(login, inputs.trustedBots);
        return canApplyLabels(await roles.of(login));
    };
    const analysed = await analyseBodies(listed.map((l) => l.issue.body), inputs.sections);
    const inputsOf = [];
    for (const [k, { issue, declaredAt }] of listed.entries()) {
        const bodyEdit = issue.editor && issue.lastEditedAt
            ? {
                at: issue.lastEditedAt,
                byMaintainer: await maintainer(issue.editor.login, issue.editor.bot)
            }
            : null;
        const rename = issue.rename
            ? {
                at: issue.rename.at,
                byMaintainer: await maintainer(issue.rename.actor, issue.rename.bot)
            }
            : null;
        const previous = memory.byNumber.get(issue.number) ?? null;
        const voice = voiceOf({ declaredAt, bodyEdit, rename, previous });
        const analysis = analysed[k];
        if (voice.tldr !== 'issue')
            notes.push({
                number: issue.number,
                note: voice.tldr === 'previous'
                    ? 'edited since by someone without a role: the previous record’s text is kept until a maintainer edits it'
                    : 'edited since by someone without a role: the summary is withheld until a maintainer edits it'
            });
        if (voice.title !== 'issue')
            notes.push({
                number: issue.number,
                note: 'renamed since by someone without a role: the title awaits a maintainer'
            });
        inputsOf.push({
            issue,
            declaredAt,
            complete: analysis.complete,
            withheld: analysis.withheld,
            tldr: voice.tldr === 'previous'
                ? previous?.tldr
                    ? {
                        html: `<p>${escapeHtml(previous.tldr)}</p>`,
                        text: previous.tldr
                    }
                    : null
                : analysis.tldr,
            awaiting: voice.tldr === 'awaiting',
            ...(voice.title === 'previous' && previous
                ? { title: previous.title }
                : voice.title === 'placeholder'
                    ? { title: `Security incident #${issue.number}` }
                    : {})
        });
    }
    for (const n of notes)
        log.info(`Record: #${n.number}: ${n.note}`);
    const record = buildRecord(repository, read.repositoryUrl, now.toISOString(), inputsOf);
    const pageUrl = pagesUrl(repository);
    return {
        record,
        notes,
        files: {
            'index.html': renderPage(record),
            'feed.xml': renderFeed(record, pageUrl),
            'incidents.json': renderJson(record),
            'badge.json': renderBadge(record),
            'INCIDENTS.md': renderMarkdown(record)
        }
    };
}
/** Where GitHub Pages serves a project site: https://OWNER.github.io/REPO/. */
function pagesUrl(repository) {
    const [owner, repo] = repository.split('/');
    return `https://${(owner ?? '').toLowerCase()}.github.io/${repo ?? ''}/`;
}

;// CONCATENATED MODULE: ./src/action.ts




















/**
 * "Now": the clock, or INCIDENT_ISSUES_NOW (an ISO date) so that tests and the
 * demo are deterministic.
 */
function clock(env) {
    const fixed = env.INCIDENT_ISSUES_NOW;
    if (fixed) {
        const date = new Date(fixed);
        if (Number.isNaN(date.getTime()))
            throw new Error(`INCIDENT_ISSUES_NOW must be an ISO date (got '${fixed.slice(0, 40)}')`);
        return date;
    }
    return new Date();
}
/** Run a handled event: the port, the handlers, outputs and the job summary. */
async function runAction(route, inputs, context, env = process.env) {
    const { owner, repo } = (0,src_context/* splitRepository */.T)(context.repository);
    const now = clock(env);
    const actions = [];
    const log = {
        info: (line) => core.info(line),
        warning: (line) => core.warning(line),
        did: (number, what) => {
            core.info(`#${number}: ${inputs.dryRun ? '(dry-run, not done) ' : ''}${what}`);
            actions.push(`#${number}: ${what}`);
        },
        group: (name, fn) => core.group(name, fn)
    };
    const octokit = getClient(inputs.token, context.apiUrl, (line) => core.info(line), writeSpacing(env, context.apiUrl), undefined, retryBase(env, context.apiUrl));
    const a = api(octokit, owner, repo, context.graphqlUrl);
    const real = octokitPort(octokit, owner, repo, context.graphqlUrl);
    const port = inputs.dryRun
        ? dryRunPort(real, (line) => core.info(`[dry-run] would ${line}`))
        : real;
    if (inputs.dryRun)
        core.info('Dry run: every read happens, no write does.');
    const refused = [];
    const attempt = attempter(log, refused, async (number) => (await port.readIssue(number)).issue !== null);
    const roles = rolesFrom(port);
    const lintBody = lintWithBudget(env);
    const issueDeps = { port, inputs, now, log, attempt, roles, lint: lintBody };
    let roleRefused = false;
    if (route.kind === 'check-setup') {
        const files = await (0,src_files/* fileSource */.IO)(env.GITHUB_WORKSPACE, setupPort(a));
        const items = await checkSetup({
            port,
            setup: setupPort(a),
            files,
            workflowPath: (0,src_files/* workflowPath */.RB)(env.GITHUB_WORKFLOW_REF),
            inputs,
            now,
            log,
            lint: lintBody
        });
        const ready = !items.some((i) => i.state === 'error');
        core.setOutput('ready', String(ready));
        core.setOutput('checks', JSON.stringify(items));
        for (const i of items)
            core.info(`${i.state}: ${i.id}: ${i.message}`);
        await core.summary.addRaw(renderChecklist(items)).write();
        if (!ready)
            core.setFailed(`Not ready for an incident: ${items
                .filter((i) => i.state === 'error')
                .map((i) => `${i.id} (${i.message})`)
                .join('; ')}`);
        return;
    }
    if (route.kind === 'sweep') {
        const result = await sweep({ port, inputs, now, log, attempt, roles });
        roleRefused = result.roleRefused;
        // An issue the sweep pinned had a comment saying it could not be: say it now.
        if (inputs.comment) {
            for (const number of result.pinned)
                await handleIssue(number, 'pinned-by-sweep', issueDeps);
        }
        core.setOutput('unpinned', JSON.stringify(result.unpinned));
        await core.summary
            .addRaw(renderSweepSummary(result.rows, result.unpinned, result.pinned, inputs.dryRun, result.untrusted))
            .write();
    }
    else {
        const result = await handleIssue(route.number, route.happened, issueDeps);
        roleRefused = result.roleRefused;
        core.setOutput('incident', String(result.incident));
        core.setOutput('untrusted-label', String(result.untrusted !== null));
        core.setOutput('pinned', String(result.pinned));
        if (result.report) {
            core.setOutput('complete', String(result.report.complete));
            core.setOutput('missing', result.report.missing.join(','));
            core.setOutput('report', reportOutput(result.report));
        }
        await core.summary
            .addRaw(renderIssueSummary(result, { actions, dryRun: inputs.dryRun }))
            .write();
    }
    const problems = [];
    // The public record, after the sweep or an issue event (the record's own
    // workflow runs on both).
    if (inputs.recordDir) {
        const { record, files, notes } = await makeRecord({
            list: (label) => listRecord(a, label),
            history: port,
            inputs,
            roles,
            log,
            repository: context.repository,
            now,
            previous: (0,src_files/* readPreviousRecord */.rP)(inputs.recordDir)
        });
        if (notes.length > 0)
            await core.summary.addRaw(renderRecordNotes(notes)).write();
        try {
            (0,src_files/* writeRecord */.rh)(inputs.recordDir, files);
            core.info(`Record: ${record.incidents.length} incident(s) written to ${inputs.recordDir} (index.html, feed.xml, incidents.json, badge.json, INCIDENTS.md).`);
        }
        catch (error) {
            // Named with the other problems: it never hides the refused writes.
            problems.push(error.message);
        }
    }
    if (refused.length > 0)
        problems.push(renderRefused(refused));
    if (roleRefused)
        problems.push('GitHub would not say whether the person who applied the label may apply labels, so the issue was not treated as an incident. GITHUB_TOKEN can always read this; with another token, give it "Metadata: read" (fine-grained) or the repo scope (classic).');
    if (problems.length > 0)
        core.setFailed(problems.join('\n\n'));
}


/***/ }),

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   dF: () => (/* binding */ CREDENTIAL_SHAPES),
/* harmony export */   f0: () => (/* binding */ stripInvisibleMapped),
/* harmony export */   g$: () => (/* binding */ publishable)
/* harmony export */ });
/* unused harmony exports stripInvisible, REDACTED, holdsCredential */
/**
 * The one list of credential shapes that the action recognises by pattern,
 * and the one function that guards every text taken from an issue on its way
 * to any channel (comment, job summary, log, outputs, CLI).
 *
 * The body is also scanned by secretlint (scan-credentials.ts), which knows more
 * kinds; these shapes cover what it does not, and every short text (a title,
 * a heading, a label) that is never scanned by it.
 */
const CREDENTIAL_SHAPES = [
    {
        kind: 'GitHub token',
        pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})/g
    },
    { kind: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{20,255}/g },
    {
        kind: 'npm token',
        pattern: /_authToken[ \t]{0,10}=[ \t]{0,10}[^\s$][^\s]{7,255}/g
    },
    {
        kind: 'Shopify token',
        pattern: /\b(?:shppa|shpca|shpat|shpss)_[A-Za-z0-9]{20,64}/g
    },
    { kind: 'Linear key', pattern: /\blin_(?:api|oauth)_[A-Za-z0-9_]{20,128}/g },
    {
        kind: '1Password secret',
        pattern: /\bops_ey[A-Za-z0-9+/=]{40,1280}/g
    },
    {
        kind: 'Slack webhook',
        pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]{1,40}\/B[A-Za-z0-9]{1,40}\/[A-Za-z0-9]{1,40}/gi
    },
    {
        // secretlint's AWS rule: a 40-character secret next to an `aws…key` name.
        kind: 'AWS secret key',
        pattern: /\b(?:aws_?)?(?:secret_?)?(?:access_?)?key["']?[ \t]{0,10}(?::|=>|=)[ \t]{0,10}["']?(?!wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY)[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi
    },
    {
        // An access key ID alone is not a secret to secretlint, but it names the account.
        kind: 'AWS access key',
        pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)(?![A-Z0-9]{9}EXAMPLE\b)[A-Z0-9]{16}\b/g
    },
    {
        kind: 'Slack token',
        pattern: /(?<![\w-])xox[abposr]-[A-Za-z0-9-]{10,255}/g
    },
    { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
    {
        kind: 'OpenAI or Anthropic key',
        pattern: /(?<![\w-])sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,255}/g
    },
    {
        kind: 'SendGrid key',
        pattern: /\bSG\.[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{16,64}/g
    },
    {
        kind: 'private key',
        pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/g
    },
    {
        kind: 'JSON Web Token',
        pattern: /(?<![\w-])eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g
    },
    {
        // Any scheme: https, ftp, and database connection strings (postgres://,
        // mysql://, mongodb+srv://, jdbc:mysql://) alike.
        kind: 'password in a URL',
        pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/?#@"'`<>]{1,100}:[^\s/?#@"'`<>]{1,200}@/gi
    },
    {
        // A value of 8+ characters with a digit, so that prose ("token: revoked") passes.
        kind: 'password or token assignment',
        pattern: /\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret|auth)\b["']?[ \t]{0,10}[:=][ \t]{0,10}["']?(?=[^\s"'`<]{0,200}\d)(?![*x]{4})[^\s"'`<]{8,200}/gi
    }
];
/**
 * Invisible format characters: Unicode category Cf (zero-width space and
 * joiners, soft hyphen, bidirectional controls, the byte-order mark, tag
 * characters, interlinear annotations) and the Mongolian vowel separator.
 * They change how text reads, or split a token so that no pattern sees it.
 */
const INVISIBLE = /[\p{Cf}\u180e]/gu;
/** Remove characters that change how text reads without being seen. */
function stripInvisible(text) {
    return text.replace(INVISIBLE, '');
}
/**
 * The text without invisible format characters, and where each of its UTF-16
 * offsets came from in the original (so that a finding in the stripped text
 * points at the original line and column). Newlines are never stripped, so
 * line numbers agree.
 */
function stripInvisibleMapped(text) {
    const pieces = [];
    /** Stripped offset where a run starts, and the original offset it maps to. */
    const runs = [];
    let stripped = 0;
    let from = 0;
    for (const m of text.matchAll(INVISIBLE)) {
        if (m.index > from) {
            runs.push([stripped, from]);
            pieces.push(text.slice(from, m.index));
            stripped += m.index - from;
        }
        from = m.index + m[0].length;
    }
    if (runs.length === 0 && from === 0)
        return { text, origin: (i) => i };
    runs.push([stripped, from]);
    pieces.push(text.slice(from));
    return {
        text: pieces.join(''),
        origin(i) {
            let lo = 0;
            let hi = runs.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (runs[mid][0] <= i)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            const [s, o] = runs[lo];
            return o + (i - s);
        }
    };
}
/**
 * Characters that XML 1.0 forbids (C0 controls but tab and line breaks,
 * U+FFFE, U+FFFF, lone surrogates) and C1 controls: a terminal colour code
 * pasted into a title would make a whole Atom feed unreadable.
 */
const UNPUBLISHABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * Text fit to publish (the record's page, feed, JSON and Markdown): invisible
 * format characters out, characters XML forbids out, credentials redacted.
 */
function publishable(text) {
    return redact(text.replace(UNPUBLISHABLE, ''));
}
/**
 * At most `max` characters of `text`, cut on a whole character (never half
 * of a surrogate pair, so never a lone surrogate or U+FFFD downstream).
 */
function cut(text, max) {
    if (text.length <= max)
        return text;
    const end = /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max;
    return text.slice(0, end);
}
const REDACTED = '[redacted credential]';
/**
 * Guard a text from the issue on its way out: invisible characters removed,
 * anything shaped like a credential replaced. Every channel calls this (or
 * drops the text) before it shows issue text.
 */
function redact(text) {
    let out = stripInvisible(text);
    for (const { pattern } of CREDENTIAL_SHAPES)
        out = out.replace(pattern, REDACTED);
    return out;
}
/** Whether a text holds anything shaped like a credential. */
function holdsCredential(text) {
    const plain = stripInvisible(text);
    return CREDENTIAL_SHAPES.some(({ pattern }) => {
        pattern.lastIndex = 0;
        const hit = pattern.test(plain);
        pattern.lastIndex = 0;
        return hit;
    });
}


/***/ }),

/***/ 4637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VN: () => (/* binding */ credentialLines),
/* harmony export */   Vv: () => (/* binding */ exposesCredential),
/* harmony export */   c4: () => (/* binding */ allFindings),
/* harmony export */   rg: () => (/* binding */ byPosition)
/* harmony export */ });
/** Findings in body order: by line, then column. The one position sort. */
const byPosition = (a, b) => a.line - b.line || a.column - b.column;
/** Every finding of a report, in body order. */
function allFindings(report) {
    return [
        ...report.sections.flatMap((s) => s.findings),
        ...report.findings
    ].sort(byPosition);
}
/** Whether the body holds a credential (a finding of the body-wide scan). */
const exposesCredential = (report) => allFindings(report).some((f) => f.rule === 'credential' && f.severity === 'error');
/** The lines that hold a credential. */
const credentialLines = (report) => [
    ...new Set(allFindings(report)
        .filter((f) => f.rule === 'credential')
        .map((f) => f.line))
];


/***/ }),

/***/ 3399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ fieldFor),
/* harmony export */   I4: () => (/* binding */ sampleAnswers),
/* harmony export */   rk: () => (/* binding */ renderForm),
/* harmony export */   xV: () => (/* binding */ readTemplate)
/* harmony export */ });
/* unused harmony export SAMPLE_ANSWERS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3097);


const labelsOf = (value) => Array.isArray(value)
    ? value.filter((l) => typeof l === 'string')
    : typeof value === 'string'
        ? value
            .split(',')
            .map((l) => l.trim())
            .filter(Boolean)
        : [];
/** Read a form (YAML) or Markdown template; null when it is neither. */
function readTemplate(path, text) {
    try {
        if (/\.ya?ml$/i.test(path)) {
            const data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
            if (!data || typeof data !== 'object' || !Array.isArray(data.body))
                return null;
            return {
                path,
                kind: 'form',
                name: String(data.name ?? path),
                labels: labelsOf(data.labels),
                fields: data.body,
                body: ''
            };
        }
        if (/\.md$/i.test(path)) {
            const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
            const front = m ? ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(m[1]) ?? {}) : {};
            return {
                path,
                kind: 'markdown',
                name: String(front.name ?? path),
                labels: labelsOf(front.labels),
                fields: [],
                body: m ? text.slice(m[0].length) : text
            };
        }
    }
    catch {
        return null;
    }
    return null;
}
/** Render an issue form's answers the way GitHub writes the issue body. */
function renderForm(fields, answers) {
    return fields
        .filter((f) => f.type !== 'markdown')
        .map((f) => {
        const label = f.attributes?.label ?? '';
        if (f.type === 'checkboxes') {
            const boxes = (f.attributes?.options ?? [])
                .map((o) => `- [X] ${typeof o === 'string' ? o : (o.label ?? '')}`)
                .join('\n');
            return `### ${label}\n\n${boxes}`;
        }
        const answer = answers[f.id ?? label]?.trim();
        return `### ${label}\n\n${answer ? answer : '_No response_'}`;
    })
        .join('\n\n');
}
/** The field that holds a section: its label names the section or an alias. */
function fieldFor(spec, fields) {
    const keys = [spec.name, ...spec.aliases].map(_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .titleKey */ .kz);
    return fields.find((f) => f.type !== 'markdown' &&
        f.attributes?.label !== undefined &&
        keys.some((k) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .titleKey */ .kz)(f.attributes.label).startsWith(k)));
}
/** Plausible answers for the drill: what a maintainer would write. */
const SAMPLE_ANSWERS = {
    TLDR: 'This incident did not affect the project. Users need not take any action.',
    Summary: 'A provider we depend on had a security incident; we rotated every credential it could read.',
    Timeline: '- 2024-01-01 10:00 UTC: the provider tells us\n- 2024-01-01 12:00 UTC: credentials rotated',
    References: 'https://example.org/provider-notice'
};
/** The drill's answers for a form: each section's field gets a sample. */
function sampleAnswers(fields, specs) {
    const answers = {};
    for (const spec of specs) {
        const field = fieldFor(spec, fields);
        if (!field)
            continue;
        answers[field.id ?? field.attributes?.label ?? ''] =
            SAMPLE_ANSWERS[spec.name] ??
                `What readers need to know under ${spec.name}, with a link: https://example.org/`;
    }
    return answers;
}


/***/ }),

/***/ 9532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Offsets → 1-based line and column, by binary search over line starts. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    point(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}


/***/ }),

/***/ 3250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lint: () => (/* binding */ lint),
  mo: () => (/* binding */ lintSections)
});

// UNUSED EXPORTS: MAX_BODY, MAX_SCANNED

// EXTERNAL MODULE: ./node_modules/remark-gfm/lib/index.js + 63 modules
var lib = __webpack_require__(9172);
// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 43 modules
var remark_parse_lib = __webpack_require__(4277);
// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 7 modules
var unified_lib = __webpack_require__(1519);
;// CONCATENATED MODULE: ./src/core/markdown.ts



const processor = (0,unified_lib/* unified */.l)().use(remark_parse_lib/* default */.A).use(lib/* default */.A);
/** Containers (block quotes, list items) one line may open before the rest is flattened. */
const MAX_NESTING = 32;
const CONTAINER = /[ \t]{0,3}(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|(?=\n|$)))/y;
/**
 * Replace the container markers of a line past `max` by spaces. micromark's
 * cost grows with the square of the nesting depth (ten thousand `- ` on one line
 * take half a minute) and remark-gfm overflows the stack on ten thousand `>`.
 * No real report nests that deep; blanking keeps every offset and line, and the
 * flattened rest reads as code, which never names a section.
 */
function limitNesting(text, max = MAX_NESTING) {
    let out;
    let lineStart = 0;
    while (lineStart <= text.length) {
        const lineEnd = text.indexOf('\n', lineStart);
        const end = lineEnd === -1 ? text.length : lineEnd;
        let stop = lineStart;
        let depth = 0;
        let cut = -1;
        while (stop < end) {
            CONTAINER.lastIndex = stop;
            if (!CONTAINER.exec(text) || CONTAINER.lastIndex === stop)
                break;
            stop = CONTAINER.lastIndex;
            if (++depth === max)
                cut = stop;
        }
        if (cut !== -1 && stop > cut) {
            out ??= text;
            out = out.slice(0, cut) + ' '.repeat(stop - cut) + out.slice(stop);
        }
        if (lineEnd === -1)
            break;
        lineStart = lineEnd + 1;
    }
    return out ?? text;
}
/** Parse an issue body as GitHub does (CommonMark + GFM), keeping positions. */
function parseBody(text) {
    return processor.parse(limitNesting(text));
}
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?[A-Za-z][^>]*>/g;
/** Whether an html node is nothing but comments (and white space). */
function isCommentOnly(value) {
    return value.replace(COMMENT, '').trim() === '';
}
/** The visible text of raw HTML: comments and tags removed. */
function htmlText(value) {
    return value.replace(COMMENT, '').replace(TAG, ' ');
}
/** An issue-form placeholder for an optional field left empty. */
function isNoResponse(node) {
    if (node.type !== 'paragraph' || node.children.length !== 1)
        return false;
    const only = node.children[0];
    return (only.type === 'emphasis' &&
        only.children.length === 1 &&
        only.children[0].type === 'text' &&
        only.children[0].value.trim() === 'No response');
}
/**
 * Plain text of nodes, iteratively (a hostile body can nest ten thousand
 * block quotes; recursion would overflow the stack). HTML comments and issue-form
 * placeholders contribute nothing.
 */
function plainText(nodes, options = {}) {
    const out = [];
    const stack = [...nodes].reverse();
    while (stack.length > 0) {
        const node = stack.pop();
        switch (node.type) {
            case 'text':
                out.push(node.value);
                break;
            case 'inlineCode':
                if (!options.skipCode)
                    out.push(node.value);
                break;
            case 'code':
                if (!options.skipCode)
                    out.push(node.value, '\n');
                break;
            case 'html':
                out.push(htmlText(node.value));
                break;
            case 'break':
                out.push('\n');
                break;
            case 'image':
            case 'imageReference':
                out.push(node.alt ?? '');
                break;
            default:
                if ('children' in node) {
                    if (isNoResponse(node))
                        break;
                    if (node.type === 'paragraph' || node.type === 'heading')
                        stack.push({ type: 'text', value: '\n' });
                    for (let i = node.children.length - 1; i >= 0; i--)
                        stack.push(node.children[i]);
                }
        }
    }
    return out.join('');
}
/** Every node below `nodes`, depth first, in document order, iteratively. */
function* walk(nodes) {
    const stack = [...nodes].reverse();
    while (stack.length > 0) {
        const node = stack.pop();
        yield node;
        if ('children' in node) {
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/checks/check.ts

/**
 * The section's raw text with HTML comments and (optionally) code blanked out
 * by spaces, so that offsets and line numbers still hold. Template guidance in
 * comments (`<!-- e.g. 2022-04-15 -->`) must never count as content.
 */
function visibleText(section, body, blankCode) {
    const { contentStart: start, contentEnd: end } = section;
    const chars = body.slice(start, end).split('');
    const blank = (from, to) => {
        for (let i = Math.max(from, start); i < Math.min(to, end); i++) {
            if (chars[i - start] !== '\n')
                chars[i - start] = ' ';
        }
    };
    for (const node of walk(section.nodes)) {
        const pos = node.position;
        if (!pos)
            continue;
        if (node.type === 'html') {
            const raw = body.slice(pos.start.offset, pos.end.offset);
            for (const m of raw.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
                blank(pos.start.offset + m.index, pos.start.offset + m.index + m[0].length);
            }
        }
        else if (blankCode &&
            (node.type === 'code' || node.type === 'inlineCode')) {
            blank(pos.start.offset, pos.end.offset);
        }
    }
    return chars.join('');
}
/** A finding at the section's title. */
function atTitle(section, rule, severity, message) {
    return {
        severity,
        message,
        line: section.start.line,
        column: section.start.column,
        rule
    };
}

;// CONCATENATED MODULE: ./src/core/checks/brief.ts

/** Readers decide from the TLDR whether to act: it must come first and be short. */
const MAX_BRIEF_WORDS = 100;
const brief = {
    id: 'brief',
    description: `The first section, and at most ${MAX_BRIEF_WORDS} words`,
    run(section, { sections }) {
        const findings = [];
        const first = sections[0];
        if (first && first !== section) {
            findings.push(atTitle(section, 'brief-not-first', 'warning', `Unexpected \`${section.spec.name}\` after \`${first.spec.name}\`, expected it to be the first section`));
        }
        const words = section.text
            .split(/\s+/)
            .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        if (words > MAX_BRIEF_WORDS) {
            findings.push(atTitle(section, 'brief-too-long', 'warning', `Unexpected ${words} words in \`${section.spec.name}\`, expected at most ${MAX_BRIEF_WORDS}`));
        }
        return findings;
    }
};

;// CONCATENATED MODULE: ./src/core/checks/links.ts


/** References that GitHub links, or that identify an advisory. */
const REFERENCE = /(?:https?:\/\/\S|(?:^|[\s(])(?:[\w.-]+\/[\w.-]+)?#\d+\b|\bGH-\d+\b|\bCVE-\d{4}-\d{4,}\b|\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b)/i;
const links = {
    id: 'links',
    description: 'At least one link: a URL, an issue reference, a CVE or GHSA id',
    run(section, { body }) {
        for (const node of walk(section.nodes)) {
            if (node.type === 'link' || node.type === 'linkReference')
                return [];
        }
        if (REFERENCE.test(visibleText(section, body, true)))
            return [];
        return [
            atTitle(section, 'links-none', 'warning', `Unexpected \`${section.spec.name}\` without a link, expected at least one URL, issue reference, CVE or GHSA id`)
        ];
    }
};

// EXTERNAL MODULE: ./src/core/findings.ts
var core_findings = __webpack_require__(4637);
;// CONCATENATED MODULE: ./src/core/checks/personal-data.ts



const LOCAL = /[\w.+-]/;
const DOMAIN = /[\w.-]/;
const ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;
/**
 * E-mail addresses in `text`, in linear time: each `@` is grown at most 64
 * characters to the left and 255 to the right (a regex that looks for the
 * local part first would rescan a long run of letters for every start).
 */
function findEmails(text) {
    const found = [];
    let from = 0;
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
        let start = at;
        while (start > Math.max(from, at - 64) && LOCAL.test(text[start - 1]))
            start--;
        let end = at + 1;
        while (end < Math.min(text.length, at + 256) && DOMAIN.test(text[end]))
            end++;
        // The address ends at a word boundary: trailing dots belong to the sentence.
        while (end > at + 1 && text[end - 1] === '.')
            end--;
        const address = text.slice(start, end);
        if (start < at && ADDRESS.test(address)) {
            found.push({ address, index: start });
            from = end;
        }
    }
    return found;
}
/**
 * Addresses of services and examples, not of people: GitHub's no-reply and
 * git addresses, per-user no-reply addresses, and the reserved example domains.
 */
const SERVICE_ADDRESS = /^(?:(?:noreply|no-reply|git)@github\.com|[^@]+@users\.noreply\.github\.com|[^@]+@(?:[\w-]+\.)*example\.(?:com|org|net))$/i;
const isServiceAddress = (address) => SERVICE_ADDRESS.test(address);
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const PRIVATE_OR_EXAMPLE_IP = /^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|0\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)/;
/**
 * Personal data in the section (e-mail and public IP addresses are warnings),
 * and a reminder for each image, which the action cannot read.
 */
const personalData = {
    id: 'personal-data',
    description: 'No personal data; every image checked for user data before it stays public',
    run(section, { body, lines }) {
        const findings = [];
        const text = visibleText(section, body, false);
        const at = (index) => lines.point(section.contentStart + index);
        for (const m of findEmails(text)) {
            if (isServiceAddress(m.address))
                continue;
            findings.push({
                severity: 'warning',
                message: `Unexpected e-mail address in \`${section.spec.name}\`, expected no personal data: remove it or replace it with \`user@example.com\``,
                ...at(m.index),
                rule: 'email'
            });
        }
        for (const m of text.matchAll(IPV4)) {
            if (PRIVATE_OR_EXAMPLE_IP.test(m[0]))
                continue;
            // Version numbers such as 1.2.3.4 in a sentence about a release are common.
            if (/v$|version\s*$/i.test(text.slice(Math.max(0, m.index - 9), m.index)))
                continue;
            findings.push({
                severity: 'warning',
                message: `Unexpected IP address in \`${section.spec.name}\`, expected no personal data: remove it or use \`203.0.113.x\``,
                ...at(m.index),
                rule: 'ip-address'
            });
        }
        for (const node of walk(section.nodes)) {
            const isImage = node.type === 'image' ||
                node.type === 'imageReference' ||
                (node.type === 'html' && /<img\b/i.test(node.value));
            if (isImage && node.position) {
                findings.push({
                    severity: 'info',
                    message: 'Unchecked image, expected it to be checked for user data (names, e-mail addresses, tokens, IP addresses) before it stays public',
                    line: node.position.start.line,
                    column: node.position.start.column,
                    rule: 'image'
                });
            }
        }
        return findings.sort(core_findings/* byPosition */.rg);
    }
};

;// CONCATENATED MODULE: ./src/core/checks/timeline.ts

const MONTHS = [
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'oct',
    'nov',
    'dec'
];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** `2022-04-15`, `2022/04/15`, and the date of an ISO 8601 date-time (`2024-01-10T08:10:00Z`). */
const ISO = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\b|(?=T\d))/;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:,?\\s+(\\d{4})\\b)?`, 'i');
/**
 * `14:05`, `14:05:09`, the time of an ISO date-time (`T08:10:00.5Z`),
 * 12-hour `2:05 PM`, `2:05pm`, `2:05 p.m.` (a colon may follow: `2:05 PM:`),
 * and an explicit offset: `Z`, `UTC`, `GMT`, `UTC+2`, `+02:00`, `-0500`.
 */
const TIME = /(?:\b|(?<=\dT))([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:[ \t]?([ap])\.?m\b\.?)?(?:[ \t]?(Z|(?:UTC|GMT)(?:[ \t]?[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})(?![\w]))?(?!\w|:\d)/i;
/** Something written as a time that no clock shows: `25:00`, `14:75`. */
const NOT_A_TIME = /(?:\b|(?<=\dT))(\d{1,2}):(\d{2})(?!\d)/;
/** Minutes after midnight; a 12-hour time counts from 12 AM (midnight). */
function minutesOf(m) {
    let hours = +m[1];
    const half = m[3]?.toLowerCase();
    if (half && hours >= 1 && hours <= 12)
        hours = (hours % 12) + (half === 'p' ? 12 : 0);
    return hours * 60 + +m[2];
}
/** Minutes east of UTC that an explicit offset names (`Z` and `UTC` are 0). */
function offsetOf(zone) {
    if (zone === undefined)
        return undefined;
    const m = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
    if (!m)
        return 0;
    const minutes = +m[2] * 60 + +(m[3] ?? 0);
    return m[1] === '-' ? -minutes : minutes;
}
/** Whether a day exists in that month (29 February only in a leap year; any leap year when the year is unknown). */
function realDate(year, month, day) {
    const y = year ?? 2000;
    const d = new Date(Date.UTC(y, month - 1, day));
    return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
const month = (name) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
/** Each date form with the capture groups of its year, month and day. */
const DATE_FORMS = [
    { pattern: ISO, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
    {
        pattern: MONTH_DAY,
        read: (m) => ({
            ...(m[3] ? { year: +m[3] } : {}),
            month: month(m[1]),
            day: +m[2]
        })
    },
    {
        pattern: DAY_MONTH,
        read: (m) => ({
            ...(m[3] ? { year: +m[3] } : {}),
            month: month(m[2]),
            day: +m[1]
        })
    }
];
function readLine(text) {
    let date;
    const candidates = DATE_FORMS.map(({ pattern, read }) => {
        const m = pattern.exec(text);
        return m ? { ...read(m), index: m.index } : undefined;
    });
    for (const c of candidates) {
        if (!c || c.month < 1 || c.month > 12 || c.day < 1 || c.day > 31)
            continue;
        if (!date || c.index < date.index)
            date = c;
    }
    if (date && !realDate(date.year, date.month, date.day))
        return {
            impossible: `date \`${date.year === undefined ? '' : `${pad(date.year, 4)}-`}${pad(date.month)}-${pad(date.day)}\`, expected a day that exists`,
            column: date.index + 1
        };
    const time = TIME.exec(text);
    const clock = NOT_A_TIME.exec(text);
    if (clock &&
        (+clock[1] > 23 || +clock[2] > 59) &&
        (!time || clock.index < time.index))
        return {
            impossible: `time \`${pad(+clock[1])}:${clock[2]}\`, expected hours 00–23 and minutes 00–59`,
            column: clock.index + 1
        };
    if (!date && !time)
        return undefined;
    const stamp = {
        column: Math.min(date?.index ?? Infinity, time?.index ?? Infinity) + 1
    };
    if (date) {
        if (date.year !== undefined)
            stamp.year = date.year;
        stamp.month = date.month;
        stamp.day = date.day;
    }
    if (time) {
        stamp.minutes = minutesOf(time);
        const offset = offsetOf(time[4]);
        if (offset !== undefined)
            stamp.offset = offset;
    }
    return stamp;
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
/** An entry as the reader would say it, built from parsed numbers (never raw text). */
function describe(s) {
    const date = `${pad(s.year, 4)}-${pad(s.month)}-${pad(s.day)}`;
    if (s.minutes === undefined)
        return date;
    const zone = s.offset === undefined || s.offset === 0
        ? ''
        : ` ${s.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(s.offset) / 60))}:${pad(Math.abs(s.offset) % 60)}`;
    return `${date} ${pad(Math.floor(s.minutes / 60))}:${pad(s.minutes % 60)}${zone}`;
}
/**
 * Order of two entries. Both timed: by the instant, an explicit offset
 * respected (an entry without one is read as UTC, the convention of incident
 * reports). Otherwise by the date as written.
 */
function compare(a, b) {
    if (a.minutes !== undefined && b.minutes !== undefined) {
        const at = (e) => Date.UTC(e.year, e.month - 1, e.day) / 60_000 +
            e.minutes -
            (e.offset ?? 0);
        return at(a) - at(b);
    }
    return a.year - b.year || a.month - b.month || a.day - b.day;
}
/**
 * Every line of the section that carries a date or a time is an entry (list
 * items, table rows and paragraph lines alike); code and HTML comments are not.
 * Entries inherit a missing year or date from the entry before. A timeline that
 * runs newest-first throughout is accepted as such.
 */
const timeline = {
    id: 'timeline',
    description: 'At least one dated or timed entry, in chronological order',
    run(section, { body, lines }) {
        const text = visibleText(section, body, true);
        const startLine = lines.point(section.contentStart);
        const entries = [];
        const impossible = [];
        let found = false;
        let last;
        text.split('\n').forEach((lineText, i) => {
            const read = readLine(lineText);
            if (!read)
                return;
            const line = startLine.line + i;
            const column = i === 0 ? startLine.column + read.column - 1 : read.column;
            if ('impossible' in read) {
                impossible.push({
                    severity: 'warning',
                    message: `Unexpected ${read.impossible}`,
                    line,
                    column,
                    rule: 'timeline-impossible'
                });
                return;
            }
            found = true;
            let resolved;
            if (read.month !== undefined && read.day !== undefined) {
                const year = read.year ?? last?.year;
                if (year !== undefined) {
                    resolved = { year, month: read.month, day: read.day, line, column };
                    if (read.minutes !== undefined)
                        resolved.minutes = read.minutes;
                    if (read.offset !== undefined)
                        resolved.offset = read.offset;
                }
            }
            else if (last && read.minutes !== undefined) {
                // A time alone continues the day before it; an earlier time is the next day.
                resolved = { ...last, line, column, minutes: read.minutes };
                if (read.offset !== undefined)
                    resolved.offset = read.offset;
                if (last.minutes !== undefined && read.minutes < last.minutes) {
                    const next = new Date(Date.UTC(last.year, last.month - 1, last.day + 1));
                    resolved.year = next.getUTCFullYear();
                    resolved.month = next.getUTCMonth() + 1;
                    resolved.day = next.getUTCDate();
                }
            }
            if (resolved) {
                entries.push(resolved);
                last = resolved;
            }
        });
        if (!found) {
            return [
                ...impossible,
                atTitle(section, 'timeline-undated', 'warning', `Unexpected \`${section.spec.name}\` without a dated entry, expected at least one entry with a date or time (such as \`2022-04-15 14:05 UTC\`)`)
            ];
        }
        const steps = entries.slice(1).map((e, i) => compare(e, entries[i]));
        // Three or more entries all going backwards are a newest-first timeline;
        // two are too few to tell that from a mistake.
        const newestFirst = entries.length >= 3 &&
            steps.some((s) => s < 0) &&
            steps.every((s) => s <= 0);
        if (newestFirst)
            return impossible;
        const findings = [...impossible];
        steps.forEach((step, i) => {
            if (step >= 0)
                return;
            const previous = entries[i];
            const entry = entries[i + 1];
            findings.push({
                severity: 'warning',
                message: `Unexpected timeline entry \`${describe(entry)}\` after \`${describe(previous)}\`, expected chronological order`,
                line: entry.line,
                column: entry.column,
                rule: 'timeline-order',
                cause: { message: 'Previous entry here', line: previous.line }
            });
        });
        return findings;
    }
};

;// CONCATENATED MODULE: ./src/core/checks/index.ts




/** The registry: a check's id is its key, stable in findings and docs. */
const checks = {
    brief: brief,
    timeline: timeline,
    links: links,
    'personal-data': personalData
};
/** Run a check; the registry stamps each finding with the check that made it. */
function runCheck(id, section, context) {
    return checks[id].run(section, context).map((f) => ({ ...f, source: id }));
}

// EXTERNAL MODULE: ./src/core/credentials.ts
var core_credentials = __webpack_require__(2633);
// EXTERNAL MODULE: ./src/core/scan-credentials.ts
var scan_credentials = __webpack_require__(709);
// EXTERNAL MODULE: ./src/core/lines.ts
var core_lines = __webpack_require__(9532);
// EXTERNAL MODULE: ./src/core/normalise.ts
var normalise = __webpack_require__(3097);
;// CONCATENATED MODULE: ./src/core/sections.ts


/** Match a title to a section: `prefix` lets `Timeline (UTC)` name Timeline. */
function matcher(specs) {
    const keys = specs.flatMap((spec) => [spec.name, ...spec.aliases].map((t) => ({ spec, key: (0,normalise/* titleKey */.kz)(t) })));
    return (title, mode) => {
        const words = (0,normalise/* titleWords */.id)(title);
        if (words.length === 0)
            return undefined;
        let best;
        for (const { spec, key } of keys) {
            const used = (0,normalise/* leadingMatch */.Mq)(words, key);
            if (used === 0)
                continue;
            if (mode === 'exact' && used !== words.length)
                continue;
            if (!best || used > best.used)
                best = { spec, used };
        }
        return best?.spec;
    };
}
const LABEL = /^([^\n:]{1,60}):/;
const MAX_OTHER_HEADINGS = 10;
/** Markers for a heading, a bold-label paragraph or a `Label:` paragraph. */
function markerOf(node, index, match) {
    if (node.type === 'heading') {
        const title = plainText(node.children, { skipCode: true });
        return {
            index,
            kind: 'heading',
            depth: node.depth,
            spec: match(title, 'prefix'),
            title: title.trim(),
            line: node.position.start.line,
            column: node.position.start.column,
            titleEndLine: node.position.end.line,
            contentStart: node.position.end.offset,
            rest: undefined
        };
    }
    if (node.type !== 'paragraph')
        return undefined;
    const para = node;
    const first = para.children[0];
    if (!first)
        return undefined;
    if (first.type === 'strong') {
        const label = plainText(first.children, { skipCode: true });
        const after = para.children[1];
        const colonInside = /[:;]\s*$/.test(label);
        let rest = para.children.slice(1);
        if (after) {
            if (after.type === 'break')
                rest = para.children.slice(2);
            else if (after.type === 'text' &&
                /^[ \t]*[:;]?[ \t]*(\n|$)/.test(after.value)) {
                rest = [
                    { ...after, value: after.value.replace(/^[ \t]*[:;]?[ \t]*\n?/, '') },
                    ...para.children.slice(2)
                ];
            }
            else if (after.type === 'text' && /^\s*:/.test(after.value)) {
                rest = [
                    { ...after, value: after.value.replace(/^\s*:\s*/, '') },
                    ...para.children.slice(2)
                ];
            }
            else if (!colonInside)
                return undefined;
        }
        const spec = match(label.replace(/[:;\s]+$/, ''), 'prefix');
        if (!spec)
            return undefined;
        return {
            index,
            kind: 'bold',
            depth: 7,
            spec,
            title: label.trim(),
            line: first.position.start.line,
            column: first.position.start.column,
            titleEndLine: first.position.end.line,
            contentStart: first.position.end.offset,
            rest
        };
    }
    if (first.type === 'text') {
        const m = LABEL.exec(first.value);
        if (!m)
            return undefined;
        const spec = match(m[1], 'exact');
        if (!spec)
            return undefined;
        const restValue = first.value.slice(m[0].length).replace(/^[ \t]*\n?/, '');
        return {
            index,
            kind: 'label',
            depth: 7,
            spec,
            title: m[1].trim(),
            line: first.position.start.line,
            column: first.position.start.column,
            titleEndLine: first.position.start.line,
            contentStart: first.position.start.offset + m[0].length,
            rest: [{ ...first, value: restValue }, ...para.children.slice(1)]
        };
    }
    return undefined;
}
/** Whether the content has anything a reader would see. */
function hasContent(nodes, text) {
    if (text.trim() !== '')
        return true;
    for (const node of walk(nodes)) {
        if (node.type === 'image' || node.type === 'imageReference')
            return true;
    }
    return false;
}
/**
 * Find the configured sections among the top-level blocks of the body. Code,
 * HTML comments and block quotes never name a section: they are not headings or
 * paragraphs at the top level, and inline code is left out of titles.
 */
function findSections(root, body, specs) {
    const match = matcher(specs);
    const children = root.children;
    const markers = [];
    children.forEach((node, i) => {
        const marker = markerOf(node, i, match);
        if (marker)
            markers.push(marker);
    });
    const sections = [];
    const duplicates = [];
    const firstOf = new Map();
    for (let m = 0; m < markers.length; m++) {
        const marker = markers[m];
        if (!marker.spec)
            continue;
        let end;
        for (let n = m + 1; n < markers.length; n++) {
            const next = markers[n];
            if (next.spec ||
                (next.kind === 'heading' && next.depth <= marker.depth)) {
                end = next;
                break;
            }
        }
        const endIndex = end ? end.index : children.length;
        const blocks = children.slice(marker.index + 1, endIndex);
        const nodes = marker.rest
            ? [{ type: 'paragraph', children: marker.rest }, ...blocks]
            : blocks;
        const kept = nodes.filter((n) => !isNoResponse(n));
        const text = plainText(kept).replace(/\s+/g, ' ').trim();
        const contentEnd = end
            ? children[end.index].position.start.offset
            : body.length;
        const last = blocks.at(-1) ?? children[marker.index];
        const section = {
            spec: marker.spec,
            kind: marker.kind,
            title: marker.title,
            start: { line: marker.line, column: marker.column },
            titleEndLine: marker.titleEndLine,
            endLine: last?.position?.end.line ?? marker.line,
            contentStart: marker.contentStart,
            contentEnd: Math.max(contentEnd, marker.contentStart),
            empty: !hasContent(kept, text),
            text,
            nodes
        };
        const first = firstOf.get(marker.spec);
        if (first) {
            duplicates.push({
                spec: marker.spec,
                finding: {
                    severity: 'warning',
                    message: `Unexpected second \`${marker.spec.name}\` section, expected one`,
                    line: marker.line,
                    column: marker.column,
                    source: 'section',
                    rule: 'duplicate-section',
                    cause: {
                        message: `First \`${marker.spec.name}\` section here`,
                        line: first.start.line
                    }
                }
            });
            continue;
        }
        firstOf.set(marker.spec, section);
        sections.push(section);
    }
    const otherHeadings = markers
        .filter((m) => !m.spec && m.kind === 'heading' && m.title !== '')
        .slice(0, MAX_OTHER_HEADINGS)
        .map((m) => ({ title: m.title, line: m.line, endLine: m.titleEndLine }));
    return { sections, duplicates, otherHeadings };
}

// EXTERNAL MODULE: ./src/core/sections-defaults.ts
var sections_defaults = __webpack_require__(3226);
;// CONCATENATED MODULE: ./src/core/lint.ts








/** GitHub's limit for an issue body; longer text is checked up to here. */
const MAX_BODY = 65_536;
/** How much text is scanned for credentials at most (a local file may be large). */
const MAX_SCANNED = 1 << 20;
/**
 * Check an issue body against the configured sections. Pure: the same body and
 * specs always give the same report.
 */
async function lint(input, specs = sections_defaults/* DEFAULT_SECTIONS */.v, issue = null) {
    return (await lintSections(input, specs, issue)).report;
}
/**
 * `lint`, with the sections as found (the record renders the TLDR from them).
 * `scanned`: the credential scan of this body when it was made already (the
 * record scans every body in one pass); by default it is made here.
 */
async function lintSections(input, specs = sections_defaults/* DEFAULT_SECTIONS */.v, issue = null, scanned) {
    // The structure is checked up to GitHub's limit; credentials are looked for
    // in all of it (a local draft may be longer), up to a bound on the work.
    const whole = (input ?? '').slice(0, MAX_SCANNED).replace(/\r\n?/g, '\n');
    const body = whole.slice(0, MAX_BODY);
    const root = parseBody(body);
    const lines = new core_lines/* LineIndex */.r(whole);
    const { sections: found, duplicates, otherHeadings } = findSections(root, body, specs);
    const context = { body, sections: found, lines };
    const bySpec = new Map(found.map((s) => [s.spec, s]));
    const perSpec = new Map(specs.map((s) => [s, []]));
    const loose = [];
    /** Attach a finding to the section whose lines hold it, else to the report. */
    const place = (finding) => {
        const home = found.find((s) => finding.line >= s.start.line && finding.line <= s.endLine);
        if (home)
            perSpec.get(home.spec).push(finding);
        else
            loose.push(finding);
    };
    for (const { spec, finding } of duplicates)
        perSpec.get(spec).push(finding);
    const credentials = scanned ?? (await (0,scan_credentials/* scanCredentials */.S)(whole, lines));
    for (const finding of credentials)
        place(finding);
    const secretLines = new Set(credentials.map((f) => f.line));
    /** A title is shown only when no line of it holds a credential, and then redacted. */
    const shown = (title, from, to) => {
        for (let line = from; line <= to; line++)
            if (secretLines.has(line))
                return null;
        return (0,core_credentials/* redact */.E$)(title);
    };
    const sections = specs.map((spec) => {
        const section = bySpec.get(spec);
        const findings = perSpec.get(spec);
        if (!section) {
            if (spec.required) {
                findings.unshift({
                    severity: 'error',
                    message: `Missing section \`${spec.name}\`, expected a heading \`## ${spec.name}\``,
                    line: 1,
                    column: 1,
                    source: 'section',
                    rule: 'missing-section'
                });
            }
            return sectionReport(spec, null, findings, null);
        }
        if (section.empty) {
            // An optional section left empty (an issue form's `_No response_`) is fine.
            if (spec.required) {
                findings.unshift({
                    severity: 'error',
                    message: `Unexpected empty \`${spec.name}\`, expected some text`,
                    line: section.start.line,
                    column: section.start.column,
                    source: 'section',
                    rule: 'empty-section'
                });
            }
        }
        else if (spec.check) {
            findings.push(...runCheck(spec.check, section, context));
        }
        return sectionReport(spec, section, findings, shown(section.title, section.start.line, section.titleEndLine));
    });
    const missing = sections
        .filter((s) => s.required && (!s.present || s.empty))
        .map((s) => s.name);
    // A credential makes the report incomplete: it must go before anything else.
    const credential = credentials.some((f) => f.severity === 'error');
    const report = {
        issue,
        complete: missing.length === 0 && !credential,
        missing,
        sections,
        findings: loose.sort(core_findings/* byPosition */.rg),
        otherHeadings: otherHeadings.flatMap((h) => {
            const title = shown(h.title, h.line, h.endLine);
            return title === null ? [] : [{ title, line: h.line }];
        })
    };
    return { report, found };
}
function sectionReport(spec, section, findings, title) {
    return {
        name: spec.name,
        required: spec.required,
        present: section !== null,
        empty: section?.empty ?? false,
        line: section?.start.line ?? null,
        title,
        findings: findings.sort(core_findings/* byPosition */.rg)
    };
}


/***/ }),

/***/ 3097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mq: () => (/* binding */ leadingMatch),
/* harmony export */   id: () => (/* binding */ titleWords),
/* harmony export */   kz: () => (/* binding */ titleKey)
/* harmony export */ });
/**
 * Words of a title for matching: case, punctuation, emoji, markup and a leading
 * number (`1.`, `2)`) are ignored; apostrophes vanish so "didn't" is one word.
 */
function titleWords(text) {
    const words = text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/['’`]/g, '')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0);
    while (words.length > 1 && /^\d+$/.test(words[0]))
        words.shift();
    return words;
}
/** The compact key of a name or alias: "TL;DR" and "TLDR" both give "tldr". */
function titleKey(text) {
    return titleWords(text).join('');
}
/**
 * How many leading words of `title` spell `key`, or 0 when they do not.
 * `Timeline (UTC)` starts with `timeline`; `Timelines` does not.
 */
function leadingMatch(title, key) {
    if (key.length === 0)
        return 0;
    let joined = '';
    for (let i = 0; i < title.length; i++) {
        joined += title[i];
        if (joined === key)
            return i + 1;
        if (joined.length >= key.length || !key.startsWith(joined))
            return 0;
    }
    return 0;
}


/***/ }),

/***/ 709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ scanCredentials)
/* harmony export */ });
/* harmony import */ var _secretlint_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(198);
/* harmony import */ var _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1577);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2633);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4637);




/** Kinds named after secretlint's rule ids; the value itself is never kept. */
const RULE_KINDS = {
    '@secretlint/secretlint-rule-aws': 'AWS credential',
    '@secretlint/secretlint-rule-gcp': 'Google Cloud credential',
    '@secretlint/secretlint-rule-github': 'GitHub token',
    '@secretlint/secretlint-rule-npm': 'npm token',
    '@secretlint/secretlint-rule-slack': 'Slack token',
    '@secretlint/secretlint-rule-sendgrid': 'SendGrid key',
    '@secretlint/secretlint-rule-shopify': 'Shopify token',
    '@secretlint/secretlint-rule-openai': 'OpenAI key',
    '@secretlint/secretlint-rule-anthropic': 'Anthropic key',
    '@secretlint/secretlint-rule-linear': 'Linear key',
    '@secretlint/secretlint-rule-1password': '1Password secret',
    '@secretlint/secretlint-rule-privatekey': 'private key',
    '@secretlint/secretlint-rule-basicauth': 'password in a URL',
    '@secretlint/secretlint-rule-database-connection-string': 'database connection string with a password'
};
const SECRETLINT_CONFIG = {
    rules: [{ id: _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_1__/* .creator */ .x.meta.id, rule: _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_1__/* .creator */ .x }]
};
const advice = 'expected no credentials in a public issue: revoke it now (edits keep the old text in the issue history)';
/**
 * Credentials anywhere in the body, by kind and line, deduplicated. The body is
 * public the moment it is posted, so this runs over every line, code included.
 */
async function scanCredentials(body, lines) {
    const hits = new Map();
    // A token split by an invisible character (a zero-width space, a soft
    // hyphen) is still a credential: scan the text without them, and point at
    // the original (line numbers agree: no line break is invisible).
    const visible = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .stripInvisibleMapped */ .f0)(body);
    const add = (kind, at, to) => {
        const offset = visible.origin(at);
        const end = visible.origin(to);
        const { line, column } = lines.point(offset);
        const key = `${line}:${kind}`;
        if (hits.has(key))
            return;
        hits.set(key, {
            severity: 'error',
            message: `Unexpected ${kind}, ${advice}`,
            line,
            column,
            end: lines.point(end),
            source: 'credentials',
            rule: 'credential'
        });
    };
    // secretlint honours `secretlint-disable` comments even when its filter rule
    // is disabled in a preset (11.7): a public issue must not be able to hide a
    // secret, so the directive is defused, keeping every offset.
    const content = visible.text.replace(/secretlint-(disable|enable)/gi, (m) => 'x'.repeat(m.length));
    const result = await (0,_secretlint_core__WEBPACK_IMPORTED_MODULE_0__/* .lintSource */ .n)({
        source: { content, filePath: 'issue.md', ext: '.md', contentType: 'text' },
        options: {
            config: SECRETLINT_CONFIG,
            maskSecrets: true,
            noPhysicFilePath: true
        }
    });
    for (const message of result.messages) {
        add(RULE_KINDS[message.ruleId] ?? 'secret', message.range[0], message.range[1]);
    }
    const knownLines = new Set([...hits.values()].map((f) => f.line));
    for (const { kind, pattern } of _credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .CREDENTIAL_SHAPES */ .dF) {
        for (const m of visible.text.matchAll(pattern)) {
            // One finding a line: secretlint named this one more precisely already.
            if (!knownLines.has(lines.point(visible.origin(m.index)).line))
                add(kind, m.index, m.index + m[0].length);
        }
    }
    return [...hits.values()].sort(_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .byPosition */ .rg);
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ fileSource),
/* harmony export */   RB: () => (/* binding */ workflowPath),
/* harmony export */   Ul: () => (/* binding */ readFiles),
/* harmony export */   rP: () => (/* binding */ readPreviousRecord),
/* harmony export */   recordDirProblem: () => (/* binding */ recordDirProblem),
/* harmony export */   rh: () => (/* binding */ writeRecord)
/* harmony export */ });
/* unused harmony exports folderSource, apiSource */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_issue_form_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3399);



const status = (e) => e.status;
/** The readiness items that need only the repository's files (the CLI's too). */
async function readFiles(files, workflowPath) {
    try {
        const templates = [];
        const dir = '.github/ISSUE_TEMPLATE';
        for (const name of await files.list(dir)) {
            if (!/\.(ya?ml|md)$/i.test(name) || /^config\.ya?ml$/i.test(name))
                continue;
            const text = await files.read(`${dir}/${name}`);
            const template = text === null ? null : (0,_core_issue_form_js__WEBPACK_IMPORTED_MODULE_2__/* .readTemplate */ .xV)(`${dir}/${name}`, text);
            if (template)
                templates.push(template);
        }
        let securityPolicy = null;
        for (const folder of ['', '.github', 'docs']) {
            const name = (await files.list(folder || '.')).find((n) => n.toLowerCase() === 'security.md');
            if (!name)
                continue;
            const path = folder ? `${folder}/${name}` : name;
            const text = await files.read(path);
            if (text !== null) {
                securityPolicy = { path, text };
                break;
            }
        }
        let workflow = null;
        if (workflowPath) {
            const text = await files.read(workflowPath);
            if (text !== null)
                workflow = { path: workflowPath, text };
        }
        else {
            // No GITHUB_WORKFLOW_REF (the CLI): the workflow that uses the action.
            for (const name of await files.list('.github/workflows')) {
                if (!/\.ya?ml$/i.test(name))
                    continue;
                const path = `.github/workflows/${name}`;
                const text = await files.read(path);
                if (text !== null && /incident-issues/.test(text)) {
                    workflow = { path, text };
                    break;
                }
            }
        }
        return { templates, securityPolicy, workflow, unreadable: null };
    }
    catch (error) {
        return {
            templates: [],
            securityPolicy: null,
            workflow: null,
            unreadable: status(error) === 403 || status(error) === 401
                ? "the token may not read the repository's files: add `contents: read` to the workflow's `permissions:`, or run `actions/checkout` first"
                : `the repository's files could not be read (${error.message})`
        };
    }
}
/** `.github/workflows/x.yml` from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`). */
function workflowPath(ref) {
    const m = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(ref ?? '');
    return m ? m[1] : null;
}
/** The files of a checked-out folder (paths stay inside it). */
function folderSource(dir) {
    const inside = (path) => {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, path));
        return full.startsWith((0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(dir)) ? full : null;
    };
    return {
        where: dir,
        async read(path) {
            const full = inside(path);
            if (!full || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isFile())
                return null;
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8');
        },
        async list(path) {
            const full = inside(path);
            if (!full || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isDirectory())
                return [];
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(full);
        }
    };
}
/** The repository's files through the contents API. */
function apiSource(setup) {
    return {
        where: 'the contents API (the workspace is empty: no actions/checkout)',
        async read(path) {
            const content = await setup.readContent(path);
            return content?.type === 'file' ? content.text : null;
        },
        async list(path) {
            const content = await setup.readContent(path === '.' ? '' : path);
            return content?.type === 'dir' ? [...content.entries] : [];
        }
    };
}
/** The workspace when it holds the checkout, otherwise the contents API. */
async function fileSource(workspace, setup) {
    if (workspace && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(workspace) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(workspace).length > 0)
        return folderSource(workspace);
    return apiSource(setup);
}
/** The deepest part of `path` that exists, with symbolic links resolved. */
function realExisting(path) {
    let p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(p, path));
        }
        catch {
            const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p);
            if (up === p)
                return path;
            p = up;
        }
    }
}
/**
 * Why `dir` (the absolute `record-dir`) may not be written, or null: a
 * symbolic link on the way must not lead out of the workspace, nor back to
 * the workspace itself.
 */
function recordDirProblem(dir, workspace) {
    const root = realExisting(workspace);
    const real = realExisting(dir);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, real);
    if (rel === '')
        return 'must be a folder of its own inside the workspace, not a link to the workspace itself';
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        return `must be a folder inside the workspace; a symbolic link leads it to ${real}`;
    return null;
}
/**
 * Write the record's files into `dir`. Throws an error that names the folder
 * (the caller lists it with the other problems of the run).
 */
function writeRecord(dir, files) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        for (const [name, text] of Object.entries(files)) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
        }
    }
    catch (error) {
        const why = error.code ?? String(error);
        throw new Error(`Could not write the public record into 'record-dir' (${dir}): ${why}. Check that the folder can be created and written by the job.`, { cause: error });
    }
}
/** The previous record's incidents.json in `dir` (its memory), or null. */
function readPreviousRecord(dir) {
    try {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'incidents.json');
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        // A record of 100,000 incidents is far below this; anything larger is not ours.
        return stat.isFile() && stat.size <= 50_000_000
            ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')
            : null;
    }
    catch {
        return null;
    }
}


/***/ })

};

//# sourceMappingURL=200.index.js.map