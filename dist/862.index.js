export const id = 862;
export const ids = [862];
export const modules = {

/***/ 3862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   draftPage: () => (/* binding */ draftPage)
/* harmony export */ });
/* unused harmony export draftScripts */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);




/**
 * The private drafting page: one self-contained HTML file that runs the same
 * checks as the action in the browser (src/draft/, bundled for the browser
 * by esbuild into dist/draft/ at build time). Its Content-Security-Policy
 * forbids every request: it runs the same from `file://` and from GitHub
 * Pages, and sends nothing anywhere.
 */
/** The browser bundles: beside this chunk in dist/, or dist/ when run from source. */
function draftScripts() {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    for (const dir of [
        (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, ['draft'].join('')),
        (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, '..', 'dist', 'draft')
    ]) {
        const page = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'page.js');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(page))
            return {
                page: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(page, 'utf8'),
                worker: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'worker.js'), 'utf8')
            };
    }
    throw new Error('The drafting page is not built (dist/draft/): run `npm run build`.');
}
/**
 * Script text that can sit inside a <script> element: nothing the HTML parser
 * would read as the end of the element or as the start of an escaped state.
 * The page script has none (checked); the worker travels in the JSON config,
 * where every `<` is `\u003c`.
 */
function inScript(js) {
    if (/<\/script|<!--|<script/i.test(js))
        throw new Error('The drafting page script holds `</script`, `<!--` or `<script`: it cannot be inlined as is.');
    return js;
}
const json = (value) => JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
/** The page, for `repository` (`owner/name`, or null) and the configured sections. */
function draftPage(repository, specs, scripts = draftScripts()) {
    const page = inScript(scripts.page);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(page).digest('base64');
    const csp = [
        "default-src 'none'",
        `script-src 'sha256-${hash}'`,
        'worker-src blob:',
        "style-src 'unsafe-inline'",
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
    const where = repository
        ? `Open a new issue on ${repository} only when discussing the incident in public no longer increases the risk.`
        : 'Open the public issue only when discussing the incident in public no longer increases the risk.';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>Draft a security incident report</title>
<style>
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --error: #9a2a0a; --warning: #7d4e00; --accent: #0349b4; }
@media (prefers-color-scheme: dark) { :root { --fg: #f0f6fc; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --error: #ffa198; --warning: #e3b341; --accent: #71b7ff; } }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); max-width: 60rem; margin: 0 auto; padding: 1rem; }
label { display: block; font-weight: 600; margin-top: 1rem; }
input, textarea { box-sizing: border-box; width: 100%; font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--muted); border-radius: 6px; padding: 0.5rem; }
textarea { font-family: ui-monospace, monospace; min-height: 20rem; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button { font: inherit; margin: 0.5rem 0.5rem 0 0; padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid var(--muted); background: var(--bg); color: var(--fg); cursor: pointer; }
button:disabled { cursor: not-allowed; opacity: 0.7; }
#status { font-size: 1.25rem; font-weight: 700; margin: 1rem 0 0; }
.note, #status-detail { color: var(--muted); }
#findings li.error { color: var(--error); }
#findings li.warning { color: var(--warning); }
#findings { overflow-wrap: anywhere; }
pre { white-space: pre-wrap; border: 1px solid var(--line); padding: 0.5rem; border-radius: 6px; }
</style>
</head>
<body>
<header>
<h1>Draft a security incident report</h1>
<p class="note">Private: this page makes no request and stores nothing. The report is checked here, in your browser, exactly as the incident-issues action will check it. ${escape(where)}</p>
</header>
<main>
<div id="draft">
<label for="title">Title</label>
<input id="title" name="title" autocomplete="off">
<label for="report">Report</label>
<textarea id="report" name="report" spellcheck="true" aria-describedby="status-detail"></textarea>
</div>
<p id="status" role="status" aria-live="polite">not complete</p>
<p id="status-detail" aria-live="polite"></p>
<div>
<button type="button" id="copy">Copy the report</button>
<button type="button" id="download">Download as .md</button>
<button type="button" id="open-issue">Open a new issue</button>
</div>
<p id="notice" class="note" aria-live="polite"></p>
<h2 id="findings-heading">Findings</h2>
<ul id="findings" aria-labelledby="findings-heading"></ul>
<h2 id="skeleton-heading">Missing sections</h2>
<pre id="skeleton" aria-labelledby="skeleton-heading"></pre>
<button type="button" id="insert" disabled>Insert the missing sections</button>
</main>
<script type="application/json" id="incident-config">${json({ repository, specs, worker: scripts.worker })}</script>
<script>${page}</script>
</body>
</html>
`;
}
function escape(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}


/***/ })

};

//# sourceMappingURL=862.index.js.map