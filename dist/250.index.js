export const id = 250;
export const ids = [250];
export const modules = {

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
 * The same list scans the body (scan-credentials.ts) and guards every short
 * text (a title, a heading, a label): it covers every kind of secretlint's
 * recommended preset (a test proves it on a corpus) and more.
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
  _D: () => (/* binding */ MAX_BODY),
  lint: () => (/* binding */ lint),
  mo: () => (/* binding */ lintSections)
});

// UNUSED EXPORTS: MAX_SCANNED

// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 11 modules
var lib = __webpack_require__(8379);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm/index.js + 7 modules
var micromark_extension_gfm = __webpack_require__(2297);
// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 45 modules
var remark_parse_lib = __webpack_require__(8840);
// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 7 modules
var unified_lib = __webpack_require__(3900);
;// CONCATENATED MODULE: ./src/core/markdown.ts




/**
 * GitHub Flavored Markdown for parsing only: what remark-gfm registers for
 * the parser (micromark's syntax, mdast's from-markdown), without its
 * to-markdown half, which the action never uses (it never writes Markdown
 * from a tree).
 */
function gfmParse() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push((0,micromark_extension_gfm/* gfm */.T)());
    (data.fromMarkdownExtensions ??= []).push((0,lib/* gfmFromMarkdown */.C)());
}
const processor = (0,unified_lib/* unified */.l)().use(remark_parse_lib/* default */.A).use(gfmParse);
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
/* harmony export */   F: () => (/* binding */ scanCredentialsSync),
/* harmony export */   S: () => (/* binding */ scanCredentials)
/* harmony export */ });
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2633);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4637);


const advice = 'expected no credentials in a public issue: revoke it now (edits keep the old text in the issue history)';
/**
 * Credentials anywhere in the body, by kind and line, deduplicated. The body is
 * public the moment it is posted, so this runs over every line, code included.
 *
 * The shape list (credentials.ts) covers every kind of secretlint's
 * recommended preset, and more: a test runs secretlint over the same corpus
 * and asserts that every line it flags is flagged here too. Pure and
 * synchronous: no node-forge, no profiler; it runs in a browser as well.
 */
async function scanCredentials(body, lines) {
    return scanCredentialsSync(body, lines);
}
/** The scan itself (see `scanCredentials`). */
function scanCredentialsSync(body, lines) {
    const hits = new Map();
    // A token split by an invisible character (a zero-width space, a soft
    // hyphen) is still a credential: scan the text without them, and point at
    // the original (line numbers agree: no line break is invisible).
    const visible = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .stripInvisibleMapped */ .f0)(body);
    for (const { kind, pattern } of _credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .CREDENTIAL_SHAPES */ .dF) {
        for (const m of visible.text.matchAll(pattern)) {
            const offset = visible.origin(m.index);
            const { line, column } = lines.point(offset);
            // One finding a kind a line.
            const key = `${line}:${kind}`;
            if (hits.has(key))
                continue;
            hits.set(key, {
                severity: 'error',
                message: `Unexpected ${kind}, ${advice}`,
                line,
                column,
                end: lines.point(visible.origin(m.index + m[0].length)),
                source: 'credentials',
                rule: 'credential'
            });
        }
    }
    return [...hits.values()].sort(_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .byPosition */ .rg);
}


/***/ })

};

//# sourceMappingURL=250.index.js.map