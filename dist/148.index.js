export const id = 148;
export const ids = [148];
export const modules = {

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
                name: typeof data.name === 'string' ? data.name : path,
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
                name: typeof front.name === 'string' ? front.name : path,
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

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ fileSource),
/* harmony export */   RB: () => (/* binding */ workflowPath),
/* harmony export */   Ul: () => (/* binding */ readFiles),
/* harmony export */   WG: () => (/* binding */ folderSource),
/* harmony export */   rP: () => (/* binding */ readPreviousRecord),
/* harmony export */   recordDirProblem: () => (/* binding */ recordDirProblem),
/* harmony export */   rh: () => (/* binding */ writeRecord),
/* harmony export */   s_: () => (/* binding */ apiSource)
/* harmony export */ });
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
function writeRecord(dir, files, 
/** Sub-folders written afresh (an organisation's `feeds`: none left of a repository without incidents). */
fresh = []) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        for (const sub of fresh)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, sub), { recursive: true, force: true });
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

//# sourceMappingURL=148.index.js.map