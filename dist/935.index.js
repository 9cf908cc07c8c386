export const id = 935;
export const ids = [935];
export const modules = {

/***/ 935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOrganisation: () => (/* binding */ runOrganisation)
});

// EXTERNAL MODULE: ./src/core/readiness/index.ts + 10 modules
var readiness = __webpack_require__(8871);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(6745);
;// CONCATENATED MODULE: ./src/core/render/organisation.ts

/** A repository name in a table cell (names are GitHub's, but still escaped). */
const repo = (name) => `\`${name.replace(/`/g, '')}\``;
const cell = (text, max = 300) => (0,render_escape/* escapeText */.X)(text, max);
const numbers = (ns) => ns.length ? ns.map((n) => `#${n}`).join(', ') : '—';
/** The job summary gives up on details past this size (GitHub's limit is 1 MiB). */
const DETAILS_BUDGET = 400_000;
/** What discovery left out, in words; '' when nothing. */
function leftOutLine(l) {
    const parts = [
        l.archived && `${l.archived} archived`,
        l.forks && `${l.forks} fork${l.forks === 1 ? '' : 's'}`,
        l.issuesDisabled && `${l.issuesDisabled} with issues turned off`,
        l.excluded && `${l.excluded} left out by \`!owner/name\``
    ].filter(Boolean);
    return parts.length ? `Not covered: ${parts.join(', ')}.` : '';
}
/** The organisation sweep's job summary: one row per repository, then each one's incidents. */
function renderOrganisationSweep(v, dryRun) {
    const failed = v.outcomes.filter((o) => o.failure !== null);
    const lines = [
        `### incident-issues sweep of ${v.covered.length} repositor${v.covered.length === 1 ? 'y' : 'ies'}${dryRun ? ' (dry run: nothing was written)' : ''}`,
        '',
        [
            v.via === 'installation'
                ? 'Repositories from the GitHub App installation.'
                : v.via === 'owner'
                    ? "Repositories from the owners' lists (the token is not an App installation's)."
                    : '',
            leftOutLine(v.leftOut),
            failed.length
                ? `**${failed.length} failed** (named below and in the run's error).`
                : ''
        ]
            .filter(Boolean)
            .join(' '),
        '',
        '| Repository | Incidents | Pinned | Unpinned | Outcome |',
        '|---|---|---|---|---|'
    ];
    for (const o of v.ownersFailed)
        lines.push(`| ${repo(`${o.owner}/*`)} | | | | ❌ ${cell(o.why)} |`);
    for (const o of v.outcomes)
        lines.push(`| ${repo(o.repository)} | ${o.failure !== null && o.rows.length === 0 ? '' : o.rows.length} | ${numbers(o.pinned)} | ${numbers(o.unpinned)} | ${o.failure === null ? '✅ ok' : `❌ ${cell(o.failure)}`} |`);
    if (v.outcomes.length === 0 && v.ownersFailed.length === 0)
        lines.push('| (no repository is covered) | | | | |');
    let size = lines.join('\n').length;
    const details = [];
    for (const o of v.outcomes) {
        if (o.rows.length === 0 && o.untrusted.length === 0)
            continue;
        const table = [
            '',
            `<details><summary>${o.repository.replace(/[<>&"]/g, '')}: ${o.rows.length} incident(s)</summary>`,
            '',
            '| Issue | State | Closed | Pinned before → after | Why |',
            '|---|---|---|---|---|',
            ...o.rows.map((r) => `| #${r.number} ${cell(r.title, 120)} | ${r.state} | ${r.closedAt ? r.closedAt.slice(0, 10) : ''} | ${r.pinnedBefore ? 'pinned' : 'not pinned'} → ${r.pinnedAfter ? 'pinned' : 'not pinned'} | ${cell(r.why, 120)} |`),
            ...(o.untrusted.length
                ? [
                    '',
                    `Not treated as incidents (the label was not applied by a maintainer): ${numbers(o.untrusted.map((u) => u.number))}.`
                ]
                : []),
            '',
            '</details>'
        ].join('\n');
        if (size + table.length > DETAILS_BUDGET) {
            details.push('', 'The other repositories’ incidents are left out of this summary (it would be too long); the log has every line.');
            break;
        }
        size += table.length;
        details.push(table);
    }
    return [...lines, ...details, ''].join('\n');
}
/** Why an organisation run failed: each failed repository (or owner) and why. */
function renderOrganisationFailure(failed) {
    return [
        `${failed.length} repositor${failed.length === 1 ? 'y' : 'ies'} failed; every other one was served:`,
        ...failed.map((f) => `- ${f.name}: ${oneLine(f.why)}`),
        'Likely causes: the GitHub App is not installed on the repository, or lacks "Issues: read and write" there; the repository is archived or has issues turned off (leave it out with `!owner/name`). See docs/organisation.md.'
    ].join('\n');
}
const oneLine = (s) => s.replace(/\s+/g, ' ').slice(0, 600);
/** The notice issues of each report, and what happened to each. */
function renderNotices(n) {
    const code = (s) => `\`${s.replace(/`/g, '')}\``;
    const lines = ['### incident-issues: notice issues', ''];
    if (n.reports.size === 0 && n.foreign.length === 0)
        lines.push('No report names another repository.');
    for (const [report, notices] of n.reports)
        lines.push(`- ${code(report)}: ${notices.length
            ? notices
                .map((x) => `${code(x.number === null ? x.repository : `${x.repository}#${x.number}`)} ${x.did}`)
                .join('; ')
            : 'no notice'}`);
    if (n.foreign.length)
        lines.push('', `Left alone (they carry a notice marker but the token did not write them): ${n.foreign
            .map((f) => `${code(`${f.repository}#${f.number}`)} (for ${code(f.report)})`)
            .join(', ')}.`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/core/repositories.ts
var core_repositories = __webpack_require__(6447);
// EXTERNAL MODULE: ./src/files.ts
var src_files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/github/dry-run-port.ts
var dry_run_port = __webpack_require__(8748);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/graphql.ts
var graphql = __webpack_require__(1422);
// EXTERNAL MODULE: ./src/github/list-record.ts
var list_record = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/github/octokit-port.ts + 8 modules
var octokit_port = __webpack_require__(5974);
;// CONCATENATED MODULE: ./src/github/notices.ts

/**
 * The notice issues' writes over REST (core/notices.ts decides them). The
 * create is never retried blindly: its answer may be lost after GitHub made
 * the issue, and the handler reads the repository again before one more try.
 */
function noticePort({ write, octokit, owner, repo }) {
    return {
        createIssue: (title, body, labels) => write('open a notice issue', async () => {
            const { data } = await octokit.rest.issues.create({
                owner,
                repo,
                title,
                body,
                labels: [...labels],
                request: { retries: 0 }
            });
            return data.number;
        }),
        updateIssue: (number, change) => write(`update notice #${number}`, async () => {
            await octokit.rest.issues.update({
                owner,
                repo,
                issue_number: number,
                ...(change.title !== undefined ? { title: change.title } : {}),
                ...(change.body !== undefined ? { body: change.body } : {}),
                ...(change.state ? { state: change.state } : {}),
                ...(change.stateReason ? { state_reason: change.stateReason } : {})
            });
            return 'updated';
        }, (e) => ((0,graphql/* isNotFound */.c)(e) ? 'gone' : undefined))
    };
}

// EXTERNAL MODULE: ./src/github/queries.ts
var queries = __webpack_require__(3807);
// EXTERNAL MODULE: ./src/github/records.ts
var records = __webpack_require__(7997);
;// CONCATENATED MODULE: ./src/github/organisation.ts








/** Repositories asked in one GraphQL request (aliases `r0` … `r49`). */
const REPOSITORIES_PER_READ = 50;
/**
 * Issues of each repository in that request: most repositories have none
 * open, and GitHub charges a query by what it may return. The sweep's read of
 * 50 repositories × 20 issues × (labels, label events, pin events) is about
 * 35 points of the 5,000 an hour (and 126,000 of the 500,000 nodes a query
 * may reach); the record's, with bodies and two more timelines, about 51. A
 * repository with more goes on from where its first page stopped, 100 a read.
 */
const SWEEP_ISSUES_PER_REPOSITORY = 20;
const RECORD_ISSUES_PER_REPOSITORY = 20;
/**
 * A query over `count` repositories: one alias each, and variables only (an
 * alias is `r` and its index, never a name from outside).
 */
function batchQuery(operation, count, fields, fragments) {
    const vars = Array.from({ length: count }, (_, k) => `$o${k}: String!, $n${k}: String!`).join(', ');
    const aliases = Array.from({ length: count }, (_, k) => `r${k}: repository(owner: $o${k}, name: $n${k}) { ...Batch }`).join('\n    ');
    return /* GraphQL */ `
  query ${operation}($name: String!, $labels: [String!], ${vars}) {
    viewer { login }
    ${aliases}
  }
  fragment Batch on Repository {
    nameWithOwner
    url
    isArchived
    hasIssuesEnabled
    label(name: $name) { name }
    labels(query: $name, first: 20) { nodes { name } }
    ${fields}
  }
  ${fragments}
`;
}
const sweepFields = (first) => /* GraphQL */ `
    ${queries/* PINNED */.LS}
    issues(labels: $labels, states: [OPEN], first: ${first},
           orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...IssueRecord }
    }`;
const recordFields = (first) => /* GraphQL */ `
    issues(labels: $labels, states: [OPEN, CLOSED], first: ${first},
           orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ${queries/* RECORD_ISSUE */.GU} }
    }`;
const FRAGMENTS = `${queries/* ISSUE_FACTS */.Mn}\n${queries/* LABEL_EVENT */.u7}`;
/** The organisation's sweep read of `count` repositories. */
const orgSweepQuery = (count) => batchQuery('OrganisationSweep', count, sweepFields(SWEEP_ISSUES_PER_REPOSITORY), FRAGMENTS);
/** The organisation's record read of `count` repositories. */
const orgRecordQuery = (count) => batchQuery('OrganisationRecord', count, recordFields(RECORD_ISSUES_PER_REPOSITORY), FRAGMENTS);
const OWNER_REPOSITORIES_QUERY = /* GraphQL */ `
  query OwnerRepositories($owner: String!, $cursor: String) {
    repositoryOwner(login: $owner) {
      repositories(first: 100, after: $cursor) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          nameWithOwner
          isArchived
          isFork
          hasIssuesEnabled
        }
      }
    }
  }
`;
/** Why a repository cannot be served, as the summary and the failure say it. */
const WHY = {
    unreachable: 'not reachable with the token: it does not exist, or the token does not cover it (an App installation must include it)',
    archived: 'archived: GitHub refuses every write to it (unarchive it, or leave it out with !owner/name)',
    issuesOff: 'its issues are turned off (Settings → Features → Issues), or leave it out with !owner/name'
};
/** Why a repository could not be read, in words a maintainer can act on. */
function whyNot(error) {
    if (!error || error.type === 'NOT_FOUND')
        return WHY.unreachable;
    if (error.type === 'FORBIDDEN')
        return `the token may not read its issues (${organisation_oneLine(error.message)}): give the App "Issues" permission`;
    return `GitHub could not answer for it (${organisation_oneLine(error.message)})`;
}
const organisation_oneLine = (s) => (s ?? '').replace(/\s+/g, ' ').slice(0, 200);
/** GitHubPort per repository, and the reads of many over one client. */
function octokitOrganisation(octokit, graphqlUrl) {
    const ports = new Map();
    const repository = (name) => {
        const key = (0,core_repositories/* repoKey */.wb)(name);
        let port = ports.get(key);
        if (!port) {
            const [owner = '', repo = ''] = name.split('/');
            port = (0,octokit_port/* octokitPort */.h)(octokit, owner, repo, graphqlUrl);
            ports.set(key, port);
        }
        return port;
    };
    /**
     * Ask `query` of 50 repositories at a time; `serve` turns each answer into
     * the repository's value. A failure of the request is every asked
     * repository's answer; an error on one alias is that repository's.
     */
    async function batched(repositories, label, query, doing, serve) {
        const out = new Map();
        for (let at = 0; at < repositories.length; at += REPOSITORIES_PER_READ) {
            const chunk = repositories.slice(at, at + REPOSITORIES_PER_READ);
            const variables = {
                name: label,
                labels: [label]
            };
            chunk.forEach((name, k) => {
                const [owner = '', repo = ''] = name.split('/');
                variables[`o${k}`] = owner;
                variables[`n${k}`] = repo;
            });
            let data = null;
            let errors = [];
            try {
                data = await octokit.graphql({
                    query: query(chunk.length),
                    url: graphqlUrl,
                    ...variables
                });
            }
            catch (error) {
                const partial = error;
                if (partial.data && Array.isArray(partial.errors)) {
                    data = partial.data;
                    errors = partial.errors;
                }
                else {
                    const why = (0,github_errors/* explain */.WE)(error, doing, 'issues: read').message;
                    for (const name of chunk)
                        out.set((0,core_repositories/* repoKey */.wb)(name), { ok: false, why });
                    continue;
                }
            }
            const viewer = data?.viewer?.login ?? '';
            for (const [k, name] of chunk.entries()) {
                const raw = data?.[`r${k}`];
                const key = (0,core_repositories/* repoKey */.wb)(name);
                if (!raw) {
                    out.set(key, {
                        ok: false,
                        why: whyNot(errors.find((e) => e.path?.[0] === `r${k}`))
                    });
                }
                else if (raw.isArchived) {
                    out.set(key, { ok: false, why: WHY.archived });
                }
                else if (!raw.hasIssuesEnabled) {
                    out.set(key, { ok: false, why: WHY.issuesOff });
                }
                else {
                    try {
                        out.set(key, { ok: true, value: await serve(name, raw, viewer) });
                    }
                    catch (error) {
                        out.set(key, {
                            ok: false,
                            why: organisation_oneLine(error.message)
                        });
                    }
                }
            }
        }
        return out;
    }
    /** The label as the repository spells it, when it has it. */
    const spelling = (raw, label) => {
        const same = (l) => l && l.name.toLowerCase() === label.toLowerCase() ? l.name : null;
        return (same(raw.label) ??
            (raw.labels?.nodes ?? []).map(same).find(Boolean) ??
            null);
    };
    /** The pages after the batch's first, 100 a read, with the one-repository query. */
    async function rest(name, query, doing, label, first) {
        const nodes = first.nodes.filter((n) => n !== null);
        let cursor = first.pageInfo.hasNextPage ? first.pageInfo.endCursor : null;
        const a = (0,graphql/* api */.F)(octokit, ...name.split('/'), graphqlUrl);
        while (cursor) {
            const page = await a.read(doing, query, {
                owner: a.owner,
                repo: a.repo,
                name: label,
                labels: [label],
                cursor
            });
            if (!page.repository)
                break;
            for (const n of page.repository.issues.nodes)
                if (n)
                    nodes.push(n);
            const info = page.repository.issues.pageInfo;
            cursor = info.hasNextPage ? info.endCursor : null;
        }
        return nodes;
    }
    return {
        repository,
        notices: (name) => noticePort((0,graphql/* api */.F)(octokit, ...name.split('/'), graphqlUrl)),
        async listRepositories(owner) {
            const facts = [];
            try {
                for (let page = 1; page <= 1_000; page++) {
                    const { data } = await octokit.request('GET /installation/repositories', { per_page: 100, page });
                    for (const r of data.repositories)
                        facts.push({
                            name: r.full_name,
                            archived: r.archived,
                            fork: r.fork,
                            hasIssues: r.has_issues
                        });
                    if (data.repositories.length < 100 || page * 100 >= data.total_count)
                        break;
                }
                return { repositories: facts, via: 'installation' };
            }
            catch (error) {
                const status = error.status;
                // 403: not an installation's token (a personal one): the owner's list.
                if (status !== 403 && status !== 404)
                    throw (0,github_errors/* explain */.WE)(error, 'list the repositories', 'issues: read');
            }
            const a = (0,graphql/* api */.F)(octokit, owner, '', graphqlUrl);
            let cursor = null;
            do {
                const page = await a.read(`list the repositories of ${owner}`, OWNER_REPOSITORIES_QUERY, { owner, cursor });
                if (!page.repositoryOwner)
                    break;
                for (const r of page.repositoryOwner.repositories.nodes)
                    if (r)
                        facts.push({
                            name: r.nameWithOwner,
                            archived: r.isArchived,
                            fork: r.isFork,
                            hasIssues: r.hasIssuesEnabled
                        });
                const info = page.repositoryOwner.repositories.pageInfo;
                cursor = info.hasNextPage ? info.endCursor : null;
            } while (cursor);
            return { repositories: facts, via: 'owner' };
        },
        listIncidentsOf(repositories, label) {
            return batched(repositories, label, orgSweepQuery, 'list the incident issues', async (name, raw, viewer) => {
                const labelName = spelling(raw, label);
                // Spelled otherwise there: its own read asks with its spelling.
                if (labelName !== null && labelName !== label)
                    return repository(name).listIncidents(label);
                const nodes = await rest(name, queries/* SWEEP_QUERY */.Qr, 'list the incident issues', label, raw.issues);
                return {
                    viewer,
                    issues: nodes.map((n) => (0,records/* issueRecord */.Td)(n)),
                    pinned: (0,records/* pinnedRecords */.Tq)(raw.pinnedIssues),
                    labelName
                };
            });
        },
        listRecordOf(repositories, label) {
            return batched(repositories, label, orgRecordQuery, 'list the incidents for the record', async (name, raw, viewer) => {
                const labelName = spelling(raw, label);
                if (labelName !== null && labelName !== label)
                    return repository(name).listRecord(label);
                const nodes = await rest(name, queries/* RECORD_QUERY */.Ty, 'list the incidents for the record', label, raw.issues);
                return {
                    viewer,
                    repositoryUrl: raw.url,
                    issues: nodes.map(list_record/* recordIssue */.x)
                };
            });
        }
    };
}

// EXTERNAL MODULE: ./src/core/trust.ts
var trust = __webpack_require__(9597);
// EXTERNAL MODULE: ./src/core/pin-facts.ts
var pin_facts = __webpack_require__(7702);
// EXTERNAL MODULE: ./src/handlers/attempt.ts
var handlers_attempt = __webpack_require__(9116);
// EXTERNAL MODULE: ./src/handlers/issue-event.ts + 4 modules
var issue_event = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/handlers/roles.ts
var handlers_roles = __webpack_require__(1052);
// EXTERNAL MODULE: ./src/handlers/sweep.ts
var sweep = __webpack_require__(8725);
;// CONCATENATED MODULE: ./src/handlers/organisation.ts







/**
 * Discovery (SPEC "One organisation"): each owner's repositories the token
 * can see (one read per 100), less archived ones, forks, those with issues
 * turned off and `!` entries; then the named ones. An owner that cannot be
 * listed is named, and the others go on.
 */
async function discover(org, selection) {
    const listed = [];
    const failed = [];
    let via = null;
    for (const owner of selection.owners) {
        try {
            const answer = await org.listRepositories(owner);
            via = answer.via;
            listed.push(...answer.repositories);
            if (!answer.repositories.some((r) => r.name.split('/')[0].toLowerCase() === owner.toLowerCase()))
                failed.push({
                    owner,
                    why: answer.via === 'installation'
                        ? `the token covers no repository of ${owner}: install the GitHub App on ${owner} (all repositories), and make the token with \`owner: ${owner}\``
                        : `no repository of ${owner} is visible to the token`
                });
        }
        catch (error) {
            failed.push({ owner, why: handlers_organisation_oneLine(error.message) });
        }
    }
    return { ...(0,core_repositories/* coveredRepositories */.p8)(selection, listed), failed, via };
}
/**
 * The sweep of every covered repository, with exactly the one-repository
 * rules in each (its labellers' roles, its pins, its three-pin limit). The
 * incident lists are read 50 repositories a request; one repository's
 * failure is its row, and the others go on.
 */
async function organisationSweep(deps, repositories) {
    const { org, inputs, now } = deps;
    const lists = await org.listIncidentsOf(repositories, inputs.label);
    const outcomes = [];
    for (const repository of repositories) {
        const empty = {
            repository,
            rows: [],
            untrusted: [],
            pinned: [],
            unpinned: [],
            refused: []
        };
        const answer = lists.get((0,core_repositories/* repoKey */.wb)(repository));
        if (!answer || !answer.ok) {
            outcomes.push({
                ...empty,
                failure: answer?.why ?? 'not read (no answer from GitHub)'
            });
            continue;
        }
        const log = deps.logFor(repository);
        const port = deps.wrap(org.repository(repository));
        const refused = [];
        const attempt = (0,handlers_attempt/* attempter */.N)(log, refused, async (number) => (await port.readIssue(number)).issue !== null);
        const roles = deps.rolesFor?.(repository, port) ?? (0,handlers_roles/* rolesFrom */.A)(port);
        try {
            const result = await (0,sweep/* sweep */.X)({
                port,
                inputs,
                now,
                log,
                attempt,
                roles,
                list: answer.value,
                own: (issue, viewer) => ownIssue(issue, viewer, inputs.label),
                ofOrganisation: true
            });
            if (inputs.comment)
                for (const number of result.pinned)
                    await (0,issue_event/* handleIssue */.q)(number, 'pinned-by-sweep', {
                        port,
                        inputs,
                        now,
                        log,
                        attempt,
                        roles,
                        lint: deps.lint
                    });
            const failures = [
                ...(refused.length
                    ? [
                        `GitHub refused ${refused.length} write${refused.length === 1 ? '' : 's'} (${refused
                            .map((r) => `#${r.number}: ${r.what}: ${r.message}`)
                            .join('; ')})`
                    ]
                    : []),
                ...(result.roleRefused
                    ? [
                        'GitHub would not say whether a labeller may apply labels: give the App "Metadata: read"'
                    ]
                    : [])
            ];
            outcomes.push({
                repository,
                failure: failures.length ? handlers_organisation_oneLine(failures.join('; '), 600) : null,
                rows: result.rows,
                untrusted: result.untrusted,
                pinned: result.pinned,
                unpinned: result.unpinned,
                refused
            });
        }
        catch (error) {
            outcomes.push({
                ...empty,
                refused,
                failure: handlers_organisation_oneLine(error.message)
            });
        }
    }
    return outcomes;
}
/**
 * An issue the token opened and labelled itself: a notice issue (the App's
 * identity opens no other issue; an attacker cannot author as it). Never for
 * GITHUB_TOKEN, whose identity every workflow of the repository shares (an
 * issue-ops workflow may open and label issues from anyone's text).
 */
function ownIssue(issue, viewer, label) {
    if ((0,pin_facts/* sameActor */.CM)(viewer, trust/* GITHUB_TOKEN_LOGIN */.Us))
        return false;
    const who = (0,trust/* labeler */.Iu)(issue, label);
    return (issue.author !== null &&
        issue.author.bot &&
        (0,pin_facts/* sameActor */.CM)(issue.author.login, viewer) &&
        who.login !== null &&
        who.bot &&
        (0,pin_facts/* sameActor */.CM)(who.login, viewer));
}
const handlers_organisation_oneLine = (s, max = 300) => s.replace(/\s+/g, ' ').slice(0, max);

// EXTERNAL MODULE: ./src/core/record/analyse.ts
var analyse = __webpack_require__(6004);
// EXTERNAL MODULE: ./src/core/record/render.ts
var render = __webpack_require__(9853);
;// CONCATENATED MODULE: ./src/core/record/organisation.ts

/** A repository's feed under the page; null for a name that is not GitHub's shape. */
function feedPath(repository) {
    const [owner, name, ...rest] = repository.split('/');
    if (rest.length > 0 ||
        !owner ||
        !name ||
        !/^[A-Za-z0-9-]{1,39}$/.test(owner) ||
        !/^[A-Za-z0-9._-]{1,100}$/.test(name) ||
        /^\.\.?$/.test(name))
        return null;
    return `feeds/${owner.toLowerCase()}/${name.toLowerCase()}.xml`;
}
const organisation_open = (r) => r.incidents.filter((i) => i.state === 'open').length;
/** Repositories with incidents: those with open ones first, then by name. */
function withIncidents(o) {
    return o.records
        .filter((r) => r.incidents.length > 0)
        .sort((a, b) => Number(organisation_open(b) > 0) - Number(organisation_open(a) > 0) ||
        (a.repository.toLowerCase() < b.repository.toLowerCase() ? -1 : 1));
}
/** Every incident, named by repository, in the page's order. */
function everyIncident(o) {
    return o.records
        .flatMap((r) => r.incidents.map((incident) => ({ incident, repository: r.repository })))
        .sort((a, b) => (a.incident.state === 'open' ? 0 : 1) -
        (b.incident.state === 'open' ? 0 : 1) ||
        b.incident.createdAt.localeCompare(a.incident.createdAt) ||
        (a.repository < b.repository
            ? -1
            : a.repository > b.repository
                ? 1
                : 0) ||
        b.incident.number - a.incident.number);
}
/** All incidents as one record, for the status line and the badge. */
const combined = (o) => ({
    repository: title(o),
    repositoryUrl: '',
    generated: o.generated,
    incidents: everyIncident(o).map((e) => e.incident),
    leftOut: o.records.reduce((n, r) => n + r.leftOut, 0)
});
const title = (o) => (0,render/* line */.n8)(o.owners.join(', '));
const covers = (o) => `${o.covered} repositor${o.covered === 1 ? 'y' : 'ies'} covered`;
/** index.html of an organisation: a section per repository with incidents. */
function renderOrganisationPage(o) {
    const shown = withIncidents(o);
    const all = combined(o);
    const alternates = shown
        .map((r) => {
        const path = feedPath(r.repository);
        return path
            ? `\n<link rel="alternate" type="application/atom+xml" title="${(0,render/* esc */.UQ)(`Security incidents of ${(0,render/* line */.n8)(r.repository)}`)}" href="${(0,render/* esc */.UQ)(path)}">`
            : '';
    })
        .join('');
    const sections = shown
        .map((r, k) => {
        const path = feedPath(r.repository);
        const links = [
            ...(path ? [`<a href="${(0,render/* esc */.UQ)(path)}">Atom feed</a>`] : []),
            ...(r.repositoryUrl
                ? [`<a href="${(0,render/* esc */.UQ)(r.repositoryUrl)}/issues">issue tracker</a>`]
                : [])
        ].join(' · ');
        return `<section aria-labelledby="repo-${k}">
<h2 id="repo-${k}">${(0,render/* esc */.UQ)((0,render/* line */.n8)(r.repository))}</h2>
<p class="meta">${(0,render/* statusLine */.Bs)(r)}${links ? ` · ${links}` : ''}</p>
<ol>
${r.incidents.map((i) => (0,render/* pageItem */.FW)(i, r.repository)).join('\n')}
</ol>
</section>`;
    })
        .join('\n');
    const left = (0,render/* leftOutNote */.UZ)(all.leftOut);
    return `${(0,render/* pageHead */.sT)(title(o), alternates)}
<body>
<header>
<h1>Security incidents of ${(0,render/* esc */.UQ)(title(o))}</h1>
<p class="status" role="status">${(0,render/* statusLine */.Bs)(all)}</p>
<p>${covers(o)}; ${shown.length} with incidents. Subscribe with the <a href="feed.xml">Atom feed</a> of all of them, or the feed of one repository. Each incident links to its public report on its repository's issue tracker.</p>
<p>Maintainers: <a href="draft.html">draft a report privately</a> (checked in your browser, nothing sent) before opening the public issue.</p>
</header>
<main>
${shown.length ? sections : '<h2>Incidents</h2>\n<p>None so far.</p>'}
${left}
</main>
</body>
</html>
`;
}
/**
 * The feeds: `feed.xml` of all incidents (each entry names its repository)
 * and one per repository with incidents, by path.
 */
function renderOrganisationFeeds(o, pageUrl) {
    const base = pageUrl.replace(/\/?$/, '/');
    const all = everyIncident(o);
    const updated = all
        .map((e) => e.incident.updatedAt)
        .sort()
        .at(-1) ?? '1970-01-01T00:00:00Z';
    const feeds = {
        'feed.xml': `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${(0,render/* esc */.UQ)(pageUrl)}</id>
  <title>${(0,render/* esc */.UQ)(`Security incidents of ${title(o)}`)}</title>
  <link rel="alternate" type="text/html" href="${(0,render/* esc */.UQ)(pageUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${(0,render/* esc */.UQ)(base)}feed.xml"/>
  <updated>${(0,render/* esc */.UQ)(updated)}</updated>
  <author><name>${(0,render/* esc */.UQ)(title(o))} maintainers</name></author>
${all.map((e) => (0,render/* feedEntry */.$w)(e.incident, e.repository)).join('\n')}
</feed>
`
    };
    for (const r of withIncidents(o)) {
        const path = feedPath(r.repository);
        if (path)
            feeds[path] = (0,render/* renderFeed */.VK)(r, pageUrl, path);
    }
    return feeds;
}
/** incidents.json, version 2 (schemas/incidents.schema.json). */
function renderOrganisationJson(o) {
    return (0,render/* safeJson */.oi)({
        version: 2,
        owners: o.owners,
        repositories: o.covered,
        generated: o.generated,
        incidents: everyIncident(o).map((e) => (0,render/* jsonIncident */.bl)(e.incident, e.repository))
    });
}
/** badge.json: the open incidents of every repository. */
const renderOrganisationBadge = (o) => (0,render/* renderBadge */._s)(combined(o));
/** INCIDENTS.md: a section per repository with incidents. */
function renderOrganisationMarkdown(o) {
    const shown = withIncidents(o);
    const all = combined(o);
    return [
        `# Security incidents of ${(0,render.md)(title(o))}`,
        '',
        `${(0,render/* statusLine */.Bs)(all)}. ${covers(o)}; ${shown.length} with incidents.`,
        '',
        ...(shown.length
            ? shown.flatMap((r) => [
                `## ${(0,render.md)((0,render/* line */.n8)(r.repository))}`,
                '',
                ...r.incidents.map((i) => (0,render/* markdownRow */.Kw)(i, r.repository)),
                ''
            ])
            : ['None so far.', '']),
        ...(all.leftOut
            ? [
                `${all.leftOut} closed as not planned or as a duplicate: not listed.`,
                ''
            ]
            : [])
    ].join('\n');
}
/** Every file of the organisation's record, by path. */
function organisationFiles(o, pageUrl) {
    return {
        'index.html': renderOrganisationPage(o),
        ...renderOrganisationFeeds(o, pageUrl),
        'incidents.json': renderOrganisationJson(o),
        'badge.json': renderOrganisationBadge(o),
        'INCIDENTS.md': renderOrganisationMarkdown(o)
    };
}

// EXTERNAL MODULE: ./src/core/record/tldr.ts
var record_tldr = __webpack_require__(9991);
// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(2633);
// EXTERNAL MODULE: ./src/core/record/voice.ts
var voice = __webpack_require__(7551);
// EXTERNAL MODULE: ./src/core/notices.ts
var notices = __webpack_require__(7934);
// EXTERNAL MODULE: ./src/handlers/record.ts + 1 modules
var handlers_record = __webpack_require__(1451);
;// CONCATENATED MODULE: ./src/handlers/organisation-record.ts








/**
 * The record of every covered repository: each one under its own rules
 * (its labellers' roles, its memory in the previous incidents.json). A
 * repository that cannot be read keeps the previous record's entries for it
 * (nothing published is lost to one refused read) and is named as failed.
 */
async function organisationRecord(deps, repositories) {
    const { org, inputs, now } = deps;
    const lists = await org.listRecordOf(repositories, inputs.label);
    const memory = (0,voice/* rememberedByRepository */.qN)(deps.previous);
    // Without a record, only the reports the notices need are analysed.
    const names = inputs.sections.find((s) => s.name === notices/* AFFECTED_SECTION */.PD);
    const mentions = names
        ? new RegExp(
        // Within one line: never a backtrack across lines (a hostile body).
        `^[ \\t>#*_]*(?:${[names.name, ...(names.aliases ?? [])]
            .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[ \\t]+'))
            .join('|')})`, 'im')
        : null;
    const noticed = new Set();
    for (const answer of lists.values())
        if (answer.ok)
            for (const issue of answer.value.issues) {
                const ref = (0,notices/* noticeOf */.QJ)(issue.body);
                if (ref && (0,notices/* isOwnNotice */.zA)(issue, answer.value.viewer))
                    noticed.add(ref.toLowerCase());
            }
    const needed = (repository, issue) => !deps.noticesOnly ||
        noticed.has(`${(0,core_repositories/* repoKey */.wb)(repository)}#${issue.number}`) ||
        (mentions !== null && mentions.test(issue.body.slice(0, 65_536)));
    const carried = carriedOver(deps.previous);
    const records = [];
    const notes = [];
    const failed = [];
    // The reads and the trust rule of each repository first; then the fresh
    // bodies of all of them analysed at once (every worker thread busy); then
    // each repository's record.
    const prepared = [];
    const carriedFor = new Set();
    const fail = (repository, error) => {
        const key = (0,core_repositories/* repoKey */.wb)(repository);
        const kept = carried.get(key) ?? [];
        failed.push({
            name: repository,
            why: `the record could not read it (${error.message.replace(/\s+/g, ' ').slice(0, 300)})${kept.length ? `; the previous record's ${kept.length} incident(s) of it are kept` : ''}`
        });
        carriedFor.add(repository);
        if (kept.length)
            records.push({
                repository,
                repositoryUrl: `https://github.com/${repository}`,
                generated: now.toISOString(),
                incidents: kept,
                leftOut: 0
            });
    };
    for (const repository of repositories) {
        const key = (0,core_repositories/* repoKey */.wb)(repository);
        const answer = lists.get(key);
        try {
            if (!answer || !answer.ok)
                throw new Error(answer?.why ?? 'not read (no answer from GitHub)');
            const port = org.repository(repository);
            const step = await (0,handlers_record/* prepareRecord */.vH)({
                list: () => Promise.resolve(answer.value),
                history: port,
                inputs,
                roles: deps.rolesFor(repository),
                log: deps.logFor(repository),
                repository,
                now,
                previous: null,
                skip: (issue, viewer) => (0,notices/* isOwnNotice */.zA)(issue, viewer) || !needed(repository, issue),
                memory: memory.get(key) ?? {
                    numbers: new Set(),
                    byNumber: new Map(),
                    analyses: new Map()
                }
            });
            prepared.push({ repository, step });
        }
        catch (error) {
            fail(repository, error);
        }
    }
    const analysed = await (deps.analyse ?? analyse.analyseBodies)(prepared.flatMap((p) => p.step.fresh), inputs.sections);
    let at = 0;
    for (const { repository, step } of prepared) {
        const mine = analysed.slice(at, (at += step.fresh.length));
        try {
            const { record, notes: own } = await step.finish(mine);
            records.push(record);
            notes.push(...own.map((n) => ({ ...n, repository })));
        }
        catch (error) {
            fail(repository, error);
        }
    }
    records.sort((x, y) => (0,core_repositories/* repoKey */.wb)(x.repository) < (0,core_repositories/* repoKey */.wb)(y.repository) ? -1 : 1);
    const owners = [
        ...new Map([
            ...inputs.repositories.owners,
            ...repositories.map((r) => r.split('/')[0])
        ].map((o) => [o.toLowerCase(), o])).values()
    ];
    const record = {
        owners,
        covered: repositories.length,
        generated: now.toISOString(),
        records
    };
    const t0 = performance.now();
    const files = organisationFiles(record, (0,handlers_record/* pagesUrl */.Wm)(deps.home));
    const reads = new Map();
    let viewer = '';
    for (const [key, answer] of lists)
        if (answer.ok) {
            reads.set(key, answer.value);
            viewer ||= answer.value.viewer;
        }
    return {
        files,
        reads,
        // Only what was read tonight: a carried-over entry decides no notice.
        records: records.filter((r) => !carriedFor.has(r.repository)),
        viewer,
        renderMs: performance.now() - t0,
        incidents: records.reduce((n, r) => n + r.incidents.length, 0),
        notes,
        failed
    };
}
/**
 * The previous incidents.json's entries by repository, as the record shows
 * them: what a repository that cannot be read this time keeps. Untrusted
 * text (it may come from a cache): only well-formed entries, bounded.
 */
function carriedOver(json) {
    const out = new Map();
    let data;
    try {
        data = json === null ? null : JSON.parse(json.slice(0, 20_000_000));
    }
    catch {
        return out;
    }
    const list = data;
    if (list?.version !== 2 || !Array.isArray(list.incidents))
        return out;
    const date = (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v) ? v : null;
    for (const raw of list.incidents.slice(0, 100_000)) {
        const e = raw;
        const createdAt = date(e?.createdAt);
        if (!e ||
            typeof e.repository !== 'string' ||
            typeof e.number !== 'number' ||
            !Number.isSafeInteger(e.number) ||
            e.number < 1 ||
            typeof e.title !== 'string' ||
            typeof e.url !== 'string' ||
            !e.url.startsWith('https://') ||
            (e.state !== 'open' && e.state !== 'closed') ||
            createdAt === null)
            continue;
        const tldr = typeof e.tldr === 'string' ? (0,credentials/* publishable */.g$)(e.tldr.slice(0, 1000)) : null;
        const incident = {
            number: e.number,
            title: e.title.slice(0, 200),
            url: e.url.slice(0, 300),
            state: e.state,
            stateReason: typeof e.stateReason === 'string' ? e.stateReason.slice(0, 20) : null,
            createdAt,
            closedAt: date(e.closedAt),
            updatedAt: date(e.updatedAt) ?? createdAt,
            pinned: e.pinned === true,
            complete: e.complete === true,
            tldr: tldr ? { html: `<p>${(0,record_tldr/* escapeHtml */.ZD)(tldr)}</p>`, text: tldr } : null,
            withheld: false,
            awaiting: false
        };
        const key = e.repository.toLowerCase();
        out.set(key, [...(out.get(key) ?? []), incident]);
    }
    return out;
}

// EXTERNAL MODULE: ./src/handlers/check-setup.ts
var check_setup = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/handlers/organisation-setup.ts





/** The token item of an organisation's repository. */
function organisationTokenItem(viewer, repository, home) {
    if (viewer.toLowerCase() === trust/* GITHUB_TOKEN_LOGIN */.Us)
        return (0,core_repositories/* repoKey */.wb)(repository) === (0,core_repositories/* repoKey */.wb)(home)
            ? (0,readiness/* item */.AS)('token', 'warning', `GITHUB_TOKEN reads issues here, but reaches no other repository: make a GitHub App installation token with actions/create-github-app-token (\`owner:\` and no \`repositories:\`) and pass it as \`github-token\` (docs/organisation.md)`)
            : (0,readiness/* item */.AS)('token', 'error', `GITHUB_TOKEN reaches only ${home}, not this repository: make a GitHub App installation token with actions/create-github-app-token (\`owner:\` and no \`repositories:\`) and pass it as \`github-token\` (docs/organisation.md)`);
    return (0,readiness/* item */.AS)('token', 'ok', `the token (${viewer.replace(/[^\w.[\]-]/g, '')}) reads its issues; whether it may pin and comment is confirmed by its first write: give the App "Issues: read and write" (docs/organisation.md)`);
}
/** The contents API without the workflows folder (the central workflow is checked once). */
const withoutWorkflows = (files) => ({
    where: files.where,
    read: (path) => files.read(path),
    list: (dir) => dir.replace(/\/+$/, '') === '.github/workflows'
        ? Promise.resolve([])
        : files.list(dir)
});
/**
 * The readiness check of every covered repository (SPEC "One organisation"):
 * the single repository's items in each; the issue form and SECURITY.md may
 * come from the owner's `.github` repository (GitHub's default community
 * health files); the schedule is the central workflow's, checked once.
 */
async function organisationSetup(deps, repositories) {
    const { org, inputs, now, home } = deps;
    const lists = await org.listIncidentsOf(repositories, inputs.label);
    const defaults = new Map();
    /** The owner's `.github` repository's files, read once per owner. */
    const ownerDefaults = (owner) => {
        let facts = defaults.get(owner.toLowerCase());
        if (!facts) {
            const source = withoutWorkflows((0,src_files/* apiSource */.s_)(org.repository(`${owner}/.github`).setup));
            facts = (0,src_files/* readFiles */.Ul)(source, null).then((f) => (f.unreadable ? null : f));
            defaults.set(owner.toLowerCase(), facts);
        }
        return facts;
    };
    const out = [];
    const isHome = (r) => (0,core_repositories/* repoKey */.wb)(r) === (0,core_repositories/* repoKey */.wb)(home);
    for (const repository of repositories) {
        const answer = lists.get((0,core_repositories/* repoKey */.wb)(repository));
        if (!answer || !answer.ok) {
            out.push({
                repository,
                ...(0,readiness/* item */.AS)('token', 'error', answer?.why ?? 'not read (no answer from GitHub)')
            });
            continue;
        }
        const port = deps.wrap(org.repository(repository));
        const own = await (0,src_files/* readFiles */.Ul)(withoutWorkflows((0,src_files/* apiSource */.s_)(port.setup)), null);
        const owner = repository.split('/')[0];
        const fallback = own.templates.length === 0 || own.securityPolicy === null
            ? await ownerDefaults(owner)
            : null;
        const from = (path) => `${owner}/.github: ${path}`;
        const facts = {
            templates: own.templates.length
                ? own.templates
                : (fallback?.templates ?? []).map((t) => ({
                    ...t,
                    path: from(t.path)
                })),
            securityPolicy: own.securityPolicy ??
                (fallback?.securityPolicy
                    ? {
                        ...fallback.securityPolicy,
                        path: from(fallback.securityPolicy.path)
                    }
                    : null),
            workflow: isHome(repository) ? deps.homeFacts.workflow : null,
            unreadable: own.unreadable
        };
        const items = await (0,check_setup/* checkSetup */.q)({
            port,
            setup: port.setup,
            files: (0,src_files/* apiSource */.s_)(port.setup),
            workflowPath: null,
            inputs,
            now,
            log: deps.logFor(repository),
            lint: deps.lint,
            organisation: {
                list: answer.value,
                facts,
                token: (viewer) => organisationTokenItem(viewer, repository, home),
                schedule: isHome(repository)
            }
        });
        out.push(...items.map((i) => ({ repository, ...i })));
    }
    if (!repositories.some(isHome)) {
        // The central workflow's schedule, in its own row.
        let state = null;
        let why = null;
        const workflow = deps.homeFacts.workflow;
        if (workflow)
            try {
                state = await org
                    .repository(home)
                    .setup.workflowState(workflow.path.split('/').pop());
            }
            catch (error) {
                why =
                    error.status === 403
                        ? 'the token may not read the workflow\'s state: give the App "Actions: read"'
                        : error.message;
            }
        out.push({
            repository: home,
            ...(0,readiness/* scheduleItem */.jG)(workflow, state, why ?? deps.homeFacts.unreadable)
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/handlers/notices.ts




const REASON = {
    COMPLETED: 'completed',
    NOT_PLANNED: 'not_planned',
    DUPLICATE: 'duplicate'
};
/**
 * Keep one notice issue per report in each affected covered repository
 * (core/notices.ts decides; this reads what is there and writes the steps,
 * each on its own). Never two for one report in one repository (found by
 * marker and author first; a create whose answer was lost is looked for
 * again before it counts as failed), never an edit to an issue the token did
 * not write, never a repository outside `repositories`.
 */
async function keepNotices(deps) {
    const { viewer } = deps;
    const covered = new Map(deps.covered.map((r) => [(0,core_repositories/* repoKey */.wb)(r), r]));
    // What is there: the action's own notices by report and repository, and
    // anyone else's issue that carries a marker.
    const own = new Map();
    const foreign = [];
    const states = new Map();
    for (const [key, list] of deps.reads) {
        const repository = covered.get(key);
        if (!repository)
            continue;
        for (const issue of list.issues) {
            states.set(`${key}#${issue.number}`, {
                open: issue.open,
                reason: issue.stateReason
            });
            const report = (0,notices/* noticeOf */.QJ)(issue.body);
            if (!report)
                continue;
            if (!(0,notices/* isOwnNotice */.zA)(issue, viewer)) {
                foreign.push({ repository, number: issue.number, report });
                continue;
            }
            const ref = report.toLowerCase();
            const byRepo = own.get(ref) ?? new Map();
            byRepo.set(key, [
                ...(byRepo.get(key) ?? []),
                {
                    repository,
                    number: issue.number,
                    title: issue.title,
                    body: issue.body,
                    open: issue.open,
                    stateReason: issue.stateReason
                }
            ]);
            own.set(ref, byRepo);
        }
    }
    const plans = [];
    const handled = new Set();
    for (const record of deps.records) {
        for (const i of record.incidents) {
            const ref = `${record.repository}#${i.number}`;
            handled.add(ref.toLowerCase());
            const facts = {
                ref,
                url: i.url,
                title: i.title,
                tldr: (0,render/* summaryNote */.xd)(i) ? null : (i.tldr?.text ?? null),
                tldrNote: (0,render/* summaryNote */.xd)(i),
                open: i.state === 'open',
                stateReason: i.stateReason,
                affected: new Set((i.affected ?? [])
                    .map(core_repositories/* repoKey */.wb)
                    .filter((k) => k !== (0,core_repositories/* repoKey */.wb)(record.repository))),
                frozen: i.frozen ?? false
            };
            const steps = (0,notices/* planNotices */.BT)(facts, own.get(ref.toLowerCase()) ?? new Map(), covered);
            if (steps.length || own.has(ref.toLowerCase()))
                plans.push({ ref, steps });
        }
    }
    // Notices of a report that is no longer an incident here (the label was
    // removed, it was closed as not planned, it is gone): closed, with the
    // report's reason when it is closed, else as not planned. Only when its
    // repository was read: a repository that failed tonight keeps its notices.
    for (const [ref, byRepo] of own) {
        if (handled.has(ref))
            continue;
        const home = ref.split('#')[0];
        if (!deps.reads.has(home))
            continue;
        const state = states.get(ref);
        const reason = REASON[state?.reason ?? ''] ?? 'not_planned';
        const steps = [];
        for (const notices of byRepo.values())
            for (const n of notices)
                if (n.open)
                    steps.push({
                        kind: 'close',
                        repository: n.repository,
                        number: n.number,
                        reason: state && !state.open ? reason : 'not_planned',
                        why: `${ref} is no longer an incident`
                    });
        plans.push({ ref: displayRef(ref, deps.records, covered), steps });
    }
    const reports = new Map();
    const changed = new Set();
    const refused = new Map();
    const attempts = new Map();
    const attemptIn = (repository) => {
        let a = attempts.get((0,core_repositories/* repoKey */.wb)(repository));
        if (!a) {
            const list = [];
            refused.set(repository, list);
            a = (0,handlers_attempt/* attempter */.N)(deps.logFor(repository), list);
            attempts.set((0,core_repositories/* repoKey */.wb)(repository), a);
        }
        return a;
    };
    for (const { ref, steps } of plans) {
        const lines = [];
        const existing = own.get(ref.toLowerCase()) ?? new Map();
        for (const step of steps) {
            const port = deps.notices(step.repository);
            const attempt = attemptIn(step.repository);
            const log = deps.logFor(step.repository);
            if (step.kind === 'create') {
                const made = await attempt(0, `open the notice of ${ref}`, () => port.createIssue(step.title, step.body, [deps.inputs.label]), async () => (await deps.reread(step.repository)).issues.some((i) => (0,notices/* noticeOf */.QJ)(i.body)?.toLowerCase() === ref.toLowerCase() &&
                    (0,notices/* isOwnNotice */.zA)(i, viewer)));
                if (made.ok || made.landed) {
                    changed.add(step.repository);
                    const number = made.ok ? made.value : null;
                    log.did(number ?? 0, `opened the notice of ${ref}`);
                    lines.push({ repository: step.repository, number, did: 'opened' });
                }
                else
                    lines.push({
                        repository: step.repository,
                        number: null,
                        did: 'not opened: GitHub refused (named below)'
                    });
                continue;
            }
            const change = step.kind === 'update'
                ? { title: step.title, body: step.body }
                : step.kind === 'close'
                    ? { state: 'closed', stateReason: step.reason }
                    : { state: 'open' };
            const what = step.kind === 'update'
                ? 'updated (title or summary changed)'
                : step.kind === 'close'
                    ? `closed as ${step.reason.replace('_', ' ')} (${step.why})`
                    : 'reopened with the report';
            const done = await attempt(step.number, `${step.kind} the notice of ${ref}`, () => port.updateIssue(step.number, change));
            if (done.ok && done.value === 'updated') {
                if (step.kind !== 'update')
                    changed.add(step.repository);
                log.did(step.number, `notice of ${ref} ${what}`);
            }
            lines.push({
                repository: step.repository,
                number: step.number,
                did: done.ok
                    ? done.value === 'gone'
                        ? 'gone since it was read'
                        : what
                    : done.landed
                        ? what
                        : 'refused by GitHub (named below)'
            });
        }
        // The notices that needed nothing, so that the summary lists them all.
        for (const notices of existing.values())
            for (const n of notices)
                if (!lines.some((l) => l.repository === n.repository && l.number === n.number))
                    lines.push({
                        repository: n.repository,
                        number: n.number,
                        did: 'up to date'
                    });
        reports.set(ref, lines);
    }
    const failed = [...refused]
        .filter(([, list]) => list.length > 0)
        .map(([name, list]) => ({
        name,
        why: `GitHub refused ${list.length} notice write${list.length === 1 ? '' : 's'} (${list
            .map((r) => `${r.what}: ${r.message}`)
            .join('; ')})`.slice(0, 600)
    }));
    return { reports, foreign, changed: [...changed], failed };
}
/** A report's reference as its repository spells it, when known. */
function displayRef(ref, records, covered) {
    const [home, number] = ref.split('#');
    const name = records.find((r) => (0,core_repositories/* repoKey */.wb)(r.repository) === home)?.repository ??
        covered.get(home) ??
        home;
    return `${name}#${number}`;
}

// EXTERNAL MODULE: ./src/lint-budget.ts
var lint_budget = __webpack_require__(2178);
;// CONCATENATED MODULE: ./src/organisation-run.ts















/**
 * The sweep, the record or the readiness check over an organisation's
 * repositories (SPEC "One organisation"): discovery, then each repository
 * under the one-repository rules; one repository's failure is named at the
 * end and never stops the others.
 */
async function runOrganisation(kind, inputs, context, env, io, octokit, now) {
    const home = context.repository;
    const org = octokitOrganisation(octokit, context.graphqlUrl);
    const wrap = (port) => inputs.dryRun
        ? (0,dry_run_port/* dryRunPort */.g)(port, (line) => io.info(`[dry-run] would ${line}`))
        : port;
    const logFor = (repository) => ({
        info: (line) => io.info(`${repository}: ${line}`),
        warning: (line) => io.warning(`${repository}: ${line}`),
        did: (number, what) => io.info(`${repository}#${number}: ${inputs.dryRun ? '(dry-run, not done) ' : ''}${what}`),
        group: (name, fn) => io.group(`${repository} ${name}`, fn)
    });
    if (inputs.dryRun)
        io.info('Dry run: every read happens, no write does.');
    const discovery = await discover(org, inputs.repositories);
    const covered = discovery.repositories;
    io.info(`Covering ${covered.length} repositor${covered.length === 1 ? 'y' : 'ies'}${discovery.via === 'installation' ? ' (the GitHub App installation)' : ''}.`);
    const failed = discovery.failed.map((f) => ({
        name: `${f.owner}/*`,
        why: f.why
    }));
    const lint = (0,lint_budget/* lintWithBudget */.xC)(env);
    if (kind === 'check-setup') {
        const files = await (0,src_files/* fileSource */.IO)(env.GITHUB_WORKSPACE, org.repository(home).setup);
        const homeFacts = await (0,src_files/* readFiles */.Ul)(files, (0,src_files/* workflowPath */.RB)(env.GITHUB_WORKFLOW_REF));
        const items = [
            ...discovery.failed.map((f) => ({
                repository: `${f.owner}/*`,
                id: 'token',
                state: 'error',
                message: f.why
            })),
            ...(await organisationSetup({ org, inputs, now, logFor, wrap, home, homeFacts, lint }, covered))
        ];
        const ready = !items.some((i) => i.state === 'error');
        io.setOutput('ready', String(ready));
        io.setOutput('checks', JSON.stringify(items.map((i) => ({
            repository: i.repository,
            id: i.id,
            state: i.state,
            message: i.message
        }))));
        for (const i of items)
            io.info(`${i.state}: ${i.repository}: ${i.id}: ${i.message}`);
        await io.summary((0,readiness/* renderOrganisationChecklist */.rr)(items));
        if (!ready) {
            const errors = items.filter((i) => i.state === 'error');
            io.setFailed(`Not ready for an incident in ${new Set(errors.map((i) => i.repository)).size} repositor${errors.length === 1 ? 'y' : 'ies'}:\n${errors
                .map((i) => `- ${i.repository}: ${i.id} (${i.message})`)
                .join('\n')}`);
        }
        return;
    }
    const roles = new Map();
    const rolesFor = (repository, port) => {
        const key = (0,core_repositories/* repoKey */.wb)(repository);
        let r = roles.get(key);
        if (!r) {
            r = (0,handlers_roles/* rolesFrom */.A)(port ?? org.repository(repository));
            roles.set(key, r);
        }
        return r;
    };
    const sweepDeps = { org, inputs, now, logFor, wrap, lint, rolesFor };
    let outcomes = await organisationSweep(sweepDeps, covered);
    for (const o of outcomes)
        if (o.failure !== null)
            failed.push({ name: o.repository, why: o.failure });
    // The record's read serves the record and the notice issues: every
    // labelled issue of each repository, with its body.
    const noticesWanted = inputs.sections.some((spec) => spec.name === notices/* AFFECTED_SECTION */.PD);
    const extra = [];
    if (inputs.recordDir || noticesWanted) {
        const pool = (0,lint_budget/* analysisPool */.bR)(env);
        let analysis = { bodies: 0, ms: 0 };
        try {
            const record = await organisationRecord({
                org,
                inputs,
                logFor,
                rolesFor,
                home,
                now,
                previous: inputs.recordDir
                    ? (0,src_files/* readPreviousRecord */.rP)(inputs.recordDir)
                    : null,
                noticesOnly: !inputs.recordDir,
                analyse: async (bodies, specs) => {
                    const t0 = performance.now();
                    const out = await pool.analyse(bodies, specs);
                    analysis = { bodies: bodies.length, ms: performance.now() - t0 };
                    return out;
                }
            }, covered);
            // The record's own time, for the benchmark and for anyone watching a
            // large organisation's runs (the rest of the record is GitHub's reads).
            io.info(`Analysis: ${analysis.bodies} changed report(s) analysed in ${Math.round(analysis.ms)} ms${inputs.recordDir ? `; the record's files rendered in ${Math.round(record.renderMs)} ms` : ''}.`);
            for (const f of record.failed)
                if (!failed.some((x) => x.name === f.name))
                    failed.push(f);
            if (noticesWanted) {
                const notices = await keepNotices({
                    inputs,
                    viewer: record.viewer,
                    covered,
                    reads: record.reads,
                    records: record.records,
                    notices: (repository) => inputs.dryRun
                        ? (0,dry_run_port/* dryRunNotices */.c)(repository, (line) => io.info(`[dry-run] would ${line}`))
                        : org.notices(repository),
                    reread: (repository) => org.repository(repository).listRecord(inputs.label),
                    logFor
                });
                extra.push(renderNotices(notices));
                for (const f of notices.failed)
                    if (!failed.some((x) => x.name === f.name))
                        failed.push(f);
                // A notice opened, closed or reopened: its pin follows tonight.
                if (notices.changed.length > 0 && !inputs.dryRun) {
                    const again = await organisationSweep(sweepDeps, covered.filter((r) => notices.changed.some((c) => (0,core_repositories/* repoKey */.wb)(c) === (0,core_repositories/* repoKey */.wb)(r))));
                    outcomes = outcomes.map((o) => again.find((x) => x.repository === o.repository) ?? o);
                }
            }
            if (inputs.recordDir) {
                if (record.notes.length > 0)
                    extra.push([
                        '### incident-issues: the public record',
                        '',
                        ...record.notes.map((n) => `- ${n.repository}#${n.number}: ${(0,render_escape/* escapeText */.X)(n.note, 300)}`),
                        ''
                    ].join('\n'));
                const { draftPage } = await __webpack_require__.e(/* import() */ 862).then(__webpack_require__.bind(__webpack_require__, 3862));
                (0,src_files/* writeRecord */.rh)(inputs.recordDir, { ...record.files, 'draft.html': draftPage(home, inputs.sections) }, ['feeds']);
                io.info(`Record: ${record.incidents} incident(s) of ${covered.length} repositories written to ${inputs.recordDir}.`);
            }
        }
        catch (error) {
            failed.push({
                name: inputs.recordDir ? 'the public record' : 'the notice issues',
                why: `not done: ${error.message}`
            });
        }
        finally {
            pool.close();
        }
    }
    io.setOutput('unpinned', JSON.stringify(outcomes.flatMap((o) => o.unpinned.map((n) => `${o.repository}#${n}`))));
    await io.summary(renderOrganisationSweep({
        covered,
        leftOut: discovery.leftOut,
        ownersFailed: discovery.failed,
        via: discovery.via,
        outcomes
    }, inputs.dryRun));
    for (const text of extra)
        await io.summary(text);
    for (const o of outcomes)
        if (o.failure !== null && !failed.some((x) => x.name === o.repository))
            failed.push({ name: o.repository, why: o.failure });
    if (failed.length > 0)
        io.setFailed(renderOrganisationFailure(failed));
}


/***/ })

};

//# sourceMappingURL=935.index.js.map