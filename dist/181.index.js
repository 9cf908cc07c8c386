export const id = 181;
export const ids = [181];
export const modules = {

/***/ 6004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ analysisKey),
/* harmony export */   analyseBodies: () => (/* binding */ analyseBodies)
/* harmony export */ });
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9532);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3250);
/* harmony import */ var _scan_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(709);
/* harmony import */ var _tldr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9991);




/** Analyse many bodies: each one's credentials, then its sections. */
async function analyseBodies(bodies, specs) {
    const normal = bodies.map((b) => b.replace(/\r\n?/g, '\n').slice(0, 65_536));
    const tldrSpec = specs.find((s) => s.check === 'brief') ?? specs[0];
    const out = [];
    for (const body of normal) {
        const credentials = (0,_scan_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .scanCredentialsSync */ .F)(body, new _lines_js__WEBPACK_IMPORTED_MODULE_3__/* .LineIndex */ .r(body));
        const { report, found } = await (0,_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .lintSections */ .mo)(body, specs, null, credentials);
        const withheld = credentials.length > 0;
        const section = found.find((s) => s.spec === tldrSpec);
        out.push({
            complete: report.complete,
            withheld,
            tldr: withheld || !section || section.empty ? null : (0,_tldr_js__WEBPACK_IMPORTED_MODULE_2__/* .tldrHtml */ .mb)(section.nodes)
        });
    }
    return out;
}
/**
 * The key under which the analysis of a body is kept between records: a hash
 * of the body and the sections it was checked against (cyrb53, twice with two
 * seeds; fast, not a security measure: the previous record is the action's
 * own output, restored from its own cache).
 */
function analysisKey(body, specs) {
    const text = `${JSON.stringify(specs)}\u0000${body}`;
    return cyrb53(text, 1) + cyrb53(text, 2);
}
function cyrb53(text, seed) {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0))
        .toString(16)
        .padStart(14, '0');
}


/***/ }),

/***/ 9991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   mb: () => (/* binding */ tldrHtml)
/* harmony export */ });
/* unused harmony export MAX_TLDR */
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2633);

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
        const clean = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .publishable */ .g$)(value);
        const kept = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(clean, Math.max(0, budget));
        budget -= kept.length;
        textParts.push(kept);
        return escapeHtml(kept) + (kept.length < clean.length ? '…' : '');
    };
    const out = [];
    const stack = [...nodes].reverse().map((node) => ({ node: node }));
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


/***/ }),

/***/ 2181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLintWorker: () => (/* binding */ runLintWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_lint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3250);
/* harmony import */ var _core_record_analyse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6004);



/**
 * The linter off the main thread, so that the action can stop it when a
 * hostile body would take longer than the time budget (micromark has
 * inputs that cost it seconds). Two modes: lint the one body it was given
 * (issue events), or analyse the bodies it is sent one at a time for the
 * record (`mode: 'record'`), until it is stopped.
 */
async function runLintWorker() {
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread || !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort)
        return false;
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    const data = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    if (data.mode === 'record') {
        port.on('message', (job) => {
            void (0,_core_record_analyse_js__WEBPACK_IMPORTED_MODULE_2__.analyseBodies)([job.body], data.specs).then(([analysis]) => port.postMessage({ id: job.id, analysis }));
        });
        return true;
    }
    port.postMessage(await (0,_core_lint_js__WEBPACK_IMPORTED_MODULE_1__.lint)(data.body, data.specs, data.issue));
    return true;
}


/***/ })

};

//# sourceMappingURL=181.index.js.map