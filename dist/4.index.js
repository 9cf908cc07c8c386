export const id = 4;
export const ids = [4,447];
export const modules = {

/***/ 7934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ affectedRepositories),
/* harmony export */   BT: () => (/* binding */ planNotices),
/* harmony export */   PD: () => (/* binding */ AFFECTED_SECTION),
/* harmony export */   QJ: () => (/* binding */ noticeOf),
/* harmony export */   zA: () => (/* binding */ isOwnNotice)
/* harmony export */ });
/* unused harmony exports MAX_AFFECTED, noticeMarker, noticeText */
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6745);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2633);
/* harmony import */ var _repositories_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6447);
/**
 * Notice issues (SPEC "One organisation", "Several repositories, one
 * incident"): a report names the other repositories it affects in its
 * optional `Affected repositories` section; the organisation's sweep keeps
 * one notice issue in each covered one. Pure: what the notices should be,
 * and the writes that get them there.
 */



/** The section that names the affected repositories (canonical name). */
const AFFECTED_SECTION = 'Affected repositories';
/** At most this many repositories a report: a longer list is a mistake (or an attack). */
const MAX_AFFECTED = 50;
const MARKER = /^<!-- incident-issues:notice ([A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}#[1-9]\d{0,9}) -->$/;
/** The first line of every notice. */
const noticeMarker = (report) => `<!-- incident-issues:notice ${report} -->`;
/** The report a body's first line names as a notice, or null. */
function noticeOf(body) {
    const first = body.slice(0, 200).split(/\r?\n/, 1)[0] ?? '';
    return MARKER.exec(first)?.[1] ?? null;
}
/** A notice the action wrote: its marker on the first line, by the token's own identity. */
function isOwnNotice(issue, viewer) {
    const norm = (s) => s.toLowerCase().replace(/\[bot\]$/, '');
    return (noticeOf(issue.body) !== null &&
        issue.author !== null &&
        norm(issue.author.login) === norm(viewer));
}
const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';
const NAME = '[A-Za-z0-9._-]{1,100}';
const ENTRY = new RegExp(`^(?:[-*+]\\s+|\\d{1,3}[.)]\\s+)?(?:\\[[^\\]]{0,200}\\]\\()?(?:<)?(?:https://github\\.com/)?(${OWNER})/(${NAME}?)(?:\\.git)?/?(?:>)?\\)?\\s*$`);
/**
 * The repositories a section's text names, one per line: `owner/name`, a
 * link to it (`https://github.com/owner/name`, in Markdown or not), in a list
 * or not. Lines that name none are returned to be said in the summary; the
 * report's own repository is left out; at most MAX_AFFECTED.
 */
function affectedRepositories(text, home) {
    const seen = new Map();
    let ignored = 0;
    for (const raw of text.slice(0, 20_000).split('\n')) {
        const line = raw.trim();
        if (line === '' || /^<!--.*-->$/.test(line))
            continue;
        const m = ENTRY.exec(line);
        const name = m ? `${m[1]}/${m[2]}` : null;
        if (!name || /^\.\.?$/.test(m[2]) || m[2].endsWith('.git')) {
            ignored++;
            continue;
        }
        if ((0,_repositories_js__WEBPACK_IMPORTED_MODULE_2__/* .repoKey */ .wb)(name) === (0,_repositories_js__WEBPACK_IMPORTED_MODULE_2__/* .repoKey */ .wb)(home) || seen.has((0,_repositories_js__WEBPACK_IMPORTED_MODULE_2__/* .repoKey */ .wb)(name)))
            continue;
        if (seen.size >= MAX_AFFECTED) {
            ignored++;
            continue;
        }
        seen.set((0,_repositories_js__WEBPACK_IMPORTED_MODULE_2__/* .repoKey */ .wb)(name), name);
    }
    return { repositories: [...seen.values()], ignored };
}
/** GitHub's limit for an issue title. */
const TITLE_MAX = 256;
/** The notice's title and body for a report. */
function noticeText(r) {
    const [home] = r.ref.split('#');
    // Plain text (titles are not Markdown), but a mention or an issue
    // reference in the report's title is broken as in comments: the notice
    // is the App's writing in another repository.
    const title = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)((0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .publishable */ .g$)(`Security incident in ${home}: ${r.title}`)
        .replace(/[\t\n\r]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/([@#])(?=\S)/g, '$1\u200B')
        .replace(/\b(gh)-(?=\d)/gi, '$1\u200B-'), TITLE_MAX);
    const summary = r.tldr
        ? (0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(r.tldr, 1000)
        : `_${r.tldrNote ?? 'The report has no summary yet.'}_`;
    const body = [
        noticeMarker(r.ref),
        `**A security incident in ${home} affects this repository.**`,
        '',
        summary,
        '',
        `The report, its updates and the discussion are in ${r.ref}: ${r.url}. Please comment there, not here.`,
        '',
        '<sub>This notice is kept by incident-issues: it is updated, closed and reopened with the report.</sub>',
        ''
    ].join('\n');
    return { title, body };
}
const REASONS = {
    COMPLETED: 'completed',
    NOT_PLANNED: 'not_planned',
    DUPLICATE: 'duplicate'
};
/**
 * The writes that bring one report's notices where they should be: one in
 * each affected covered repository (created only while the report is open),
 * its title and body the report's, its state the report's (closed with the
 * same reason, reopened with it); a repository no longer named has its notice
 * closed as not planned; a second notice for one report (never written by
 * this, but someone may have) is closed as a duplicate. `notices` are the
 * action's own notices of this report, by repository key; nothing else is
 * touched. Nothing is written when nothing would change.
 */
function planNotices(report, notices, covered) {
    const steps = [];
    const { title, body } = noticeText(report);
    const wanted = new Set(report.frozen
        ? [...notices.keys()].filter((k) => covered.has(k))
        : [...report.affected].filter((k) => covered.has(k)));
    const reason = REASONS[report.stateReason ?? ''] ?? 'completed';
    for (const key of [...new Set([...wanted, ...notices.keys()])].sort()) {
        const mine = [...(notices.get(key) ?? [])].sort((a, b) => a.number - b.number);
        const [keep, ...extra] = mine;
        for (const e of extra)
            if (e.open)
                steps.push({
                    kind: 'close',
                    repository: e.repository,
                    number: e.number,
                    reason: 'duplicate',
                    why: `a second notice of ${report.ref}`
                });
        if (!wanted.has(key)) {
            if (keep?.open)
                steps.push({
                    kind: 'close',
                    repository: keep.repository,
                    number: keep.number,
                    reason: 'not_planned',
                    why: `${report.ref} no longer names this repository`
                });
            continue;
        }
        if (!keep) {
            if (report.open)
                steps.push({
                    kind: 'create',
                    repository: covered.get(key),
                    title,
                    body
                });
            continue;
        }
        if (keep.title !== title || keep.body !== body)
            steps.push({
                kind: 'update',
                repository: keep.repository,
                number: keep.number,
                title,
                body
            });
        if (report.open && !keep.open)
            steps.push({
                kind: 'reopen',
                repository: keep.repository,
                number: keep.number
            });
        else if (!report.open &&
            (keep.open || (REASONS[keep.stateReason ?? ''] ?? 'completed') !== reason))
            steps.push({
                kind: 'close',
                repository: keep.repository,
                number: keep.number,
                reason,
                why: `${report.ref} was closed`
            });
    }
    return steps;
}


/***/ }),

/***/ 6004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ analysisKey),
/* harmony export */   analyseBodies: () => (/* binding */ analyseBodies)
/* harmony export */ });
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9532);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3250);
/* harmony import */ var _scan_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(709);
/* harmony import */ var _tldr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9991);
/* harmony import */ var _notices_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7934);





/** Analyse many bodies: each one's credentials, then its sections. */
async function analyseBodies(bodies, specs) {
    const normal = bodies.map((b) => b.replace(/\r\n?/g, '\n').slice(0, 65_536));
    const tldrSpec = specs.find((s) => s.check === 'brief') ?? specs[0];
    const affectedSpec = specs.find((s) => s.name === _notices_js__WEBPACK_IMPORTED_MODULE_3__/* .AFFECTED_SECTION */ .PD);
    const out = [];
    for (const body of normal) {
        const credentials = (0,_scan_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .scanCredentialsSync */ .F)(body, new _lines_js__WEBPACK_IMPORTED_MODULE_4__/* .LineIndex */ .r(body));
        const { report, found } = await (0,_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .lintSections */ .mo)(body, specs, null, credentials);
        const withheld = credentials.length > 0;
        const section = found.find((s) => s.spec === tldrSpec);
        const named = found.find((s) => s.spec === affectedSpec);
        const affected = named && !named.empty
            ? (0,_notices_js__WEBPACK_IMPORTED_MODULE_3__/* .affectedRepositories */ .$F)(body
                .slice(named.contentStart, named.contentEnd)
                .replace(/<!--[\s\S]*?-->/g, ''), '').repositories
            : [];
        out.push({
            complete: report.complete,
            withheld,
            tldr: withheld || !section || section.empty ? null : (0,_tldr_js__WEBPACK_IMPORTED_MODULE_2__/* .tldrHtml */ .mb)(section.nodes),
            ...(affected.length ? { affected } : {})
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

/***/ 6745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ escapeText)
/* harmony export */ });
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2633);

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
    let s = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text)
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


/***/ }),

/***/ 6447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p8: () => (/* binding */ coveredRepositories),
/* harmony export */   parseRepositories: () => (/* binding */ parseRepositories),
/* harmony export */   pb: () => (/* binding */ isOrganisation),
/* harmony export */   wb: () => (/* binding */ repoKey)
/* harmony export */ });
/* unused harmony exports MAX_ENTRIES, NO_SELECTION */
/**
 * The `repositories` input (SPEC "One organisation"): `owner/*` for every
 * repository the token can see under an owner, `owner/name` entries, and
 * `!owner/name` to leave one out; comma- or newline-separated. Pure.
 */
/** A GitHub login: letters, digits and single hyphens, at most 39 characters. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A repository name: letters, digits, `.`, `-`, `_`, at most 100 characters. */
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** More entries than this is a mistake (an owner's wildcard covers any number). */
const MAX_ENTRIES = 1_000;
const NO_SELECTION = Object.freeze({
    owners: [],
    names: [],
    excluded: new Set()
});
/** `owner/name` in the case GitHub compares it (names are case-insensitive). */
const repoKey = (fullName) => fullName.toLowerCase();
/** Whether the selection asks for anything beyond the workflow's own repository. */
const isOrganisation = (s) => s.owners.length > 0 || s.names.length > 0;
function validName(entry) {
    const [owner, name, ...rest] = entry.split('/');
    return (rest.length === 0 &&
        owner !== undefined &&
        name !== undefined &&
        OWNER.test(owner) &&
        NAME.test(name) &&
        name !== '.' &&
        name !== '..');
}
/**
 * Parse the input; every bad entry is one problem (quoted, cut to 100
 * characters), so that nothing runs on a half-understood list.
 */
function parseRepositories(text) {
    const entries = text
        .split(/[,\n]/)
        .map((e) => e.trim())
        .filter((e) => e !== '');
    const problems = [];
    if (entries.length > MAX_ENTRIES)
        return {
            ok: false,
            problems: [
                `at most ${MAX_ENTRIES} entries (use owner/* for a whole organisation)`
            ]
        };
    const owners = new Map();
    const names = new Map();
    const excluded = new Set();
    for (const entry of entries) {
        const shown = JSON.stringify(entry.slice(0, 100));
        if (entry.startsWith('!')) {
            const name = entry.slice(1).trim();
            if (validName(name))
                excluded.add(repoKey(name));
            else
                problems.push(`${shown}: leave a repository out as !owner/name (no wildcard)`);
            continue;
        }
        const wildcard = /^([^/]+)\/\*$/.exec(entry);
        if (wildcard) {
            const owner = wildcard[1];
            if (OWNER.test(owner))
                owners.set(owner.toLowerCase(), owner);
            else
                problems.push(`${shown}: not an owner (a GitHub login) before /*`);
            continue;
        }
        if (validName(entry))
            names.set(repoKey(entry), entry);
        else
            problems.push(`${shown}: expected owner/*, owner/name or !owner/name (letters, digits, '.', '-', '_')`);
    }
    if (problems.length > 0)
        return { ok: false, problems };
    for (const key of excluded)
        names.delete(key);
    if (excluded.size > 0 && owners.size === 0 && names.size === 0)
        return {
            ok: false,
            problems: [
                'only !owner/name entries: say which repositories to cover (owner/* or owner/name)'
            ]
        };
    return {
        ok: true,
        selection: Object.freeze({
            owners: Object.freeze([...owners.values()]),
            names: Object.freeze([...names.values()]),
            excluded
        })
    };
}
/**
 * The repositories to cover: the owners' listed repositories less archived
 * ones, forks, those with issues disabled and `!` entries, then the named
 * ones (kept even when they are forks: someone asked for them; whether they
 * can be served is found when they are read). Sorted, without duplicates.
 */
function coveredRepositories(selection, listed) {
    const owners = new Set(selection.owners.map((o) => o.toLowerCase()));
    const chosen = new Map();
    const leftOut = { archived: 0, forks: 0, issuesDisabled: 0, excluded: 0 };
    for (const r of listed) {
        const key = repoKey(r.name);
        if (!owners.has(key.split('/')[0]) || chosen.has(key))
            continue;
        if (selection.excluded.has(key))
            leftOut.excluded++;
        else if (r.archived)
            leftOut.archived++;
        else if (r.fork)
            leftOut.forks++;
        else if (!r.hasIssues)
            leftOut.issuesDisabled++;
        else
            chosen.set(key, r.name);
    }
    for (const name of selection.names) {
        const key = repoKey(name);
        if (!chosen.has(key) && !selection.excluded.has(key))
            chosen.set(key, name);
    }
    return {
        repositories: [...chosen.values()].sort((a, b) => repoKey(a) < repoKey(b) ? -1 : repoKey(a) > repoKey(b) ? 1 : 0),
        leftOut
    };
}


/***/ })

};

//# sourceMappingURL=4.index.js.map