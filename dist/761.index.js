export const id = 761;
export const ids = [761];
export const modules = {

/***/ 3761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli),
/* harmony export */   processIo: () => (/* binding */ processIo)
/* harmony export */ });
/* unused harmony export USAGE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4637);
/* harmony import */ var _core_lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3250);
/* harmony import */ var _core_sections_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4258);
/* harmony import */ var _core_readiness_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8871);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9148);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_6__);









const USAGE = `Usage: incident-issues lint [--json] [--sections FILE.yml] [--] FILE.md|-
       incident-issues check-setup [--label NAME] [--sections FILE.yml] [DIR]
       incident-issues draft-page [--repo OWNER/NAME] [--sections FILE.yml] [FILE.html]

Checks an incident report draft for the sections the community needs
(TLDR, Summary, Timeline, References, optional Evidence).
  FILE.md            the draft; - reads standard input
  --json             print the report object instead of one line a finding
  --sections FILE    a YAML list of sections, as the action's 'sections' input
  --                 ends the options (for a file named like one)

Exit status: 0 complete, 1 not complete (a required section missing or empty,
or a credential), 2 bad usage.`;
/** Control characters out: a heading or file name must not drive the terminal. */
const clean = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
        const chunks = [];
        for await (const chunk of process.stdin)
            chunks.push(chunk);
        return Buffer.concat(chunks).toString('utf8');
    },
    readFile: (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'),
    writeFile: (path, text) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text)
};
/**
 * The options and operands (`node:util` parseArgs: `--` ends the options, a
 * lone `-` is an operand), or why they cannot be read (control characters
 * out, so that an argument cannot drive the terminal).
 */
function parse(args, options) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: [...args],
            options,
            allowPositionals: true,
            strict: true
        });
        return {
            values: values,
            positionals
        };
    }
    catch (error) {
        return { error: clean(error.message) };
    }
}
/**
 * The sections of `--sections FILE` (the defaults without it), or why they
 * cannot be had: the file cannot be read, or is not a sections list.
 */
async function sectionsOption(file, io) {
    if (file === undefined)
        return _core_sections_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_SECTIONS */ .v;
    let text;
    try {
        text = await io.readFile(file);
    }
    catch (error) {
        return `cannot read ${file}: ${error.message}`;
    }
    const parsed = (0,_core_sections_config_js__WEBPACK_IMPORTED_MODULE_3__.parseSections)(text);
    return parsed.ok ? parsed.sections : parsed.error;
}
/** Run `incident-issues <args>` and return the exit status. */
async function cli(args, io) {
    const usage = (why) => {
        io.stderr(`incident-issues: ${why}\n\n${USAGE}\n`);
        return 2;
    };
    const rest = [...args];
    if (rest[0] === '--help' || rest[0] === '-h') {
        io.stdout(USAGE + '\n');
        return 0;
    }
    const command = rest.shift();
    if (command === 'check-setup')
        return checkSetupCli(rest, io, usage);
    if (command === 'draft-page')
        return draftPageCli(rest, io, usage);
    if (command !== 'lint')
        return usage("expected the command 'lint', 'check-setup' or 'draft-page'");
    const parsed = parse(rest, {
        json: { type: 'boolean' },
        sections: { type: 'string' }
    });
    if ('error' in parsed)
        return usage(parsed.error);
    const json = parsed.values.json === true;
    const sectionsFile = parsed.values.sections;
    const files = parsed.positionals;
    if (files.length !== 1)
        return usage('expected exactly one FILE.md, or - for standard input');
    const file = files[0];
    const specs = await sectionsOption(sectionsFile, io);
    if (typeof specs === 'string')
        return usage(specs);
    let body;
    try {
        body = file === '-' ? await io.readStdin() : await io.readFile(file);
    }
    catch (error) {
        return usage(`cannot read ${file}: ${error.message}`);
    }
    const report = await (0,_core_lint_js__WEBPACK_IMPORTED_MODULE_2__.lint)(body, specs);
    const name = file === '-' ? '<stdin>' : clean(file);
    if (body.length > _core_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_BODY */ ._D)
        io.stderr(`${name}: cut at ${_core_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_BODY */ ._D.toLocaleString('en')} characters (GitHub's limit for an issue body): the rest was checked for credentials only\n`);
    if (json) {
        io.stdout(JSON.stringify(report, null, 2) + '\n');
    }
    else {
        for (const f of (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .allFindings */ .c4)(report)) {
            const cause = f.cause
                ? ` (${f.cause.message.toLowerCase()}: line ${f.cause.line})`
                : '';
            io.stdout(`${name}:${f.line}:${f.column} ${f.severity} ${f.message}${cause}\n`);
        }
        io.stderr(report.complete
            ? `${name}: complete\n`
            : `${name}: incomplete${report.missing.length ? `, missing or empty: ${report.missing.join(', ')}` : ''}${report.complete || !(0,_core_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .exposesCredential */ .Vv)(report) ? '' : `${report.missing.length ? ';' : ','} a credential is exposed: rotate it, remove it, delete the old revision`}\n`);
        if (!report.complete && report.otherHeadings.length > 0) {
            // Control characters out: a heading must not be able to drive the terminal.
            const headings = report.otherHeadings
                .map((h) => `"${clean(h.title)}" (line ${h.line})`)
                .join(', ');
            io.stderr(`${name}: headings that name no section: ${headings}; rename one if it holds a missing section\n`);
        }
    }
    return report.complete ? 0 : 1;
}
/**
 * `incident-issues check-setup [DIR]`: the readiness items that need only the
 * checked-out repository, with the action's ids and wording.
 */
async function checkSetupCli(args, io, usage) {
    const parsed = parse(args, {
        label: { type: 'string' },
        sections: { type: 'string' }
    });
    if ('error' in parsed)
        return usage(parsed.error);
    const label = parsed.values.label ?? 'security-incident';
    if (label === '')
        return usage('--label needs a label name');
    const specs = await sectionsOption(parsed.values.sections, io);
    if (typeof specs === 'string')
        return usage(specs);
    const dirs = parsed.positionals;
    if (dirs.length > 1)
        return usage('expected at most one DIR');
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.resolve)(dirs[0] ?? '.');
    const facts = await (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readFiles */ .Ul)((0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .folderSource */ .WG)(dir), null);
    const { items } = await (0,_core_readiness_index_js__WEBPACK_IMPORTED_MODULE_4__/* .fileItems */ .pO)(facts, { label, sections: specs }, (body, s) => (0,_core_lint_js__WEBPACK_IMPORTED_MODULE_2__.lint)(body, s), {
        state: null,
        why: "GitHub's own state of the workflow is checked by the action's check-setup"
    });
    io.stdout((0,_core_readiness_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderChecklist */ .tt)(items, false).replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' '));
    return items.some((i) => i.state === 'error') ? 1 : 0;
}
/**
 * `incident-issues draft-page [FILE]`: the private drafting page (default
 * incident-draft.html), for `--repo` and the configured `--sections`.
 */
async function draftPageCli(args, io, usage) {
    const parsed = parse(args, {
        repo: { type: 'string' },
        sections: { type: 'string' }
    });
    if ('error' in parsed)
        return usage(parsed.error);
    const repo = parsed.values.repo ?? null;
    if (repo !== null &&
        !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(repo))
        return usage(`--repo must be OWNER/NAME (got '${clean(repo.slice(0, 120))}')`);
    const specs = await sectionsOption(parsed.values.sections, io);
    if (typeof specs === 'string')
        return usage(specs);
    if (parsed.positionals.length > 1)
        return usage('expected at most one FILE');
    const file = parsed.positionals[0] ?? 'incident-draft.html';
    const { draftPage } = await __webpack_require__.e(/* import() */ 862).then(__webpack_require__.bind(__webpack_require__, 3862));
    try {
        await io.writeFile(file, draftPage(repo, specs));
    }
    catch (error) {
        io.stderr(`incident-issues: cannot write ${clean(file)}: ${clean(error.message)}\n`);
        return 2;
    }
    io.stderr(`${clean(file)}: the private drafting page; open it in a browser (it makes no request and stores nothing)\n`);
    return 0;
}


/***/ }),

/***/ 4258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* reexport */ sections_defaults/* DEFAULT_SECTIONS */.v),
  parseSections: () => (/* binding */ parseSections)
});

// UNUSED EXPORTS: quoteValue

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/normalise.ts
var normalise = __webpack_require__(3097);
// EXTERNAL MODULE: ./src/core/sections-defaults.ts
var sections_defaults = __webpack_require__(3226);
;// CONCATENATED MODULE: ./src/core/types.ts
/**
 * The words of this project, one name per concept:
 *
 * - **issue record** (`IssueRecord`, core/records.ts): what GitHub said about
 *   one issue; **comment record** (`CommentRecord`): one comment of a thread.
 * - **issue snapshot** (`IssueSnapshot`): the one read an issue event makes
 *   (the viewer, the issue with its body and comments, the pinned issues);
 *   **incident list** (`IncidentList`): the sweep's read.
 * - **own comment** (`OwnComment`): a report comment of the action's own,
 *   chosen from the comment records by author and marker (comment-plan.ts).
 * - **trust** (trust.ts): who applied the incident label, and whether that
 *   makes the issue an incident.
 * - **pin facts** (`PinFacts`): what the pin policy needs of an issue,
 *   derived from an issue record (pin-facts.ts); **pin decision** and **pin
 *   plan**: what one issue wants, and the steps within three pins.
 * - **happened** (`Happened`): what the event did to the issue, from the route.
 * - **plans** (`PinPlan`, `CommentStep[]`, `LabelStep[]`): pure decisions
 *   that the handlers apply, each write on its own.
 * - **report** (`Report`): the linter's result, made of **section reports**
 *   and **findings**; a finding carries the check (`source`) and the stable
 *   `rule` that made it.
 * - **outcome** (`IssueOutcome`, `SweepRow`): what a run did, for the outputs
 *   and the job summary.
 */
const CHECK_IDS = [
    'brief',
    'timeline',
    'links',
    'personal-data'
];
/** Old names still accepted in the `sections` input, so that no workflow breaks. */
const CHECK_ALIASES = {
    secrets: 'personal-data'
};

;// CONCATENATED MODULE: ./src/core/sections-config.ts





const EXPECTED = 'a YAML list of sections, each with `name` (text), optional `required` (true or false), `aliases` (list of text) and `check` (one of ' +
    CHECK_IDS.join(', ') +
    ')';
/**
 * Parse the `sections` input. Returns the specs, or an error sentence that names
 * the input, the value and what was expected (all problems at once).
 */
function parseSections(text) {
    const fail = (why) => ({
        ok: false,
        error: `Invalid value for 'sections': ${why} (got ${(0,sections_defaults/* quoteValue */.c)(text)}); expected ${EXPECTED}`
    });
    let data;
    try {
        data = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (error) {
        const msg = error instanceof Error ? error.message.split('\n')[0] : '';
        return fail(`not valid YAML: ${msg}`);
    }
    if (!Array.isArray(data))
        return fail('not a list');
    if (data.length === 0)
        return fail('an empty list');
    const problems = [];
    const sections = [];
    /** Each title's key → the section (by position) it names. */
    const seen = new Map();
    data.forEach((item, i) => {
        const where = `item ${i + 1}`;
        if (typeof item === 'string' && item.trim()) {
            item = { name: item };
        }
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
            problems.push(`${where} is not a mapping or a name`);
            return;
        }
        const entry = item;
        for (const key of Object.keys(entry)) {
            if (!['name', 'required', 'aliases', 'check'].includes(key)) {
                problems.push(`${where} has an unknown key '${key}'`);
            }
        }
        const name = entry.name;
        if (typeof name !== 'string' || name.trim() === '') {
            problems.push(`${where} has no 'name'`);
            return;
        }
        const required = entry.required ?? true;
        if (typeof required !== 'boolean') {
            problems.push(`'required' of '${name}' is not true or false`);
        }
        let aliases = [];
        if (entry.aliases !== undefined && entry.aliases !== null) {
            if (!Array.isArray(entry.aliases) ||
                !entry.aliases.every((a) => typeof a === 'string' && a.trim() !== '')) {
                problems.push(`'aliases' of '${name}' is not a list of text`);
            }
            else {
                aliases = entry.aliases;
            }
        }
        let check;
        if (entry.check !== undefined && entry.check !== null) {
            const id = typeof entry.check === 'string'
                ? entry.check
                : JSON.stringify(entry.check);
            if (CHECK_IDS.includes(id))
                check = id;
            else if (id in CHECK_ALIASES)
                check = CHECK_ALIASES[id];
            else
                problems.push(`unknown check ${(0,sections_defaults/* quoteValue */.c)(id)} for '${name}'`);
        }
        for (const title of [name, ...aliases]) {
            const key = (0,normalise/* titleKey */.kz)(title);
            if (key === '') {
                problems.push(`'${title}' of '${name}' has no letters or digits`);
                continue;
            }
            const other = seen.get(key);
            // Within one section, `TL;DR` beside `TLDR` is a harmless spelling.
            if (other === undefined)
                seen.set(key, { name, index: i });
            else if (other.index === i)
                continue;
            else if ((0,normalise/* titleKey */.kz)(other.name) === (0,normalise/* titleKey */.kz)(name))
                problems.push(`'${name}' is configured twice`);
            else
                problems.push(`'${title}' names both '${other.name}' and '${name}'`);
        }
        sections.push(Object.freeze({
            name: name.trim(),
            required: required === true,
            aliases: Object.freeze(aliases.map((a) => a.trim())),
            ...(check ? { check } : {})
        }));
    });
    if (problems.length > 0)
        return fail(problems.join('; '));
    return { ok: true, sections };
}


/***/ })

};

//# sourceMappingURL=761.index.js.map