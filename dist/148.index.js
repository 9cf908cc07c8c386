export const id = 148;
export const ids = [148];
export const modules = {

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ fileSource),
/* harmony export */   RB: () => (/* binding */ workflowPath),
/* harmony export */   rP: () => (/* binding */ readPreviousRecord),
/* harmony export */   recordDirProblem: () => (/* binding */ recordDirProblem),
/* harmony export */   rh: () => (/* binding */ writeRecord)
/* harmony export */ });
/* unused harmony exports folderSource, apiSource */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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

//# sourceMappingURL=148.index.js.map