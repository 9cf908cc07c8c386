export const id = 759;
export const ids = [759];
export const modules = {

/***/ 1759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: clock

// EXTERNAL MODULE: ./src/lint-budget.ts
var lint_budget = __webpack_require__(2178);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(4637);
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
    const omitted = (0,findings/* allFindings */.c4)(full).length -
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

// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(6745);
;// CONCATENATED MODULE: ./src/core/render/summary.ts



const yesNo = (b) => (b ? 'pinned' : 'not pinned');
const cell = (text) => (0,render_escape/* escapeText */.X)(text, 120);
/** Why a report is not complete, in words (no issue text). */
function whyIncomplete(report) {
    if ((0,core_report/* isTooComplex */.R)(report))
        return 'the body is too complex to check in time';
    const why = [];
    if (report.missing.length > 0)
        why.push(`missing or empty ${report.missing.map((m) => `\`${(0,render_escape/* escapeText */.X)(m)}\``).join(', ')}`);
    if ((0,findings/* exposesCredential */.Vv)(report))
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
            lines.push(`| ${(0,render_escape/* escapeText */.X)(sec.name)}${sec.required ? '' : ' (optional)'} | ${sec.present ? 'yes' : 'no'} | ${sec.empty ? 'yes' : 'no'} | ${sec.line ?? ''} | ${sec.findings.length} |`);
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
        ...notes.map((n) => `- #${n.number}: ${(0,render_escape/* escapeText */.X)(n.note, 300)}`),
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

// EXTERNAL MODULE: ./src/github/dry-run-port.ts
var dry_run_port = __webpack_require__(8748);
// EXTERNAL MODULE: ./src/github/octokit-port.ts + 8 modules
var octokit_port = __webpack_require__(5974);
// EXTERNAL MODULE: ./src/handlers/issue-event.ts + 4 modules
var issue_event = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/handlers/sweep.ts
var sweep = __webpack_require__(8725);
// EXTERNAL MODULE: ./src/handlers/attempt.ts
var handlers_attempt = __webpack_require__(9116);
// EXTERNAL MODULE: ./src/handlers/roles.ts
var handlers_roles = __webpack_require__(1052);
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

// EXTERNAL MODULE: ./src/core/readiness/index.ts + 10 modules
var readiness = __webpack_require__(8871);
// EXTERNAL MODULE: ./src/handlers/check-setup.ts
var check_setup = __webpack_require__(8301);
// EXTERNAL MODULE: ./src/files.ts
var src_files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/handlers/record.ts + 1 modules
var handlers_record = __webpack_require__(1451);
// EXTERNAL MODULE: ./src/core/repositories.ts
var repositories = __webpack_require__(6447);
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
async function runAction(route, inputs, context, env, io) {
    const { owner, repo } = (0,src_context/* splitRepository */.T)(context.repository);
    const now = clock(env);
    const actions = [];
    const log = {
        info: (line) => io.info(line),
        warning: (line) => io.warning(line),
        did: (number, what) => {
            io.info(`#${number}: ${inputs.dryRun ? '(dry-run, not done) ' : ''}${what}`);
            actions.push(`#${number}: ${what}`);
        },
        group: (name, fn) => io.group(name, fn)
    };
    const octokit = getClient(inputs.token, context.apiUrl, (line) => io.info(line), writeSpacing(env, context.apiUrl), undefined, retryBase(env, context.apiUrl));
    if (route.kind !== 'issue' && (0,repositories/* isOrganisation */.pb)(inputs.repositories)) {
        const { runOrganisation } = await __webpack_require__.e(/* import() */ 935).then(__webpack_require__.bind(__webpack_require__, 935));
        return runOrganisation(route.kind, inputs, context, env, io, octokit, now);
    }
    const real = (0,octokit_port/* octokitPort */.h)(octokit, owner, repo, context.graphqlUrl);
    const port = inputs.dryRun
        ? (0,dry_run_port/* dryRunPort */.g)(real, (line) => io.info(`[dry-run] would ${line}`))
        : real;
    if (inputs.dryRun)
        io.info('Dry run: every read happens, no write does.');
    const refused = [];
    const attempt = (0,handlers_attempt/* attempter */.N)(log, refused, async (number) => (await port.readIssue(number)).issue !== null);
    const roles = (0,handlers_roles/* rolesFrom */.A)(port);
    const lintBody = (0,lint_budget/* lintWithBudget */.xC)(env);
    const issueDeps = { port, inputs, now, log, attempt, roles, lint: lintBody };
    let roleRefused = false;
    if (route.kind === 'check-setup') {
        const files = await (0,src_files/* fileSource */.IO)(env.GITHUB_WORKSPACE, port.setup);
        const items = await (0,check_setup/* checkSetup */.q)({
            port,
            setup: port.setup,
            files,
            workflowPath: (0,src_files/* workflowPath */.RB)(env.GITHUB_WORKFLOW_REF),
            inputs,
            now,
            log,
            lint: lintBody
        });
        const ready = !items.some((i) => i.state === 'error');
        io.setOutput('ready', String(ready));
        io.setOutput('checks', JSON.stringify(items));
        for (const i of items)
            io.info(`${i.state}: ${i.id}: ${i.message}`);
        await io.summary((0,readiness/* renderChecklist */.tt)(items));
        if (!ready)
            io.setFailed(`Not ready for an incident: ${items
                .filter((i) => i.state === 'error')
                .map((i) => `${i.id} (${i.message})`)
                .join('; ')}`);
        return;
    }
    if (route.kind === 'sweep') {
        const result = await (0,sweep/* sweep */.X)({ port, inputs, now, log, attempt, roles });
        roleRefused = result.roleRefused;
        // An issue the sweep pinned had a comment saying it could not be: say it now.
        if (inputs.comment) {
            for (const number of result.pinned)
                await (0,issue_event/* handleIssue */.q)(number, 'pinned-by-sweep', issueDeps);
        }
        io.setOutput('unpinned', JSON.stringify(result.unpinned));
        await io.summary(renderSweepSummary(result.rows, result.unpinned, result.pinned, inputs.dryRun, result.untrusted));
    }
    else {
        const result = await (0,issue_event/* handleIssue */.q)(route.number, route.happened, issueDeps);
        roleRefused = result.roleRefused;
        io.setOutput('incident', String(result.incident));
        io.setOutput('untrusted-label', String(result.untrusted !== null));
        io.setOutput('pinned', String(result.pinned));
        if (result.report) {
            io.setOutput('complete', String(result.report.complete));
            io.setOutput('missing', result.report.missing.join(','));
            io.setOutput('report', reportOutput(result.report));
        }
        await io.summary(renderIssueSummary(result, { actions, dryRun: inputs.dryRun }));
    }
    const problems = [];
    // The public record, after the sweep or an issue event (the record's own
    // workflow runs on both).
    if (inputs.recordDir) {
        // Any failure of the record (a refused read, a folder that cannot be
        // written) is named with the other problems: it never hides the refused
        // writes, and the outputs and summaries above are already written.
        try {
            const { record, files, notes } = await (0,handlers_record/* makeRecord */.Uo)({
                list: (label) => port.listRecord(label),
                history: port,
                inputs,
                roles,
                log,
                repository: context.repository,
                now,
                previous: (0,src_files/* readPreviousRecord */.rP)(inputs.recordDir),
                analyse: (0,lint_budget/* analyseWithBudget */.Jn)(env)
            });
            if (notes.length > 0)
                await io.summary(renderRecordNotes(notes));
            // The private drafting page, published beside the record.
            const { draftPage } = await __webpack_require__.e(/* import() */ 862).then(__webpack_require__.bind(__webpack_require__, 3862));
            (0,src_files/* writeRecord */.rh)(inputs.recordDir, {
                ...files,
                'draft.html': draftPage(context.repository, inputs.sections)
            });
            io.info(`Record: ${record.incidents.length} incident(s) written to ${inputs.recordDir} (index.html, feed.xml, incidents.json, badge.json, INCIDENTS.md, draft.html).`);
        }
        catch (error) {
            problems.push(`The public record was not written: ${error.message}`);
        }
    }
    if (refused.length > 0)
        problems.push(renderRefused(refused));
    if (roleRefused)
        problems.push('GitHub would not say whether the person who applied the label may apply labels, so the issue was not treated as an incident. GITHUB_TOKEN can always read this; with another token, give it "Metadata: read" (fine-grained) or the repo scope (classic).');
    if (problems.length > 0)
        io.setFailed(problems.join('\n\n'));
}


/***/ }),

/***/ 9853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ feedEntry),
/* harmony export */   Bs: () => (/* binding */ statusLine),
/* harmony export */   Cf: () => (/* binding */ renderPage),
/* harmony export */   FW: () => (/* binding */ pageItem),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Kw: () => (/* binding */ markdownRow),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   UZ: () => (/* binding */ leftOutNote),
/* harmony export */   VK: () => (/* binding */ renderFeed),
/* harmony export */   _s: () => (/* binding */ renderBadge),
/* harmony export */   bl: () => (/* binding */ jsonIncident),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   n8: () => (/* binding */ line),
/* harmony export */   oi: () => (/* binding */ safeJson),
/* harmony export */   sT: () => (/* binding */ pageHead),
/* harmony export */   xd: () => (/* binding */ summaryNote)
/* harmony export */ });
/* unused harmony exports day, openFor, STYLE, alsoAffects */
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2633);
/* harmony import */ var _voice_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7551);
/* harmony import */ var _tldr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9991);



const esc = _tldr_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD;
/**
 * A one-line text (a title) fit to publish: line breaks and tabs become
 * spaces; invisible, control and XML-forbidden characters out; credentials
 * redacted; at most 200 characters, cut on a whole character.
 */
const line = (s, max = 200) => (0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)((0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .publishable */ .g$)(s.replace(/[\t\n\r]/g, ' '))
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
const DAY = 86_400_000;
/** "3 days", "less than a day": how long it was (or has been) open. */
function openFor(i) {
    if (!i.closedAt)
        return null;
    const days = Math.floor((Date.parse(i.closedAt) - Date.parse(i.createdAt)) / DAY);
    return days < 1 ? 'less than a day' : days === 1 ? '1 day' : `${days} days`;
}
const open = (r) => r.incidents.filter((i) => i.state === 'open').length;
/** "No open security incidents" / "1 open security incident". */
function statusLine(r) {
    const n = open(r);
    return n === 0
        ? 'No open security incidents'
        : `${n} open security incident${n === 1 ? '' : 's'}`;
}
const WITHHELD = 'The summary is withheld until the report is cleaned of a credential.';
/** The TLDR as the page shows it, or the line that says why there is none. */
const summaryNote = (i) => i.withheld ? WITHHELD : i.awaiting ? _voice_js__WEBPACK_IMPORTED_MODULE_1__/* .AWAITING */ .rm : null;
/** The page's style (light and dark). */
const STYLE = `<style>
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
`;
/** One incident of the page. */
function pageItem(i, repository) {
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
${tldr}${repository && alsoAffects(i, repository).length
        ? `\n<p class="meta">Also affects ${alsoAffects(i, repository)
            .map((r) => esc(r))
            .join(', ')}</p>`
        : ''}
</li>`;
}
/**
 * The page's head, one place for every record page: no script (the CSP
 * forbids any), no external request, the feeds as alternates. `alternates`
 * is already escaped markup.
 */
const pageHead = (title, alternates = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Security incidents · ${esc(title)}</title>
<link rel="alternate" type="application/atom+xml" title="Security incidents" href="feed.xml">${alternates}
${STYLE}</head>`;
/** The line that counts what is left out (closed as not planned or duplicate); '' when none. */
const leftOutNote = (n) => n
    ? `<p class="note">${n} issue${n === 1 ? ' was' : 's were'} closed as not planned or as a duplicate and ${n === 1 ? 'is' : 'are'} not listed.</p>`
    : '';
/** index.html: one self-contained page; no script, no external request. */
function renderPage(r) {
    const items = r.incidents.map((i) => pageItem(i)).join('\n');
    const left = leftOutNote(r.leftOut);
    return `${pageHead(line(r.repository))}
<body>
<header>
<h1>Security incidents of ${esc(line(r.repository))}</h1>
<p class="status" role="status">${statusLine(r)}</p>
<p>Subscribe with the <a href="feed.xml">Atom feed</a>. Each incident links to its public report on <a href="${esc(r.repositoryUrl)}/issues">the issue tracker</a>.</p>
<p>Maintainers: <a href="draft.html">draft a report privately</a> (checked in your browser, nothing sent) before opening the public issue.</p>
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
/** One incident of a feed; `repository` names it in a feed of several. */
function feedEntry(i, repository) {
    const note = summaryNote(i);
    const summary = note
        ? `<p>${note}</p>`
        : (i.tldr?.html ?? '<p>No TLDR yet.</p>');
    return `  <entry>
    <id>${esc(i.url)}</id>
    <title>${esc(`${i.state === 'open' ? '[open] ' : '[closed] '}${repository ? `${line(repository)}` : ''}#${i.number} ${line(i.title)}`)}</title>
    <link rel="alternate" type="text/html" href="${esc(i.url)}"/>
    <published>${esc(i.createdAt)}</published>
    <updated>${esc(i.updatedAt)}</updated>
    <content type="html">${esc(summary)}</content>
  </entry>`;
}
/** feed.xml: Atom 1.0, one entry per incident; `updated` from the data. */
function renderFeed(r, pageUrl, 
/** Where this feed lives under the page: `feed.xml`, or one repository's in an organisation's record. */
path = 'feed.xml') {
    const updated = r.incidents
        .map((i) => i.updatedAt)
        .sort()
        .at(-1) ?? '1970-01-01T00:00:00Z';
    const entries = r.incidents.map((i) => feedEntry(i)).join('\n');
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(path === 'feed.xml' ? pageUrl : `${pageUrl.replace(/\/?$/, '/')}${path}`)}</id>
  <title>${esc(`Security incidents of ${line(r.repository)}`)}</title>
  <link rel="alternate" type="text/html" href="${esc(pageUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${esc(pageUrl.replace(/\/?$/, '/'))}${esc(path)}"/>
  <updated>${esc(updated)}</updated>
  <author><name>${esc(line(r.repository))} maintainers</name></author>
${entries}
</feed>
`;
}
/** One incident of incidents.json (an organisation's adds its repository first). */
const jsonIncident = (i, repository) => ({
    ...(repository === undefined ? {} : { repository }),
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
    tldr: summaryNote(i) ? null : (i.tldr?.text ?? null),
    ...(repository !== undefined && alsoAffects(i, repository).length
        ? { affected: alsoAffects(i, repository) }
        : {}),
    // What the next record reuses when the body has not changed.
    ...(i.analysis ? { analysis: i.analysis } : {})
});
/** The other repositories an incident affects (an organisation's record). */
const alsoAffects = (i, repository) => (i.affected ?? []).filter((r) => r.toLowerCase() !== repository.toLowerCase());
/** incidents.json, ready to write: never markup where someone pastes it into HTML. */
const safeJson = (value) => JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026') + '\n';
/** incidents.json (schema: schemas/incidents.schema.json). */
function renderJson(r) {
    return safeJson({
        version: 1,
        repository: r.repository,
        generated: r.generated,
        incidents: r.incidents.map((i) => jsonIncident(i))
    });
}
/** badge.json: a shields.io endpoint. */
function renderBadge(r) {
    const n = open(r);
    return (JSON.stringify({
        schemaVersion: 1,
        label: 'security incidents',
        message: n === 0 ? 'none open' : `${n} open`,
        color: n === 0 ? 'brightgreen' : 'red'
    }) + '\n');
}
/** One incident of INCIDENTS.md. */
function markdownRow(i, repository) {
    const when = i.closedAt
        ? `opened ${day(i.createdAt)}, closed ${day(i.closedAt)} (open for ${openFor(i)})`
        : `opened ${day(i.createdAt)}`;
    const tldr = summaryNote(i)
        ? summaryNote(i)
        : i.tldr
            ? md(line(i.tldr.text, 400))
            : 'No TLDR yet.';
    const also = repository && alsoAffects(i, repository).length
        ? ` Also affects ${alsoAffects(i, repository).map(md).join(', ')}.`
        : '';
    return `- **[#${i.number} ${md(line(i.title, 120))}](${i.url})**: ${i.state}, ${when} (UTC). ${tldr}${also}`;
}
/** INCIDENTS.md: the same list in Markdown (issue text escaped: no mention, no reference). */
function renderMarkdown(r) {
    const rows = r.incidents.map((i) => markdownRow(i));
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


/***/ }),

/***/ 7551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mj: () => (/* binding */ rememberedIncidents),
/* harmony export */   qN: () => (/* binding */ rememberedByRepository),
/* harmony export */   rm: () => (/* binding */ AWAITING),
/* harmony export */   sZ: () => (/* binding */ voiceOf)
/* harmony export */ });
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2633);

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
    let data;
    try {
        data = json === null ? null : JSON.parse(json.slice(0, 20_000_000));
    }
    catch {
        data = null;
    }
    return memoryOf(incidentsOf(data));
}
const incidentsOf = (data) => {
    const incidents = data?.incidents;
    return Array.isArray(incidents) ? incidents.slice(0, 100_000) : [];
};
/**
 * The previous record's memory of each repository, keyed by lower-case
 * `owner/name` (an organisation's incidents.json, version 2, names the
 * repository of each incident; version 1 is one repository's).
 */
function rememberedByRepository(json) {
    let data;
    try {
        data = json === null ? null : JSON.parse(json.slice(0, 20_000_000));
    }
    catch {
        data = null;
    }
    const groups = new Map();
    const single = data?.repository;
    for (const i of incidentsOf(data)) {
        const named = i?.repository ?? single;
        if (typeof named !== 'string' || named.length > 200)
            continue;
        const key = named.toLowerCase();
        groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    return new Map([...groups].map(([k, list]) => [k, memoryOf(list)]));
}
function memoryOf(incidents) {
    const byNumber = new Map();
    const analyses = new Map();
    for (const i of incidents) {
        const e = i;
        if (typeof e?.number !== 'number' ||
            !Number.isSafeInteger(e.number) ||
            e.number < 1 ||
            typeof e.title !== 'string')
            continue;
        const affected = repositoryNames(e.affected);
        byNumber.set(e.number, {
            title: (0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .publishable */ .g$)(e.title.slice(0, 200)),
            tldr: typeof e.tldr === 'string' ? (0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .publishable */ .g$)(e.tldr.slice(0, 1000)) : null,
            ...(affected.length ? { affected } : {})
        });
        const kept = keptAnalysis(e.analysis);
        if (kept)
            analyses.set(e.number, kept);
    }
    return {
        numbers: new Set(byNumber.keys()),
        byNumber: byNumber,
        analyses: analyses
    };
}
/** A kept analysis of the right shape, or null. */
function keptAnalysis(value) {
    const a = value;
    if (!a ||
        typeof a.key !== 'string' ||
        a.key.length > 64 ||
        typeof a.complete !== 'boolean' ||
        typeof a.withheld !== 'boolean')
        return null;
    const affected = repositoryNames(a.affected);
    const named = affected.length ? { affected } : {};
    if (a.tldr === null)
        return {
            key: a.key,
            complete: a.complete,
            withheld: a.withheld,
            tldr: null,
            ...named
        };
    if (typeof a.tldr?.html !== 'string' ||
        typeof a.tldr.text !== 'string' ||
        a.tldr.html.length > 20_000 ||
        a.tldr.text.length > 1_000)
        return null;
    return {
        key: a.key,
        complete: a.complete,
        withheld: a.withheld,
        tldr: { html: a.tldr.html, text: a.tldr.text },
        ...named
    };
}
/** Repository names from an untrusted file: GitHub-shaped ones, at most 50. */
function repositoryNames(value) {
    if (!Array.isArray(value))
        return [];
    return value
        .slice(0, 50)
        .filter((v) => typeof v === 'string' &&
        /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/.test(v) &&
        !/\/\.\.?$/.test(v));
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ isTooComplex),
/* harmony export */   p: () => (/* binding */ tooComplex)
/* harmony export */ });
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


/***/ }),

/***/ 9597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ trustLabel),
/* harmony export */   If: () => (/* binding */ canApplyLabels),
/* harmony export */   Iu: () => (/* binding */ labeler),
/* harmony export */   Ji: () => (/* binding */ isTrustedBot),
/* harmony export */   Us: () => (/* binding */ GITHUB_TOKEN_LOGIN)
/* harmony export */ });
/**
 * Who declares an incident (SPEC "Who declares an incident"): only a person
 * who can apply labels in the repository, or a bot the workflow trusts. GitHub
 * applies an issue form's `labels:` for whoever submits it, so the label alone
 * proves nothing; who applied it does.
 */
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Find who applied `label` last. */
function labeler(issue, label) {
    for (let i = issue.labelEvents.length - 1; i >= 0; i--) {
        const e = issue.labelEvents[i];
        if (!same(e.label, label))
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
/**
 * GITHUB_TOKEN's identity (GraphQL `viewer`). Every workflow of a repository
 * shares it, so nothing it authored or labelled speaks for the action alone.
 */
const GITHUB_TOKEN_LOGIN = 'github-actions[bot]';
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


/***/ }),

/***/ 7961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ issuesByLabel)
/* harmony export */ });
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


/***/ }),

/***/ 8748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ dryRunNotices),
/* harmony export */   g: () => (/* binding */ dryRunPort)
/* harmony export */ });
/** Notice writes described to `record`, never sent (a created notice is #0). */
function dryRunNotices(repository, record) {
    return {
        createIssue: async () => (record(`open a notice issue in ${repository}`),
            0),
        updateIssue: async (number, change) => (record(`${change.state === 'closed' ? `close notice ${repository}#${number} (${change.stateReason ?? 'completed'})` : change.state === 'open' ? `reopen notice ${repository}#${number}` : `update notice ${repository}#${number}`}`),
            'updated')
    };
}
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
            'removed'),
        listRecord: (label) => port.listRecord(label),
        setup: {
            listLabels: () => port.setup.listLabels(),
            readContent: (path) => port.setup.readContent(path),
            workflowState: (file) => port.setup.workflowState(file),
            createLabel: async (name) => record(`create the label '${name}'`)
        }
    };
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ graphqlMessages),
/* harmony export */   WE: () => (/* binding */ explain)
/* harmony export */ });
/* unused harmony export ActionableError */
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


/***/ }),

/***/ 1422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ api),
/* harmony export */   c: () => (/* binding */ isNotFound)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

/** Whether GitHub answered that the thing is not there (any more). */
const isNotFound = (error) => error.status === 404 ||
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .graphqlMessages */ .Cj)(error).some((m) => /NOT_FOUND|Could not resolve to a node/i.test(m));
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
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(error, doing, 'issues: read');
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
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(error, doing, 'issues: write');
            }
        }
    };
}


/***/ }),

/***/ 4857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ listRecord),
/* harmony export */   x: () => (/* binding */ recordIssue)
/* harmony export */ });
/* harmony import */ var _by_label_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7961);
/* harmony import */ var _queries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3807);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7997);



/** Every issue with the label, open or closed, with its body: the record's read. */
async function listRecord(api, label) {
    const { first, nodes } = await (0,_by_label_js__WEBPACK_IMPORTED_MODULE_0__/* .issuesByLabel */ .s)(api, 'list the incidents for the record', _queries_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_QUERY */ .Ty, label);
    return {
        viewer: first?.viewer.login ?? '',
        repositoryUrl: first?.repository?.url ?? '',
        issues: nodes.map(recordIssue)
    };
}
/** A record's issue from its raw answer. */
const recordIssue = (n) => ({
    ...(0,_records_js__WEBPACK_IMPORTED_MODULE_2__/* .issueRecord */ .Td)(n),
    body: n.body,
    url: n.url,
    lastEditedAt: n.lastEditedAt,
    editor: n.editor
        ? { login: n.editor.login, bot: n.editor.__typename === 'Bot' }
        : null,
    lastStateChangeAt: n.stateEvents.nodes.at(-1)?.createdAt ?? null,
    rename: renameOf(n.renameEvents.nodes.at(-1))
});
function renameOf(e) {
    if (!e?.createdAt)
        return null;
    return {
        at: e.createdAt,
        actor: e.actor?.login ?? null,
        bot: e.actor?.__typename === 'Bot'
    };
}


/***/ }),

/***/ 5974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ octokitPort)
});

// EXTERNAL MODULE: ./src/github/graphql.ts
var graphql = __webpack_require__(1422);
// EXTERNAL MODULE: ./src/github/queries.ts
var queries = __webpack_require__(3807);
;// CONCATENATED MODULE: ./src/github/comments.ts


const gone = (e) => ((0,graphql/* isNotFound */.c)(e) ? 'gone' : undefined);
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
const minimizeComment = ({ write, graphql }, comment) => write('minimize the report comment', async () => (await graphql(queries/* MINIMIZE_MUTATION */.v$, { id: comment.id }),
    'minimized'), gone);
const unminimizeComment = ({ write, graphql }, comment) => write('unminimize the report comment', async () => (await graphql(queries/* UNMINIMIZE_MUTATION */.KG, { id: comment.id }),
    'unminimized'), gone);

// EXTERNAL MODULE: ./src/github/records.ts
var records = __webpack_require__(7997);
;// CONCATENATED MODULE: ./src/github/label-events.ts


/** The label events before `before`, 100 a read (one read per 100 events). */
const olderLabelEvents = ({ read }, issueId, before) => read('read the earlier label events of an issue', queries/* OLDER_LABEL_EVENTS_QUERY */.X6, { id: issueId, cursor: before }).then(({ node }) => {
    const page = node?.timelineItems;
    return page
        ? { events: (0,records/* labelEventsOf */.D$)(page), before: (0,records/* earlierCursor */.xg)(page) }
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
}, (e) => ((0,graphql/* isNotFound */.c)(e) ? 'absent' : undefined));

// EXTERNAL MODULE: ./src/github/by-label.ts
var by_label = __webpack_require__(7961);
;// CONCATENATED MODULE: ./src/github/list-incidents.ts



/** The incident list: every open issue with the label, and the repository's pins. */
async function listIncidents(api, label) {
    const { first, nodes, labelName } = await (0,by_label/* issuesByLabel */.s)(api, 'list the incident issues', queries/* SWEEP_QUERY */.Qr, label);
    return {
        viewer: first?.viewer.login ?? '',
        issues: nodes.map((n) => (0,records/* issueRecord */.Td)(n)),
        pinned: (0,records/* pinnedRecords */.Tq)(first?.repository?.pinnedIssues),
        labelName
    };
}

// EXTERNAL MODULE: ./src/github/list-record.ts
var list_record = __webpack_require__(4857);
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

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/pins.ts


/** Pin an issue; GitHub's "limit" and "already pinned" answers are states. */
const pin = ({ write, graphql }, issue) => write(`pin issue #${issue.number}`, async () => (await graphql(queries/* PIN_MUTATION */.Cn, { issueId: issue.id }),
    'pinned'), (e) => {
    const text = (0,errors/* graphqlMessages */.Cj)(e).join(' ');
    if (/maximum.*pinned/i.test(text))
        return 'limit';
    if (/already pinned/i.test(text))
        return 'already-pinned';
    return undefined;
});
/** Unpin an issue; "not pinned" is a state. */
const unpin = ({ write, graphql }, issue) => write(`unpin issue #${issue.number}`, async () => (await graphql(queries/* UNPIN_MUTATION */.n1, { issueId: issue.id }),
    'unpinned'), (e) => /not pinned|already unpinned/i.test((0,errors/* graphqlMessages */.Cj)(e).join(' '))
    ? 'not-pinned'
    : undefined);

;// CONCATENATED MODULE: ./src/github/read-issue.ts


/**
 * The issue snapshot: the issue, every comment of its thread (100 a page) and
 * the repository's pins, in one query for a thread of up to 100 comments. An
 * issue that does not exist, or is a pull request, reads as null.
 */
async function readIssue({ read, owner, repo }, number) {
    const data = await read(`read issue #${number}`, queries/* ISSUE_QUERY */.x$, { owner, repo, number }, true);
    const raw = data.repository?.issue ?? null;
    const snapshot = {
        viewer: data.viewer.login,
        pinned: (0,records/* pinnedRecords */.Tq)(data.repository?.pinnedIssues),
        issue: null
    };
    if (!raw)
        return snapshot;
    const comments = (0,records/* commentRecords */.U3)(raw.comments.nodes);
    let page = raw.comments.pageInfo;
    while (page.hasNextPage && page.endCursor) {
        const more = await read(`read the comments of issue #${number}`, queries/* MORE_COMMENTS_QUERY */.Mr, {
            owner,
            repo,
            number,
            cursor: page.endCursor
        });
        const next = more.repository?.issue?.comments;
        if (!next)
            break;
        comments.push(...(0,records/* commentRecords */.U3)(next.nodes));
        page = next.pageInfo;
    }
    return {
        ...snapshot,
        issue: { ...(0,records/* issueRecord */.Td)(raw), body: raw.body, comments }
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
    const a = (0,graphql/* api */.F)(octokit, owner, repo, graphqlUrl);
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
        listRecord: (label) => (0,list_record/* listRecord */.M)(a, label),
        setup: setupPort(a)
    };
}


/***/ }),

/***/ 3807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ PIN_MUTATION),
/* harmony export */   GU: () => (/* binding */ RECORD_ISSUE),
/* harmony export */   KG: () => (/* binding */ UNMINIMIZE_MUTATION),
/* harmony export */   LS: () => (/* binding */ PINNED),
/* harmony export */   Mn: () => (/* binding */ ISSUE_FACTS),
/* harmony export */   Mr: () => (/* binding */ MORE_COMMENTS_QUERY),
/* harmony export */   Qr: () => (/* binding */ SWEEP_QUERY),
/* harmony export */   Ty: () => (/* binding */ RECORD_QUERY),
/* harmony export */   X6: () => (/* binding */ OLDER_LABEL_EVENTS_QUERY),
/* harmony export */   n1: () => (/* binding */ UNPIN_MUTATION),
/* harmony export */   u7: () => (/* binding */ LABEL_EVENT),
/* harmony export */   v$: () => (/* binding */ MINIMIZE_MUTATION),
/* harmony export */   x$: () => (/* binding */ ISSUE_QUERY)
/* harmony export */ });
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
/** What the record reads of each issue, beside IssueRecord. */
const RECORD_ISSUE = /* GraphQL */ `
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
          ${RECORD_ISSUE}
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


/***/ }),

/***/ 7997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ labelEventsOf),
/* harmony export */   Td: () => (/* binding */ issueRecord),
/* harmony export */   Tq: () => (/* binding */ pinnedRecords),
/* harmony export */   U3: () => (/* binding */ commentRecords),
/* harmony export */   xg: () => (/* binding */ earlierCursor)
/* harmony export */ });
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


/***/ }),

/***/ 5678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ applyPins)
/* harmony export */ });
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


/***/ }),

/***/ 9116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ attempter)
/* harmony export */ });
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


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ checkSetup)
/* harmony export */ });
/* harmony import */ var _core_readiness_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8871);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9148);



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
        const list = deps.organisation?.list ?? (await port.listIncidents(inputs.label));
        pinned = [...list.pinned];
        viewer = list.viewer;
    }
    catch (error) {
        canRead = false;
        log.warning(`Could not read the issues: ${error.message}`);
    }
    if (!deps.organisation)
        log.info(`Reading the repository's files from ${files.where}.`);
    const facts = deps.organisation?.facts ?? (await (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readFiles */ .Ul)(files, deps.workflowPath));
    let state = null;
    let why = null;
    if (facts.workflow && deps.organisation?.schedule !== false) {
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
    const { items, skeleton } = await (0,_core_readiness_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fileItems */ .pO)(facts, inputs, (body, specs) => lint(body, specs, 0), { state, why });
    return [
        (0,_core_readiness_index_js__WEBPACK_IMPORTED_MODULE_0__/* .labelItem */ .W3)('label', inputs.label, repoLabels, created),
        (0,_core_readiness_index_js__WEBPACK_IMPORTED_MODULE_0__/* .labelItem */ .W3)('keep-pinned-label', inputs.keepPinnedLabel, repoLabels, created),
        (0,_core_readiness_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pinSlotsItem */ .Ag)(pinned, viewer, labels, now, inputs.unpinAfterDays),
        deps.organisation && canRead
            ? deps.organisation.token(viewer)
            : (0,_core_readiness_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenItem */ .Ry)(canRead, facts.workflow),
        ...items.filter((i) => i.id !== 'schedule' || deps.organisation?.schedule !== false),
        (0,_core_readiness_index_js__WEBPACK_IMPORTED_MODULE_0__/* .drillItem */ .Hr)(skeleton, pinned, viewer, labels, now, inputs.unpinAfterDays, inputs.pin)
    ];
}


/***/ }),

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ handleIssue)
});

// EXTERNAL MODULE: ./src/core/normalise.ts
var normalise = __webpack_require__(3097);
// EXTERNAL MODULE: ./src/core/findings.ts
var core_findings = __webpack_require__(4637);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(6745);
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
    return `, as “${(0,render_escape/* escapeText */.X)(s.title, 60)}”`;
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
    if ((0,core_report/* isTooComplex */.R)(report)) {
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
        lines.push(`| ${(0,render_escape/* escapeText */.X)(s.name)}${s.required ? '' : ' *(optional)*'} | ${state(s)} |`);
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
            .map((h) => `“${(0,render_escape/* escapeText */.X)(h.title, 60)}” (line ${h.line})`)
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

// EXTERNAL MODULE: ./src/core/pin-facts.ts
var pin_facts = __webpack_require__(7702);
;// CONCATENATED MODULE: ./src/core/label-plan.ts

/**
 * The `incomplete-label` changes: added while an incident's report is not
 * complete, removed once it is, and removed with the incident label. Nothing
 * when the input is empty or the label is already as wanted.
 */
function planLabels(labels, state, incompleteLabel) {
    if (incompleteLabel === '')
        return [];
    const has = (0,pin_facts/* hasLabel */.RX)(labels, incompleteLabel);
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

// EXTERNAL MODULE: ./src/core/pin-plan.ts
var pin_plan = __webpack_require__(9794);
;// CONCATENATED MODULE: ./src/handlers/apply-comment.ts

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
/** Carry out the comment steps, each write on its own. */
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

// EXTERNAL MODULE: ./src/handlers/apply-pins.ts
var apply_pins = __webpack_require__(5678);
// EXTERNAL MODULE: ./src/core/notices.ts
var notices = __webpack_require__(7934);
// EXTERNAL MODULE: ./src/core/trust.ts
var core_trust = __webpack_require__(9597);
// EXTERNAL MODULE: ./src/handlers/trust.ts
var handlers_trust = __webpack_require__(7999);
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
    // A notice issue (an organisation's, for a report in another repository):
    // the organisation's sweep keeps it; no lint, no comment, no label, no pin.
    // Its author is the organisation's App: an issue GITHUB_TOKEN opened (any
    // workflow of the repository may, from anyone's text) is not one.
    const notice = (0,notices/* noticeOf */.QJ)(issue.body);
    if (notice &&
        issue.author?.bot &&
        !(0,pin_facts/* sameActor */.CM)(issue.author.login, core_trust/* GITHUB_TOKEN_LOGIN */.Us)) {
        log.info(`#${number}: a notice of ${notice}, kept by the organisation's sweep; nothing to do here.`);
        return {
            ...outcome,
            pinReason: `a notice of ${notice}: the organisation's sweep keeps it`
        };
    }
    // Decide: who declared it.
    const labelled = (0,pin_facts/* hasLabel */.RX)(issue.labels, inputs.label);
    const trust = labelled ? await (0,handlers_trust/* trustOf */.A)(issue, inputs, roles, port) : null;
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
        ? (0,pin_plan/* planPins */.O)([(0,pin_facts/* pinFactsOf */.QK)(issue, snapshot.viewer, labels, trusted)], snapshot.pinned.map((p) => (0,pin_facts/* pinFactsOf */.QK)(p, snapshot.viewer, labels)), now, {
            unpinAfterDays: inputs.unpinAfterDays,
            labelRemoved: happened === 'label-removed'
        })
        : null;
    // Apply: pins first (the comment says whether the pin came).
    const pins = plan
        ? await (0,apply_pins/* applyPins */.R)(plan, [issue, ...snapshot.pinned.filter((p) => p.number !== number)], port, log, attempt)
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


/***/ }),

/***/ 1451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uo: () => (/* binding */ makeRecord),
  Wm: () => (/* binding */ pagesUrl),
  vH: () => (/* binding */ prepareRecord)
});

// UNUSED EXPORTS: recordOf

// EXTERNAL MODULE: ./src/core/record/analyse.ts
var analyse = __webpack_require__(6004);
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
        .map(({ issue, complete, withheld, tldr, title, awaiting = false, declaredAt = null, analysis, affected = [], frozen = false }) => ({
        ...(analysis ? { analysis } : {}),
        ...(affected.length ? { affected } : {}),
        ...(frozen ? { frozen } : {}),
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

// EXTERNAL MODULE: ./src/core/record/render.ts
var render = __webpack_require__(9853);
// EXTERNAL MODULE: ./src/core/record/tldr.ts
var tldr = __webpack_require__(9991);
// EXTERNAL MODULE: ./src/core/record/voice.ts
var record_voice = __webpack_require__(7551);
// EXTERNAL MODULE: ./src/core/trust.ts
var trust = __webpack_require__(9597);
// EXTERNAL MODULE: ./src/core/pin-facts.ts
var pin_facts = __webpack_require__(7702);
// EXTERNAL MODULE: ./src/handlers/trust.ts
var handlers_trust = __webpack_require__(7999);
;// CONCATENATED MODULE: ./src/handlers/record.ts








/**
 * The public record: every incident under the trust rule, open or closed,
 * rendered as a page, an Atom feed, JSON, a badge and Markdown. An incident
 * the previous record listed stays while the label stays (declared stays
 * declared); text edited since by someone without a role is not published.
 */
async function makeRecord(deps) {
    const { record, notes } = await recordOf(deps);
    const pageUrl = pagesUrl(deps.repository);
    return {
        record,
        notes,
        files: {
            'index.html': (0,render/* renderPage */.Cf)(record),
            'feed.xml': (0,render/* renderFeed */.VK)(record, pageUrl),
            'incidents.json': (0,render/* renderJson */.hF)(record),
            'badge.json': (0,render/* renderBadge */._s)(record),
            'INCIDENTS.md': (0,render/* renderMarkdown */.Gc)(record)
        }
    };
}
/** One repository's record, and its notes for the job summary. */
async function recordOf(deps) {
    const prepared = await prepareRecord(deps);
    return prepared.finish(await (deps.analyse ?? analyse.analyseBodies)(prepared.fresh, deps.inputs.sections));
}
/**
 * A record in two steps: the reads and the trust rule first, saying which
 * bodies need an analysis (`fresh`: changed since the previous record); then,
 * given their analyses in that order, the record. An organisation analyses
 * the fresh bodies of all its repositories at once, on every worker thread.
 */
async function prepareRecord(deps) {
    const { list, history, inputs, roles, log, repository, now } = deps;
    const read = await list(inputs.label);
    const memory = deps.memory ?? (0,record_voice/* rememberedIncidents */.mj)(deps.previous);
    const notes = [];
    const listed = [];
    let untrusted = 0;
    for (const issue of read.issues) {
        if (deps.skip?.(issue, read.viewer))
            continue;
        const trust = await (0,handlers_trust/* trustOf */.A)(issue, inputs, roles, history);
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
        if ((0,pin_facts/* sameActor */.CM)(login, read.viewer))
            return true;
        if (bot)
            return (0,trust/* isTrustedBot */.Ji)(login, inputs.trustedBots);
        return (0,trust/* canApplyLabels */.If)(await roles.of(login));
    };
    // Warm: a body the previous record analysed, unchanged and checked against
    // the same sections, keeps its analysis; only the others are analysed.
    const keys = listed.map((l) => (0,analyse/* analysisKey */._)(l.issue.body, inputs.sections));
    const kept = listed.map((l, k) => {
        const a = memory.analyses.get(l.issue.number);
        return a && a.key === keys[k] ? a : null;
    });
    const fresh = listed.flatMap((l, k) => (kept[k] ? [] : [l.issue.body]));
    return { fresh, finish: (freshAnalysed) => finish(freshAnalysed) };
    async function finish(freshAnalysed) {
        let next = 0;
        const analysed = kept.map((a) => a ?? freshAnalysed[next++]);
        if (fresh.length < listed.length)
            log.info(`Record: ${listed.length - fresh.length} unchanged report(s) kept from the previous record; ${fresh.length} checked.`);
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
            const voice = (0,record_voice/* voiceOf */.sZ)({ declaredAt, bodyEdit, rename, previous });
            const analysis = analysed[k];
            if (analysis.tooComplex)
                notes.push({
                    number: issue.number,
                    note: 'the report is too complex to check in time: listed as not complete, its summary not published'
                });
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
                // Kept only for text the record publishes: an analysis of text edited
                // by someone without a role would publish it through incidents.json.
                ...(voice.tldr === 'issue' && !analysis.tooComplex
                    ? {
                        analysis: {
                            key: keys[k],
                            complete: analysis.complete,
                            withheld: analysis.withheld,
                            tldr: analysis.tldr,
                            ...(analysis.affected ? { affected: analysis.affected } : {})
                        }
                    }
                    : {}),
                complete: analysis.complete,
                withheld: analysis.withheld,
                tldr: voice.tldr === 'previous'
                    ? previous?.tldr
                        ? {
                            html: `<p>${(0,tldr/* escapeHtml */.ZD)(previous.tldr)}</p>`,
                            text: previous.tldr
                        }
                        : null
                    : analysis.tldr,
                awaiting: voice.tldr === 'awaiting',
                // The repositories it names, by the same voice as its summary.
                affected: voice.tldr === 'issue'
                    ? (analysis.affected ?? [])
                    : voice.tldr === 'previous'
                        ? (previous?.affected ?? [])
                        : [],
                frozen: voice.tldr !== 'issue',
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
        return { record, notes };
    }
}
/** Where GitHub Pages serves a project site: https://OWNER.github.io/REPO/. */
function pagesUrl(repository) {
    const [owner, repo] = repository.split('/');
    return `https://${(owner ?? '').toLowerCase()}.github.io/${repo ?? ''}/`;
}


/***/ }),

/***/ 1052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ rolesFrom)
/* harmony export */ });
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


/***/ }),

/***/ 8725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ sweep)
/* harmony export */ });
/* harmony import */ var _core_pin_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9794);
/* harmony import */ var _core_pin_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7702);
/* harmony import */ var _apply_pins_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5678);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7999);




/**
 * Bring every incident that is open or pinned to its desired pin state with
 * the same policy as issue events; only the changes are written.
 */
async function sweep({ port, inputs, now, log, attempt, roles, list: read, own, ofOrganisation = false }) {
    const list = read ?? (await port.listIncidents(inputs.label));
    if (list.labelName === null) {
        const said = `Sweep: the repository has no label '${inputs.label}': no issue is an incident. Create the label, or set the 'label' input to the one you use.`;
        if (ofOrganisation)
            log.info(said);
        else
            log.warning(said);
    }
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
        if ((0,_core_pin_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .hasLabel */ .RX)(issue.labels, inputs.label))
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
        const trust = own?.(issue, list.viewer)
            ? { trusted: true }
            : await (0,_trust_js__WEBPACK_IMPORTED_MODULE_1__/* .trustOf */ .A)(issue, inputs, roles, port);
        targets.push(issue);
        if (!trust.trusted) {
            distrusted.add(issue.number);
            untrusted.push({ number: issue.number, reason: trust.reason });
            roleRefused ||= trust.refused;
            log.warning(`#${issue.number}: not an incident: ${trust.reason}`);
        }
    }
    log.info(`Sweep: ${targets.length - distrusted.size} incident(s) open or pinned; ${list.pinned.length} of 3 pins in use.`);
    const plan = (0,_core_pin_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planPins */ .O)(targets.map((t) => (0,_core_pin_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .pinFactsOf */ .QK)(t, list.viewer, labels, !distrusted.has(t.number))), list.pinned.map((p) => (0,_core_pin_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .pinFactsOf */ .QK)(p, list.viewer, labels)), now, { unpinAfterDays: inputs.unpinAfterDays });
    const everyone = [
        ...targets,
        ...list.pinned.filter((p) => !targets.some((t) => t.number === p.number))
    ];
    const outcome = await (0,_apply_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .applyPins */ .R)(plan, everyone, port, log, attempt);
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


/***/ }),

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ trustOf)
/* harmony export */ });
/* unused harmony export MAX_PAGES */
/* harmony import */ var _core_trust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9597);

/** At most this many pages of 100 earlier label events are read. */
const MAX_PAGES = 100;
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
    let who = (0,_core_trust_js__WEBPACK_IMPORTED_MODULE_0__/* .labeler */ .Iu)(labeling, inputs.label);
    // Bounded: a cursor that never ends (or 10,000 label events) stops here,
    // and the label counts as applied by nobody known.
    for (let pages = 0; who.login === null && who.incomplete && before !== null; pages++) {
        if (pages >= MAX_PAGES)
            break;
        const older = await history.olderLabelEvents(issue.id, before);
        before = older.before;
        labeling = {
            ...labeling,
            labelEvents: [...older.events, ...labeling.labelEvents],
            labelEventsComplete: before === null
        };
        who = (0,_core_trust_js__WEBPACK_IMPORTED_MODULE_0__/* .labeler */ .Iu)(labeling, inputs.label);
    }
    const role = who.login !== null && !who.bot ? await roles.of(who.login) : undefined;
    return (0,_core_trust_js__WEBPACK_IMPORTED_MODULE_0__/* .trustLabel */ .H5)(who, role, inputs.trustedBots);
}


/***/ }),

/***/ 2178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ analyseWithBudget),
/* harmony export */   bR: () => (/* binding */ analysisPool),
/* harmony export */   xC: () => (/* binding */ lintWithBudget)
/* harmony export */ });
/* unused harmony exports LINT_BUDGET_MS, TOO_COMPLEX */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8557);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(554);







/** How long linting one body may take: fixed, not an input (SPEC "Failures"). */
const LINT_BUDGET_MS = 10_000;
/**
 * The bundle's entry beside this chunk (dist/index.js), which lints in a
 * worker thread; null when running from source.
 */
function workerFile() {
    const here = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url);
    if (!here.endsWith('.js'))
        return null;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(here), 'index.js');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? file : null;
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
            const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(file, {
                workerData: { body, specs, issue },
                env: { ...process.env, INCIDENT_ISSUES_ROLE: _roles_js__WEBPACK_IMPORTED_MODULE_5__/* .LINT_WORKER_ROLE */ .S }
            });
            const timer = setTimeout(() => {
                void worker.terminate();
                resolve((0,_core_report_js__WEBPACK_IMPORTED_MODULE_6__/* .tooComplex */ .p)(issue, specs, budget));
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
/** What the record gives a body that could not be checked within the budget. */
const TOO_COMPLEX = {
    complete: false,
    withheld: false,
    tldr: null,
    tooComplex: true
};
/**
 * The record's analysis of many bodies, each under the time budget, on as
 * many worker threads as the machine has cores (at most 4): a body that takes
 * longer is "too complex to check" (not complete, no TLDR published) and its
 * worker is replaced; the others go on. From source (tests), in this thread.
 */
function analyseWithBudget(env) {
    return async (bodies, specs) => {
        const pool = analysisPool(env);
        try {
            return await pool.analyse(bodies, specs);
        }
        finally {
            pool.close();
        }
    };
}
/**
 * `analyseWithBudget` whose workers outlive one call: an organisation's
 * record analyses each repository's bodies in turn, and starting workers
 * for each would cost more than the analysis. `close` ends them.
 */
function analysisPool(env) {
    const budget = Number(env.INCIDENT_ISSUES_LINT_BUDGET_MS) || LINT_BUDGET_MS;
    const idle = [];
    const start = (file, specs) => new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(file, {
        workerData: { mode: 'record', specs },
        env: { ...process.env, INCIDENT_ISSUES_ROLE: _roles_js__WEBPACK_IMPORTED_MODULE_5__/* .LINT_WORKER_ROLE */ .S }
    });
    const analyse = async (bodies, specs) => {
        const file = workerFile();
        if (!file || bodies.length === 0) {
            const { analyseBodies } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6004));
            return analyseBodies(bodies, specs);
        }
        const results = new Array(bodies.length);
        let next = 0;
        /** A worker for these sections: an idle one, or a new one. */
        const take = () => {
            const at = idle.findIndex((w) => w.specs === specs);
            const found = at === -1 ? undefined : idle.splice(at, 1)[0];
            if (found)
                found.worker.ref();
            return found?.worker ?? start(file, specs);
        };
        /** One lane: a worker that takes the next body until none is left. */
        const lane = async () => {
            let worker = take();
            try {
                while (next < bodies.length) {
                    const id = next++;
                    results[id] = await new Promise((resolve, reject) => {
                        const timer = setTimeout(() => {
                            worker.removeAllListeners();
                            void worker.terminate();
                            worker = start(file, specs);
                            resolve(TOO_COMPLEX);
                        }, budget);
                        worker.once('message', (m) => {
                            clearTimeout(timer);
                            worker.removeAllListeners('error');
                            resolve(m.analysis);
                        });
                        worker.once('error', (error) => {
                            clearTimeout(timer);
                            reject(error);
                        });
                        worker.postMessage({ id, body: bodies[id] });
                    });
                }
                // Idle, it does not keep the process alive.
                worker.unref();
                idle.push({ worker, specs });
            }
            catch (error) {
                void worker.terminate();
                throw error;
            }
        };
        const lanes = Math.max(1, Math.min(4, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), bodies.length));
        await Promise.all(Array.from({ length: lanes }, lane));
        return results;
    };
    return {
        analyse,
        close: () => {
            for (const { worker } of idle.splice(0))
                void worker.terminate();
        }
    };
}


/***/ })

};

//# sourceMappingURL=759.index.js.map