import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ splitRepository),
/* harmony export */   y: () => (/* binding */ readContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Read the context from the environment GitHub sets (no @actions/* import). */
function readContext(env) {
    let payload = null;
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = null;
        }
    }
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        repository: env.GITHUB_REPOSITORY ?? '',
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/+$/, ''),
        outputPath: env.GITHUB_OUTPUT
    };
}
/** Split `owner/repo`, or say what is wrong. */
function splitRepository(repository) {
    const m = /^([\w.-]+)\/([\w.-]+)$/.exec(repository);
    if (!m) {
        throw new Error(`GITHUB_REPOSITORY must be 'owner/repo' (got '${repository.slice(0, 100)}')`);
    }
    return { owner: m[1], repo: m[2] };
}


/***/ }),

/***/ 3226:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ quoteValue),
/* harmony export */   v: () => (/* binding */ DEFAULT_SECTIONS)
/* harmony export */ });
/**
 * The default sections of SPEC; their names are canonical in outputs and
 * comments. `Affected repositories` (optional) names the other repositories
 * of the organisation where the sweep keeps notice issues (core/notices.ts).
 */
const DEFAULT_SECTIONS = Object.freeze([
    {
        name: 'TLDR',
        required: true,
        aliases: ['TL;DR', 'TL DR', "Too long; didn't read"],
        check: 'brief'
    },
    {
        name: 'Summary',
        required: true,
        aliases: ['Overview', 'Incident summary']
    },
    {
        name: 'Timeline',
        required: true,
        aliases: ['Timeline of events', 'Chronology'],
        check: 'timeline'
    },
    {
        name: 'References',
        required: true,
        aliases: [
            'Reference',
            'Links',
            'Resources',
            'Sources',
            'More info',
            'Further reading',
            'See also'
        ],
        check: 'links'
    },
    {
        name: 'Evidence',
        required: false,
        aliases: ['Screenshots'],
        check: 'personal-data'
    },
    {
        name: 'Affected repositories',
        required: false,
        aliases: ['Affected projects', 'Affected repos']
    }
]);
/** Show a user value in an error without flooding the log. */
function quoteValue(value) {
    const oneLine = value.replace(/\s+/g, ' ').trim();
    return `'${oneLine.length > 80 ? oneLine.slice(0, 77) + '...' : oneLine}'`;
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3157);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(554);


/*
 * The only module with top-level effects. One bundle, three roles, so that
 * the action, the CLI and the lint worker share one copy of what they share:
 * - a worker thread (lint-budget.ts starts this file as one, with the role in
 *   its environment; lint-worker.ts checks that it is a worker): lint one body;
 * - the CLI (dist/cli/index.js sets the flag, then imports this file);
 * - otherwise the action.
 * Each role loads its code with `await import()`: the action still decides an
 * unrelated event before remark or Octokit load.
 */
const cliRole = globalThis
    .incidentIssuesCli;
if (process.env.INCIDENT_ISSUES_ROLE === _roles_js__WEBPACK_IMPORTED_MODULE_1__/* .LINT_WORKER_ROLE */ .S) {
    const { runLintWorker } = await Promise.all(/* import() */[__nccwpck_require__.e(197), __nccwpck_require__.e(250), __nccwpck_require__.e(4), __nccwpck_require__.e(181)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2181));
    // Not a worker after all (the variable set in a workflow): the action.
    if (!(await runLintWorker()))
        await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();
}
else if (cliRole === true) {
    const { cli, processIo } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(197), __nccwpck_require__.e(250), __nccwpck_require__.e(418), __nccwpck_require__.e(761)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3761));
    process.exitCode = await cli(process.argv.slice(2), processIo);
}
else {
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: execute

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/context.ts
var src_context = __nccwpck_require__(788);
// EXTERNAL MODULE: ./src/core/sections-defaults.ts
var sections_defaults = __nccwpck_require__(3226);
;// CONCATENATED MODULE: ./src/inputs.ts

/** Input names, as in action.yml: one place (actions/stale's option enum). */
const Input = {
    GithubToken: 'github-token',
    Label: 'label',
    Sections: 'sections',
    UnpinAfterDays: 'unpin-after-days',
    KeepPinnedLabel: 'keep-pinned-label',
    Pin: 'pin',
    Comment: 'comment',
    IncompleteLabel: 'incomplete-label',
    OnComplete: 'on-complete',
    DryRun: 'dry-run',
    IssueNumber: 'issue-number',
    TrustedBots: 'trusted-bots',
    CheckSetup: 'check-setup',
    CreateLabel: 'create-label',
    RecordDir: 'record-dir',
    Repositories: 'repositories'
};
/** The most days `unpin-after-days` accepts: a hundred years. */
const MAX_UNPIN_DAYS = 36_500;
/** GraphQL's `Int` (issue numbers are at most this). */
const MAX_ISSUE_NUMBER = 2_147_483_647;
/** Defaults, mirroring action.yml (a test checks that they agree). */
const DEFAULTS = Object.freeze({
    [Input.Label]: 'security-incident',
    [Input.UnpinAfterDays]: '3',
    [Input.KeepPinnedLabel]: 'keep-pinned',
    [Input.Pin]: 'true',
    [Input.Comment]: 'true',
    [Input.IncompleteLabel]: '',
    [Input.OnComplete]: 'minimize',
    [Input.DryRun]: 'false',
    [Input.IssueNumber]: '',
    [Input.TrustedBots]: '',
    [Input.CheckSetup]: 'false',
    [Input.CreateLabel]: 'false',
    [Input.RecordDir]: '',
    [Input.Repositories]: ''
});
/** Bad inputs: every problem, one line each; nothing has been written. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** Read inputs from the environment without loading @actions/core (cold start). */
function envInput(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
const invalid = (name, value, expected) => `Invalid value for '${name}': ${expected} (got ${(0,sections_defaults/* quoteValue */.c)(value)})`;
/**
 * Read and validate every input at once. `parseSections` is passed in so that
 * the YAML parser is loaded only when the `sections` input is set.
 */
async function readInputs(getInput, workspace = process.cwd()) {
    const problems = [];
    const get = (name) => {
        const value = getInput(name);
        return value === '' && name in DEFAULTS
            ? DEFAULTS[name]
            : value;
    };
    const bool = (name) => {
        const value = get(name);
        if (/^(true|yes|on)$/i.test(value))
            return true;
        if (/^(false|no|off)$/i.test(value))
            return false;
        problems.push(invalid(name, value, 'must be true or false'));
        return false;
    };
    const label = (name, required) => {
        const value = get(name);
        if (value === '' && required)
            problems.push(invalid(name, value, 'must be a label name'));
        else if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(value))
            // A second line would reach the log as a workflow command of its own.
            problems.push(invalid(name, value, 'must be one label name, without line breaks or control characters'));
        else if (value.length > 50)
            problems.push(invalid(name, value, 'must be a label name of at most 50 characters'));
        return value;
    };
    const token = getInput(Input.GithubToken);
    if (token === '') {
        problems.push(invalid(Input.GithubToken, token, 'must be a token; the default is ${{ github.token }}'));
    }
    const daysText = get(Input.UnpinAfterDays);
    let unpinAfterDays = 3;
    if (/^\d{1,6}$/.test(daysText) && Number(daysText) <= MAX_UNPIN_DAYS)
        unpinAfterDays = Number(daysText);
    else
        problems.push(invalid(Input.UnpinAfterDays, daysText, `must be a whole number of days from 0 to ${MAX_UNPIN_DAYS.toLocaleString('en-US')}`));
    const onComplete = get(Input.OnComplete);
    if (!['minimize', 'keep', 'delete'].includes(onComplete)) {
        problems.push(invalid(Input.OnComplete, onComplete, "must be 'minimize', 'keep' or 'delete'"));
    }
    // Empty means the sweep; anything else must name one issue (`42` or `#42`):
    // a stray `#` must never widen a one-issue run into the whole sweep.
    const issueText = get(Input.IssueNumber);
    let issueNumber = null;
    if (issueText !== '') {
        const digits = issueText.replace(/^#/, '');
        if (/^[1-9]\d{0,9}$/.test(digits) && Number(digits) <= MAX_ISSUE_NUMBER)
            issueNumber = Number(digits);
        else
            problems.push(invalid(Input.IssueNumber, issueText, `must be an issue number from 1 to ${MAX_ISSUE_NUMBER}, such as 42`));
    }
    let sections = sections_defaults/* DEFAULT_SECTIONS */.v;
    const sectionsText = getInput(Input.Sections);
    if (sectionsText !== '') {
        const { parseSections } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(258)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4258));
        const parsed = parseSections(sectionsText);
        if (parsed.ok)
            sections = Object.freeze(parsed.sections);
        else
            problems.push(parsed.error);
    }
    const trustedBots = [];
    for (const entry of get(Input.TrustedBots).split(/[,\n]/)) {
        const login = entry.trim();
        if (login === '')
            continue;
        if (/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/.test(login))
            trustedBots.push(login);
        else
            problems.push(invalid(Input.TrustedBots, login, 'must be bot logins separated by commas, such as my-labeler[bot]'));
    }
    // The workflow's own repository; the parser loads only when the input is set.
    let repositories = {
        owners: [],
        names: [],
        excluded: new Set()
    };
    const repositoriesText = get(Input.Repositories);
    if (repositoriesText !== '') {
        const { parseRepositories } = await __nccwpck_require__.e(/* import() */ 447).then(__nccwpck_require__.bind(__nccwpck_require__, 6447));
        const parsed = parseRepositories(repositoriesText);
        if (parsed.ok)
            repositories = parsed.selection;
        else
            for (const problem of parsed.problems)
                problems.push(`Invalid value for '${Input.Repositories}': ${problem}`);
    }
    const inputs = {
        token,
        label: label(Input.Label, true),
        sections,
        unpinAfterDays,
        keepPinnedLabel: label(Input.KeepPinnedLabel, false),
        pin: bool(Input.Pin),
        comment: bool(Input.Comment),
        incompleteLabel: label(Input.IncompleteLabel, false),
        onComplete: onComplete,
        dryRun: bool(Input.DryRun),
        issueNumber,
        trustedBots: Object.freeze(trustedBots),
        checkSetup: bool(Input.CheckSetup),
        createLabel: bool(Input.CreateLabel),
        recordDir: await recordDirOf(get(Input.RecordDir), workspace, problems),
        repositories
    };
    if (inputs.incompleteLabel !== '' &&
        inputs.incompleteLabel.toLowerCase() === inputs.label.toLowerCase()) {
        problems.push(invalid(Input.IncompleteLabel, inputs.incompleteLabel, `must differ from 'label'`));
    }
    if (inputs.keepPinnedLabel !== '' &&
        inputs.keepPinnedLabel.toLowerCase() === inputs.label.toLowerCase()) {
        problems.push(invalid(Input.KeepPinnedLabel, inputs.keepPinnedLabel, `must differ from 'label' (every incident would stay pinned for good)`));
    }
    if (problems.length > 0)
        throw new InputError(problems);
    return Object.freeze(inputs);
}
/**
 * `record-dir` as an absolute path: a folder of its own inside the workspace
 * (not the workspace itself, whose index.html and INCIDENTS.md it would
 * replace; no `..`; no absolute path elsewhere). '' stays '' (no record).
 */
async function recordDirOf(value, workspace, problems) {
    if (value === '')
        return '';
    // Loaded only here: the cold start of an unrelated event never needs it.
    const path = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 23));
    const refuse = (why) => {
        problems.push(invalid(Input.RecordDir, value, why));
        return '';
    };
    if (/[\p{Cc}]/u.test(value))
        return refuse('must be a folder path without control characters');
    if (value.split(/[\\/]/).includes('..'))
        return refuse("must be a folder inside the workspace, without '..'");
    const root = path.resolve(workspace);
    const full = path.resolve(root, value);
    const rel = path.relative(root, full);
    if (rel === '')
        return refuse('must be a folder of its own inside the workspace, such as record, not the workspace itself');
    if (path.isAbsolute(rel) || rel.startsWith(`..${path.sep}`) || rel === '..')
        return refuse(`must be a folder inside the workspace (${root})`);
    return full;
}

;// CONCATENATED MODULE: ./src/route.ts
/** The issue actions this action handles (SPEC "Where it runs"). */
const ISSUE_ACTIONS = [
    'opened',
    'edited',
    'labeled',
    'unlabeled',
    'closed',
    'reopened'
];
const sameLabel = (a, b) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
/**
 * Decide from the event name and payload alone what to do. Pure and cheap: it
 * runs before @actions/core, Octokit or remark are loaded.
 */
function routeEvent(eventName, payload, inputs) {
    if (inputs.checkSetup)
        return { kind: 'check-setup' };
    if (eventName === 'schedule')
        return { kind: 'sweep' };
    if (eventName === 'workflow_dispatch') {
        return inputs.issueNumber === null
            ? { kind: 'sweep' }
            : { kind: 'issue', number: inputs.issueNumber, happened: 'changed' };
    }
    if (eventName !== 'issues') {
        return {
            kind: 'ignore',
            message: `incident-issues: the '${eventName || '(none)'}' event is not handled; nothing to do.`
        };
    }
    const event = (payload ?? {});
    const action = typeof event.action === 'string' ? event.action : '';
    if (!ISSUE_ACTIONS.includes(action)) {
        return {
            kind: 'ignore',
            message: `incident-issues: 'issues.${action || '(no action)'}' is not handled; nothing to do.`
        };
    }
    const number = event.issue?.number;
    if (typeof number !== 'number' ||
        !Number.isSafeInteger(number) ||
        number < 1) {
        return {
            kind: 'fail',
            message: `The 'issues' event payload has no issue number (GITHUB_EVENT_PATH); expected the payload GitHub sends for 'issues.${action}'.`
        };
    }
    const labels = Array.isArray(event.issue?.labels)
        ? event.issue.labels
        : [];
    const labeled = labels.some((l) => sameLabel(l?.name, inputs.label));
    const labelRemoved = action === 'unlabeled' && sameLabel(event.label?.name, inputs.label);
    if (!labeled && !labelRemoved) {
        return {
            kind: 'ignore',
            message: `incident-issues: issue #${number} does not carry the label '${inputs.label}'; nothing to do.`,
            notIncident: true
        };
    }
    return {
        kind: 'issue',
        number,
        happened: labelRemoved ? 'label-removed' : 'changed'
    };
}

;// CONCATENATED MODULE: ./src/main.ts




/**
 * Run the action for the environment `env`. The common case in a busy
 * repository (an issue without the label, an unhandled event) is decided here
 * from the payload alone and said through `light`, before @actions/core,
 * Octokit or remark load; anything else asks `io()` for the full channel.
 */
async function execute(env, io, light, cwd = process.cwd()) {
    try {
        const workspace = env.GITHUB_WORKSPACE || cwd;
        const inputs = await readInputs(envInput(env), workspace);
        if (inputs.recordDir) {
            const { recordDirProblem } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(148)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9148));
            const problem = recordDirProblem(inputs.recordDir, workspace);
            if (problem)
                throw new InputError([
                    `Invalid value for 'record-dir': ${problem} (got '${inputs.recordDir.slice(0, 200)}')`
                ]);
        }
        const context = (0,src_context/* readContext */.y)(env);
        const route = routeEvent(context.eventName, context.payload, inputs);
        if (route.kind === 'ignore') {
            light.info(route.message);
            // An unhandled action (pinned, deleted…) says nothing of the issue.
            if (route.notIncident)
                light.setOutput('incident', 'false');
            return;
        }
        if (route.kind === 'fail')
            throw new Error(route.message);
        const { runAction } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(197), __nccwpck_require__.e(119), __nccwpck_require__.e(239), __nccwpck_require__.e(250), __nccwpck_require__.e(418), __nccwpck_require__.e(4), __nccwpck_require__.e(759)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1759));
        await runAction(route, inputs, context, env, await io());
    }
    catch (error) {
        const out = await io();
        if (error instanceof InputError) {
            out.setFailed(`Bad input, nothing was done:\n${error.message}`);
        }
        else {
            out.setFailed(error instanceof Error ? error.message : String(error));
        }
    }
}
/** The runner's channels: @actions/core's workflow commands and files. */
async function runnerIo() {
    const core = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(421)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
    return {
        info: (line) => core.info(line),
        warning: (line) => core.warning(line),
        group: (name, fn) => core.group(name, fn),
        setOutput: (name, value) => core.setOutput(name, value),
        summary: async (markdown) => {
            await core.summary.addRaw(markdown).write();
        },
        setFailed: (message) => core.setFailed(message)
    };
}
/** The action as the runner starts it (src/index.ts). */
async function main(env = process.env) {
    await execute(env, runnerIo, {
        info: (line) => console.log(line),
        setOutput: (name, value) => {
            // One-line values only on this path (`incident=false`).
            if (env.GITHUB_OUTPUT)
                (0,external_node_fs_.appendFileSync)(env.GITHUB_OUTPUT, `${name}=${value}\n`);
        }
    });
}


/***/ }),

/***/ 554:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ LINT_WORKER_ROLE)
/* harmony export */ });
/**
 * The environment variable value that starts the bundle's entry as the lint
 * worker (lint-budget.ts sets it in the worker's own environment). The entry
 * reads it without loading node:worker_threads, to keep the action's cold
 * start short; the worker checks that it really is one.
 */
const LINT_WORKER_ROLE = 'lint-worker';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map