export const id = 201;
export const ids = [201];
export const modules = {

/***/ 5201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: clock, reportOutput

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/remark-gfm/lib/index.js + 63 modules
var lib = __webpack_require__(9172);
// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 43 modules
var remark_parse_lib = __webpack_require__(4277);
// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 7 modules
var unified_lib = __webpack_require__(1519);
;// CONCATENATED MODULE: ./src/core/markdown.ts



const processor = (0,unified_lib/* unified */.l)().use(remark_parse_lib/* default */.A).use(lib/* default */.A);
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
function atTitle(section, source, severity, message) {
    return {
        severity,
        message,
        line: section.start.line,
        column: section.start.column,
        source
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
            findings.push(atTitle(section, 'brief', 'warning', `Unexpected \`${section.spec.name}\` after \`${first.spec.name}\`, expected it to be the first section`));
        }
        const words = section.text
            .split(/\s+/)
            .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        if (words > MAX_BRIEF_WORDS) {
            findings.push(atTitle(section, 'brief', 'warning', `Unexpected ${words} words in \`${section.spec.name}\`, expected at most ${MAX_BRIEF_WORDS}`));
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
            atTitle(section, 'links', 'warning', `Unexpected \`${section.spec.name}\` without a link, expected at least one URL, issue reference, CVE or GHSA id`)
        ];
    }
};

// EXTERNAL MODULE: ./node_modules/@secretlint/core/module/index.js + 17 modules
var core_module = __webpack_require__(198);
// EXTERNAL MODULE: ./node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js
var secretlint_rule_preset_recommend_module = __webpack_require__(1577);
;// CONCATENATED MODULE: ./src/core/checks/secrets.ts




/** Kinds named after secretlint's rule ids; the value itself is never kept. */
const RULE_KINDS = {
    '@secretlint/secretlint-rule-aws': 'AWS credential',
    '@secretlint/secretlint-rule-gcp': 'Google Cloud credential',
    '@secretlint/secretlint-rule-github': 'GitHub token',
    '@secretlint/secretlint-rule-npm': 'npm token',
    '@secretlint/secretlint-rule-slack': 'Slack token',
    '@secretlint/secretlint-rule-sendgrid': 'SendGrid key',
    '@secretlint/secretlint-rule-shopify': 'Shopify token',
    '@secretlint/secretlint-rule-openai': 'OpenAI key',
    '@secretlint/secretlint-rule-anthropic': 'Anthropic key',
    '@secretlint/secretlint-rule-linear': 'Linear key',
    '@secretlint/secretlint-rule-1password': '1Password secret',
    '@secretlint/secretlint-rule-privatekey': 'private key',
    '@secretlint/secretlint-rule-basicauth': 'password in a URL',
    '@secretlint/secretlint-rule-database-connection-string': 'database connection string with a password'
};
/**
 * What secretlint's recommended preset does not look for. Assignments need a
 * value of 8+ characters with a digit, so prose ("token: revoked") passes.
 */
const EXTRA = [
    {
        // An access key ID alone is not a secret to secretlint, but it names the account.
        kind: 'AWS access key',
        pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)(?![A-Z0-9]{9}EXAMPLE\b)[A-Z0-9]{16}\b/g
    },
    {
        kind: 'private key',
        pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g
    },
    {
        kind: 'JSON Web Token',
        pattern: /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g
    },
    {
        kind: 'password or token assignment',
        pattern: /\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret|auth)\b["']?\s*[:=]\s*["']?(?=[^\s"'`<]*\d)(?![*x]{4})[^\s"'`<]{8,}/gi
    }
];
const SECRETLINT_CONFIG = {
    rules: [{ id: secretlint_rule_preset_recommend_module/* creator */.x.meta.id, rule: secretlint_rule_preset_recommend_module/* creator */.x }]
};
const advice = 'expected no credentials in a public issue: revoke it now (edits keep the old text in the issue history)';
/**
 * Credentials anywhere in the body, by kind and line, deduplicated. The body is
 * public the moment it is posted, so this runs over every line, code included.
 */
async function scanCredentials(body, lines) {
    const hits = new Map();
    const add = (kind, offset) => {
        const { line, column } = lines.point(offset);
        const key = `${line}:${kind}`;
        if (hits.has(key))
            return;
        hits.set(key, {
            severity: 'error',
            message: `Unexpected ${kind}, ${advice}`,
            line,
            column,
            source: 'secrets'
        });
    };
    // secretlint honours `secretlint-disable` comments even when its filter rule
    // is disabled in a preset (11.7): a public issue must not be able to hide a
    // secret, so the directive is defused, keeping every offset.
    const content = body.replace(/secretlint-(disable|enable)/gi, (m) => 'x'.repeat(m.length));
    const result = await (0,core_module/* lintSource */.n)({
        source: { content, filePath: 'issue.md', ext: '.md', contentType: 'text' },
        options: {
            config: SECRETLINT_CONFIG,
            maskSecrets: true,
            noPhysicFilePath: true
        }
    });
    for (const message of result.messages) {
        add(RULE_KINDS[message.ruleId] ?? 'secret', message.range[0]);
    }
    const knownLines = new Set([...hits.values()].map((f) => f.line));
    for (const { kind, pattern } of EXTRA) {
        for (const m of body.matchAll(pattern)) {
            // One finding a line: secretlint named this one more precisely already.
            if (!knownLines.has(lines.point(m.index).line))
                add(kind, m.index);
        }
    }
    return [...hits.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const PRIVATE_OR_EXAMPLE_IP = /^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|0\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)/;
/**
 * Personal data in the section (e-mail and public IP addresses are warnings),
 * and a reminder for each image, which the action cannot read.
 */
const secrets = {
    id: 'secrets',
    description: 'No personal data; every image checked for user data before it stays public',
    run(section, { body, lines }) {
        const findings = [];
        const text = visibleText(section, body, false);
        const at = (index) => lines.point(section.contentStart + index);
        for (const m of text.matchAll(EMAIL)) {
            if (/@(?:example\.(?:com|org|net)|users\.noreply\.github\.com)$/i.test(m[0]))
                continue;
            findings.push({
                severity: 'warning',
                message: `Unexpected e-mail address in \`${section.spec.name}\`, expected no personal data: remove it or replace it with \`user@example.com\``,
                ...at(m.index),
                source: 'secrets'
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
                source: 'secrets'
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
                    source: 'secrets'
                });
            }
        }
        return findings.sort((a, b) => a.line - b.line || a.column - b.column);
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
const ISO = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:,?\\s+(\\d{4})\\b)?`, 'i');
const TIME = /\b([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?\b/;
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
    const time = TIME.exec(text);
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
    if (time)
        stamp.minutes = +time[1] * 60 + +time[2];
    return stamp;
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
/** An entry as the reader would say it, built from parsed numbers (never raw text). */
function describe(s) {
    const date = `${pad(s.year, 4)}-${pad(s.month)}-${pad(s.day)}`;
    return s.minutes === undefined
        ? date
        : `${date} ${pad(Math.floor(s.minutes / 60))}:${pad(s.minutes % 60)}`;
}
function compare(a, b) {
    return (a.year - b.year ||
        a.month - b.month ||
        a.day - b.day ||
        (a.minutes !== undefined && b.minutes !== undefined
            ? a.minutes - b.minutes
            : 0));
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
        let found = false;
        let last;
        text.split('\n').forEach((lineText, i) => {
            const read = readLine(lineText);
            if (!read)
                return;
            found = true;
            const line = startLine.line + i;
            const column = i === 0 ? startLine.column + read.column - 1 : read.column;
            let resolved;
            if (read.month !== undefined && read.day !== undefined) {
                const year = read.year ?? last?.year;
                if (year !== undefined) {
                    resolved = { year, month: read.month, day: read.day, line, column };
                    if (read.minutes !== undefined)
                        resolved.minutes = read.minutes;
                }
            }
            else if (last && read.minutes !== undefined) {
                // A time alone continues the day before it; an earlier time is the next day.
                resolved = { ...last, line, column, minutes: read.minutes };
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
                atTitle(section, 'timeline', 'warning', `Unexpected \`${section.spec.name}\` without a dated entry, expected at least one entry with a date or time (such as \`2022-04-15 14:05 UTC\`)`)
            ];
        }
        const steps = entries.slice(1).map((e, i) => compare(e, entries[i]));
        // Three or more entries all going backwards are a newest-first timeline;
        // two are too few to tell that from a mistake.
        const newestFirst = entries.length >= 3 &&
            steps.some((s) => s < 0) &&
            steps.every((s) => s <= 0);
        if (newestFirst)
            return [];
        const findings = [];
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
                source: 'timeline',
                cause: { message: 'Previous entry here', line: previous.line }
            });
        });
        return findings;
    }
};

;// CONCATENATED MODULE: ./src/core/checks/index.ts




/** The registry: a check's id is its key, stable in findings and docs. */
const checks = { brief: brief, timeline: timeline, links: links, secrets: secrets };

;// CONCATENATED MODULE: ./src/core/lines.ts
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
        .map((m) => ({ title: m.title, line: m.line }));
    return { sections, duplicates, otherHeadings };
}

// EXTERNAL MODULE: ./src/core/sections-defaults.ts
var sections_defaults = __webpack_require__(3226);
;// CONCATENATED MODULE: ./src/core/lint.ts






/** GitHub's limit for an issue body; longer text is checked up to here. */
const MAX_BODY = 65_536;
const byPosition = (a, b) => a.line - b.line || a.column - b.column;
/**
 * Check an issue body against the configured sections. Pure: the same body and
 * specs always give the same report.
 */
async function lint(input, specs = sections_defaults/* DEFAULT_SECTIONS */.v, issue = null) {
    const body = (input ?? '').slice(0, MAX_BODY).replace(/\r\n?/g, '\n');
    const root = parseBody(body);
    const lines = new LineIndex(body);
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
    const credentials = await scanCredentials(body, lines);
    for (const finding of credentials)
        place(finding);
    const secretLines = new Set(credentials.map((f) => f.line));
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
                    source: 'section'
                });
            }
            return report(spec, null, findings, secretLines);
        }
        if (section.empty) {
            // An optional section left empty (an issue form's `_No response_`) is fine.
            if (spec.required) {
                findings.unshift({
                    severity: 'error',
                    message: `Unexpected empty \`${spec.name}\`, expected some text`,
                    line: section.start.line,
                    column: section.start.column,
                    source: 'section'
                });
            }
        }
        else if (spec.check) {
            findings.push(...checks[spec.check].run(section, context));
        }
        return report(spec, section, findings, secretLines);
    });
    const missing = sections
        .filter((s) => s.required && (!s.present || s.empty))
        .map((s) => s.name);
    return {
        issue,
        complete: missing.length === 0,
        missing,
        sections,
        findings: loose.sort(byPosition),
        otherHeadings: otherHeadings.filter((h) => !secretLines.has(h.line))
    };
}
function report(spec, section, findings, secretLines) {
    return {
        name: spec.name,
        required: spec.required,
        present: section !== null,
        empty: section?.empty ?? false,
        line: section?.start.line ?? null,
        title: section && !secretLines.has(section.start.line) ? section.title : null,
        findings: findings.sort(byPosition)
    };
}
/** Every finding of a report, in body order. */
function allFindings(report) {
    return [
        ...report.sections.flatMap((s) => s.findings),
        ...report.findings
    ].sort(byPosition);
}

;// CONCATENATED MODULE: ./src/core/render/escape.ts
const ZWSP = '\u200B';
const MAX = 80;
/**
 * Make text from an issue safe to show in a comment or summary: it can never
 * mention a user, reference or close an issue, or inject Markdown or HTML.
 * Mentions and references are broken with a zero-width space (GitHub links them
 * after rendering, so backslashes would not help); HTML is entity-encoded; every
 * Markdown punctuation character is backslash-escaped; lines are joined.
 */
function escapeText(text, max = MAX) {
    let s = text
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
/** Credential shapes that may sit in text the linter does not scan (an issue title). */
const CREDENTIAL = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|npm_[A-Za-z0-9]{20,}|(?:AKIA|ASIA)[A-Z0-9]{16}|xox[abposr]-[A-Za-z0-9-]{10,}|eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,})/g;
/** Replace anything shaped like a credential by its kind. */
function redact(text) {
    return text.replace(CREDENTIAL, '[redacted credential]');
}

;// CONCATENATED MODULE: ./src/core/render/summary.ts

const yesNo = (b) => (b ? 'pinned' : 'not pinned');
const cell = (text) => escapeText(redact(text), 120);
/** The job summary for one issue event, as Markdown. */
function renderIssueSummary(s) {
    const lines = [`### incident-issues: #${s.number} ${cell(s.title)}`, ''];
    if (!s.incident) {
        lines.push('Not an incident report (no incident label).');
    }
    else if (s.report) {
        lines.push(s.report.complete
            ? 'The report is **complete**.'
            : `The report is **incomplete**: missing or empty ${s.report.missing.map((m) => `\`${escapeText(m)}\``).join(', ')}.`, '', '| Section | Present | Empty | Line | Findings |', '|---|---|---|---|---|');
        for (const sec of s.report.sections) {
            lines.push(`| ${escapeText(sec.name)}${sec.required ? '' : ' (optional)'} | ${sec.present ? 'yes' : 'no'} | ${sec.empty ? 'yes' : 'no'} | ${sec.line ?? ''} | ${sec.findings.length} |`);
        }
    }
    lines.push('', `Pin: ${yesNo(s.pinnedBefore)} → ${yesNo(s.pinned)} (${cell(s.pinReason)})`, '');
    lines.push(s.dryRun ? '**Dry run**: nothing was written. It would have:' : 'Done:');
    if (s.actions.length === 0)
        lines.push('- nothing (no change needed)');
    for (const a of s.actions)
        lines.push(`- ${cell(a)}`);
    return lines.join('\n') + '\n';
}
/** The sweep's job summary: one row an incident, then totals. */
function renderSweepSummary(rows, unpinned, pinned, dryRun) {
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
    const verb = dryRun ? 'would be ' : '';
    lines.push('', `${rows.length} incident(s) considered; ${unpinned.length} ${verb}unpinned${unpinned.length ? ` (${unpinned.map((n) => `#${n}`).join(', ')})` : ''}; ${pinned.length} ${verb}pinned${pinned.length ? ` (${pinned.map((n) => `#${n}`).join(', ')})` : ''}.`);
    return lines.join('\n') + '\n';
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
/**
 * Octokit with retries (5xx, with back-off) and throttling (primary and
 * secondary rate limits, honouring `retry-after`), as lock-threads does.
 */
function getClient(token, baseUrl, log) {
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl,
        retry: { retries: 3 },
        throttle: {
            onRateLimit: retryTwice('Rate limit', log),
            onSecondaryRateLimit: retryTwice('Secondary rate limit', log)
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./src/github/dry-run-port.ts
/**
 * Reads pass through; writes are described to `record` and never sent. The
 * answers are the states a real write would most likely reach, so the rest of
 * the run (outputs, summary) shows what would have been done.
 */
function dryRunPort(port, record) {
    return {
        readIssue: (n) => port.readIssue(n),
        listIncidents: (label) => port.listIncidents(label),
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
            'removed')
    };
}

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
    return (!report.complete ||
        [...report.sections.flatMap((s) => s.findings), ...report.findings].some((f) => f.severity !== 'info'));
}
/** Our own short text (a label name from the inputs) as inline code. */
function code(text) {
    return '`' + text.replace(/[`\r\n]/g, ' ').slice(0, 50) + '`';
}
/** How the section was written, when that differs from its name: `as “Timeline (UTC)”`. */
function as(s) {
    if (!s.title || (0,normalise/* titleKey */.kz)(s.title) === (0,normalise/* titleKey */.kz)(s.name))
        return '';
    return `, as “${escapeText(redact(s.title), 60)}”`;
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
    if (!attention) {
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
        lines.push(`| ${escapeText(s.name)}${s.required ? '' : ' *(optional)*'} | ${state(s)} |`);
    }
    const findings = [
        ...report.sections.flatMap((s) => s.findings),
        ...report.findings
    ]
        .filter((f) => f.source !== 'section' || f.message.startsWith('Unexpected second'))
        .sort((a, b) => a.line - b.line || a.column - b.column);
    if (findings.length > 0) {
        lines.push('', '**Findings** (line numbers are in the issue body)', '');
        for (const f of findings.slice(0, MAX_LISTED))
            lines.push(findingLine(f));
        if (findings.length > MAX_LISTED) {
            lines.push(`- … and ${findings.length - MAX_LISTED} more findings not shown. Run \`npx incident-issues lint\` on the body to see them all.`);
        }
    }
    if (findings.some((f) => f.source === 'secrets' && f.severity === 'error')) {
        lines.push('', '> [!CAUTION]', '> A credential in an issue is public at once, and editing the issue keeps the old text in its history. Revoke it first, then remove it.');
    }
    if (missing.length > 0 && report.otherHeadings.length > 0) {
        const named = report.otherHeadings
            .slice(0, 5)
            .map((h) => `“${escapeText(redact(h.title), 60)}” (line ${h.line})`)
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

;// CONCATENATED MODULE: ./src/github/errors.ts
/** A failure the user can act on; its message says what to change. */
class ActionableError extends Error {
    name = 'ActionableError';
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
        return new ActionableError(`The token may not ${doing} (${e?.status ?? 'FORBIDDEN'}: ${oneLine(said)}). Add this to the workflow:\npermissions:\n  ${needs}`);
    }
    return new ActionableError(`Could not ${doing}: ${oneLine(said)}`);
}
function oneLine(s) {
    return (s ?? '').replace(/\s+/g, ' ').slice(0, 300);
}

;// CONCATENATED MODULE: ./src/github/queries.ts
/**
 * The GraphQL documents, with variables only (never interpolated text). Each is
 * validated against GitHub's published schema by the tests' API double.
 */
const ISSUE_FACTS = /* GraphQL */ `
  fragment IssueFacts on Issue {
    id
    number
    title
    state
    createdAt
    closedAt
    isPinned
    labels(first: 100) {
      nodes {
        name
      }
    }
    timelineItems(itemTypes: [PINNED_EVENT, UNPINNED_EVENT], last: 1) {
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
const PINNED = /* GraphQL */ `
  pinnedIssues(first: 3) {
    nodes { pinnedBy { login } issue { ...IssueFacts } }
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
        ...IssueFacts
        body
        comments(first: 100) { ${COMMENT_FIELDS} }
      }
    }
  }
  ${ISSUE_FACTS}
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
  query IncidentSweep($owner: String!, $repo: String!, $labels: [String!], $cursor: String) {
    viewer { login }
    repository(owner: $owner, name: $repo) {
      ${PINNED}
      issues(labels: $labels, states: [OPEN], first: 100, after: $cursor,
             orderBy: { field: CREATED_AT, direction: DESC }) {
        pageInfo { hasNextPage endCursor }
        nodes { ...IssueFacts }
      }
    }
  }
  ${ISSUE_FACTS}
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

;// CONCATENATED MODULE: ./src/github/octokit-port.ts



function facts(raw, pinnedBy = null) {
    const last = raw.timelineItems.nodes.at(-1);
    return {
        id: raw.id,
        number: raw.number,
        title: raw.title,
        open: raw.state === 'OPEN',
        closedAt: raw.closedAt,
        createdAt: raw.createdAt,
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
const pinnedList = (raw) => (raw?.nodes ?? []).flatMap((n) => n ? [facts(n.issue, n.pinnedBy?.login ?? null)] : []);
const own = (nodes) => nodes.flatMap((c) => c &&
    c.viewerDidAuthor &&
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
const isNotFound = (error) => error.status === 404 ||
    graphqlMessages(error).some((m) => /NOT_FOUND|Could not resolve to a node/i.test(m));
/** GitHubPort over REST (comments, labels) and GraphQL (reads, pins, minimizing). */
function octokitPort(octokit, owner, repo, 
/** GITHUB_GRAPHQL_URL: `…/graphql` on github.com, `…/api/graphql` on GHES. */
graphqlUrl) {
    const graphql = (query, variables) => octokit.graphql({ query, url: graphqlUrl, ...variables });
    const read = async (doing, query, variables) => {
        try {
            return await graphql(query, variables);
        }
        catch (error) {
            throw explain(error, doing, 'issues: read');
        }
    };
    const write = async (doing, call, benign) => {
        try {
            return await call();
        }
        catch (error) {
            const state = benign?.(error);
            if (state !== undefined)
                return state;
            throw explain(error, doing, 'issues: write');
        }
    };
    const gql = (query, variables) => () => graphql(query, variables);
    return {
        async readIssue(number) {
            const data = await read(`read issue #${number}`, ISSUE_QUERY, { owner, repo, number });
            const raw = data.repository?.issue ?? null;
            const snapshot = {
                viewer: data.viewer.login,
                pinned: pinnedList(data.repository?.pinnedIssues),
                issue: null
            };
            if (!raw)
                return snapshot;
            const comments = own(raw.comments.nodes);
            let page = raw.comments.pageInfo;
            while (page.hasNextPage && page.endCursor) {
                const more = await read(`read the comments of issue #${number}`, MORE_COMMENTS_QUERY, {
                    owner,
                    repo,
                    number,
                    cursor: page.endCursor
                });
                const next = more.repository?.issue?.comments;
                if (!next)
                    break;
                comments.push(...own(next.nodes));
                page = next.pageInfo;
            }
            return {
                ...snapshot,
                issue: { ...facts(raw), body: raw.body, ownComments: comments }
            };
        },
        async listIncidents(label) {
            const issues = [];
            let cursor = null;
            let viewer = '';
            let pinned = [];
            do {
                const data = await read('list the incident issues', SWEEP_QUERY, {
                    owner,
                    repo,
                    labels: [label],
                    cursor
                });
                viewer = data.viewer.login;
                if (!data.repository)
                    break;
                if (cursor === null)
                    pinned = pinnedList(data.repository.pinnedIssues);
                for (const n of data.repository.issues.nodes)
                    if (n)
                        issues.push(facts(n));
                const info = data.repository.issues.pageInfo;
                cursor = info.hasNextPage ? info.endCursor : null;
            } while (cursor);
            const list = { viewer, issues, pinned };
            return list;
        },
        pin: (issue) => write(`pin issue #${issue.number}`, async () => (await gql(PIN_MUTATION, { issueId: issue.id })(),
            'pinned'), (e) => {
            const text = graphqlMessages(e).join(' ');
            if (/maximum.*pinned/i.test(text))
                return 'limit';
            if (/already pinned/i.test(text))
                return 'already-pinned';
            return undefined;
        }),
        unpin: (issue) => write(`unpin issue #${issue.number}`, async () => (await gql(UNPIN_MUTATION, { issueId: issue.id })(),
            'unpinned'), (e) => /not pinned|already unpinned/i.test(graphqlMessages(e).join(' '))
            ? 'not-pinned'
            : undefined),
        createComment: (number, body) => write(`comment on issue #${number}`, async () => {
            await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: number,
                body
            });
        }),
        updateComment: (comment, body) => write('update the report comment', async () => {
            await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: comment.databaseId,
                body
            });
            return 'updated';
        }, (e) => (isNotFound(e) ? 'gone' : undefined)),
        deleteComment: (comment) => write('delete the report comment', async () => {
            await octokit.rest.issues.deleteComment({
                owner,
                repo,
                comment_id: comment.databaseId
            });
            return 'deleted';
        }, (e) => (isNotFound(e) ? 'gone' : undefined)),
        minimizeComment: (comment) => write('minimize the report comment', async () => (await gql(MINIMIZE_MUTATION, { id: comment.id })(),
            'minimized'), (e) => (isNotFound(e) ? 'gone' : undefined)),
        unminimizeComment: (comment) => write('unminimize the report comment', async () => (await gql(UNMINIMIZE_MUTATION, { id: comment.id })(),
            'unminimized'), (e) => (isNotFound(e) ? 'gone' : undefined)),
        addLabel: (number, label) => write(`label issue #${number}`, async () => {
            await octokit.rest.issues.addLabels({
                owner,
                repo,
                issue_number: number,
                labels: [label]
            });
        }),
        removeLabel: (number, label) => write(`remove a label from issue #${number}`, async () => {
            await octokit.rest.issues.removeLabel({
                owner,
                repo,
                issue_number: number,
                name: label
            });
            return 'removed';
        }, (e) => (isNotFound(e) ? 'absent' : undefined))
    };
}

;// CONCATENATED MODULE: ./src/core/comment-plan.ts
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

;// CONCATENATED MODULE: ./src/core/pin-policy.ts
/** GitHub allows at most three pinned issues per repository. */
const PIN_LIMIT = 3;
const DAY = 86_400_000;
/** Whole days from `closedAt` to `now` (never negative). */
function daysSince(closedAt, now) {
    return Math.max(0, Math.floor((now.getTime() - closedAt.getTime()) / DAY));
}
const who = (e) => (e.actor ? `@${e.actor}` : 'a maintainer');
/** Whether the action made the current pin: its own last pin event, or GitHub's pinnedBy. */
function pinnedByAction(f) {
    if (f.lastPinEvent?.kind === 'pinned')
        return f.lastPinEvent.byAction;
    return f.pinnedByAction === true;
}
/**
 * The desired pin state of one issue (SPEC "Pinning"). One pure function for
 * issue events and the sweep. The maintainers' own decisions win: a person's
 * unpin after the action's pin is final, and a person's pin is theirs.
 */
function desiredPin(f, now, options) {
    const daysClosed = !f.open && f.closedAt ? daysSince(f.closedAt, now) : null;
    const expired = !f.open &&
        (f.closedAt === null || (daysClosed ?? 0) >= options.unpinAfterDays);
    const decide = (want, reason) => ({
        want,
        reason,
        expired,
        daysClosed
    });
    if (!f.labeled) {
        if (options.labelRemoved && f.pinned && pinnedByAction(f)) {
            return decide('unpinned', 'the incident label was removed');
        }
        return decide('leave', 'not an incident');
    }
    if (f.keepPinned)
        return decide('pinned', 'keep-pinned label');
    const last = f.lastPinEvent;
    if (f.pinned) {
        if (!pinnedByAction(f)) {
            return decide('leave', `pinned by ${last?.kind === 'pinned' ? who(last) : 'a maintainer'}; theirs to unpin`);
        }
        if (!expired)
            return decide('pinned', f.open ? 'open' : closedReason(daysClosed, options));
        return decide('unpinned', `closed ${days(daysClosed)} ago; unpin after ${days(options.unpinAfterDays)}`);
    }
    if (last?.kind === 'unpinned' && !last.byAction) {
        return decide('leave', `unpinned by ${who(last)}; not pinned again`);
    }
    if (expired)
        return decide('unpinned', `closed ${days(daysClosed)} ago`);
    return decide('pinned', f.open ? 'open' : closedReason(daysClosed, options));
}
function days(n) {
    return n === 1 ? '1 day' : `${n ?? 0} days`;
}
function closedReason(daysClosed, options) {
    return `closed ${days(daysClosed)} ago; pinned until ${days(options.unpinAfterDays)}`;
}

;// CONCATENATED MODULE: ./src/core/pin-plan.ts

/**
 * Bring `targets` to their desired pin state within GitHub's three pins.
 * `pinned` is every issue pinned in the repository now (incidents or not). A
 * slot is freed only by unpinning an incident whose time is up and whose pin
 * the action made; pins held are never taken from an open incident. When slots
 * are short, the most recently opened incidents are pinned first.
 */
function planPins(targets, pinned, now, options) {
    const decisions = new Map();
    for (const t of targets)
        decisions.set(t.number, desiredPin(t, now, options));
    const steps = [];
    const blocked = [];
    const unpinned = new Set();
    for (const t of targets) {
        const d = decisions.get(t.number);
        if (t.pinned && d.want === 'unpinned') {
            steps.push({ action: 'unpin', number: t.number, reason: d.reason });
            unpinned.add(t.number);
        }
    }
    const pinnedNow = new Set(pinned.map((p) => p.number));
    for (const t of targets)
        if (t.pinned)
            pinnedNow.add(t.number);
    let free = PIN_LIMIT - pinnedNow.size + unpinned.size;
    const donors = pinned
        .filter((p) => !decisions.has(p.number))
        .map((p) => ({
        facts: p,
        decision: desiredPin(p, now, { unpinAfterDays: options.unpinAfterDays })
    }))
        .filter(({ decision }) => decision.want === 'unpinned')
        .sort((a, b) => (b.decision.daysClosed ?? 0) - (a.decision.daysClosed ?? 0));
    const wanting = targets
        .filter((t) => !t.pinned && decisions.get(t.number).want === 'pinned')
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.number - a.number);
    for (const t of wanting) {
        if (free <= 0) {
            const donor = donors.shift();
            if (donor) {
                steps.push({
                    action: 'unpin',
                    number: donor.facts.number,
                    reason: `${donor.decision.reason}; frees a slot for #${t.number}`
                });
                unpinned.add(donor.facts.number);
                free++;
            }
        }
        if (free > 0) {
            steps.push({
                action: 'pin',
                number: t.number,
                reason: decisions.get(t.number).reason
            });
            pinnedNow.add(t.number);
            free--;
        }
        else {
            const holders = [...pinnedNow]
                .filter((n) => !unpinned.has(n))
                .sort((a, b) => a - b);
            blocked.push({
                number: t.number,
                reason: `not pinned: GitHub allows ${PIN_LIMIT} pinned issues and ${holders.map((n) => `#${n}`).join(', ')} hold them; none is an incident whose time is up`
            });
        }
    }
    steps.sort((a, b) => a.action === b.action ? 0 : a.action === 'unpin' ? -1 : 1);
    return { steps, blocked, decisions };
}

;// CONCATENATED MODULE: ./src/handlers/apply-pins.ts
/** Carry out a pin plan; GitHub's answers are states ("limit" blocks, "already" is done). */
async function applyPins(plan, issues, port, log) {
    const byNumber = new Map(issues.map((i) => [i.number, i]));
    const pinnedAfter = new Map(issues.map((i) => [i.number, i.isPinned]));
    const unpinned = [];
    const blocked = new Map(plan.blocked.map((b) => [b.number, b.reason]));
    for (const step of plan.steps) {
        const issue = byNumber.get(step.number);
        if (!issue)
            continue;
        if (step.action === 'unpin') {
            const result = await port.unpin(issue);
            if (result === 'unpinned')
                log.did(issue.number, `unpinned (${step.reason})`);
            else
                log.info(`#${issue.number}: was not pinned (${step.reason})`);
            pinnedAfter.set(issue.number, false);
            if (result === 'unpinned')
                unpinned.push(issue.number);
        }
        else {
            const result = await port.pin(issue);
            if (result === 'limit') {
                const reason = 'not pinned: GitHub allows 3 pinned issues and all 3 are taken';
                blocked.set(issue.number, reason);
                log.warning(`#${issue.number}: ${reason}`);
            }
            else {
                pinnedAfter.set(issue.number, true);
                if (result === 'pinned')
                    log.did(issue.number, `pinned (${step.reason})`);
                else
                    log.info(`#${issue.number}: was pinned already (${step.reason})`);
            }
        }
    }
    for (const { number, reason } of plan.blocked)
        log.warning(`#${number}: ${reason}`);
    return { pinnedAfter, unpinned, blocked };
}

;// CONCATENATED MODULE: ./src/github/port.ts
/** Compare logins of the same account: `github-actions[bot]` is `github-actions`. */
function sameActor(a, b) {
    if (!a || !b)
        return false;
    const norm = (s) => s.toLowerCase().replace(/\[bot\]$/, '');
    return norm(a) === norm(b);
}

;// CONCATENATED MODULE: ./src/handlers/facts.ts

const has = (labels, name) => name !== '' && labels.some((l) => l.toLowerCase() === name.toLowerCase());
/** Whether the issue carries a label, ignoring case as GitHub does. */
const hasLabel = has;
/** The pin facts of an issue, as the token's own user (`viewer`) sees them. */
function pinFacts(issue, viewer, labels) {
    return {
        number: issue.number,
        labeled: has(issue.labels, labels.label),
        open: issue.open,
        closedAt: issue.closedAt ? new Date(issue.closedAt) : null,
        createdAt: new Date(issue.createdAt),
        keepPinned: has(issue.labels, labels.keepPinnedLabel),
        pinned: issue.isPinned,
        lastPinEvent: issue.lastPinEvent
            ? {
                ...issue.lastPinEvent,
                byAction: sameActor(issue.lastPinEvent.actor, viewer)
            }
            : null,
        pinnedByAction: issue.pinnedBy === null ? undefined : sameActor(issue.pinnedBy, viewer)
    };
}

;// CONCATENATED MODULE: ./src/handlers/issue-event.ts





/**
 * One issue: check the report, then pin, comment and label, writing only what
 * changes. Everything goes through the port; decisions are the core's.
 */
async function handleIssue(number, labelRemoved, { port, inputs, now, log, lint }) {
    const snapshot = await port.readIssue(number);
    const issue = snapshot.issue;
    if (!issue) {
        log.info(`#${number}: not found (deleted, transferred, or a pull request); nothing to do.`);
        return {
            number,
            title: '',
            found: false,
            incident: false,
            report: null,
            pinnedBefore: false,
            pinned: false,
            pinReason: 'not found',
            pinBlocked: false
        };
    }
    const labels = {
        label: inputs.label,
        keepPinnedLabel: inputs.keepPinnedLabel
    };
    const facts = pinFacts(issue, snapshot.viewer, labels);
    const pinOptions = { unpinAfterDays: inputs.unpinAfterDays, labelRemoved };
    const plan = inputs.pin
        ? planPins([facts], snapshot.pinned.map((p) => pinFacts(p, snapshot.viewer, labels)), now, pinOptions)
        : null;
    const allIssues = [
        issue,
        ...snapshot.pinned.filter((p) => p.number !== issue.number)
    ];
    if (!facts.labeled) {
        log.info(`#${number}: does not carry the label '${inputs.label}'.`);
        const outcome = plan ? await applyPins(plan, allIssues, port, log) : null;
        if (labelRemoved &&
            inputs.incompleteLabel &&
            hasLabel(issue.labels, inputs.incompleteLabel)) {
            await port.removeLabel(number, inputs.incompleteLabel);
            log.did(number, `removed the label '${inputs.incompleteLabel}' (no longer an incident)`);
        }
        return {
            number,
            title: issue.title,
            found: true,
            incident: false,
            report: null,
            pinnedBefore: issue.isPinned,
            pinned: outcome?.pinnedAfter.get(number) ?? issue.isPinned,
            pinReason: plan?.decisions.get(number)?.reason ?? 'pinning is off',
            pinBlocked: false
        };
    }
    const report = await lint(issue.body, inputs.sections, number);
    log.info(`#${number}: ${report.complete ? 'complete' : `missing or empty: ${report.missing.join(', ')}`}`);
    const outcome = plan ? await applyPins(plan, allIssues, port, log) : null;
    const blockedReason = outcome?.blocked.get(number);
    if (inputs.comment) {
        const attention = needsAttention(report);
        const body = renderComment(report, {
            specs: inputs.sections,
            label: inputs.label,
            onComplete: inputs.onComplete,
            pinNotice: blockedReason
                ? `This incident is ${blockedReason}.`
                : undefined
        });
        const steps = planComment(issue.ownComments, { attention, body }, inputs.onComplete);
        await applyComment(steps, attention, number, port, log);
    }
    if (inputs.incompleteLabel) {
        const has = hasLabel(issue.labels, inputs.incompleteLabel);
        if (!report.complete && !has) {
            await port.addLabel(number, inputs.incompleteLabel);
            log.did(number, `added the label '${inputs.incompleteLabel}'`);
        }
        else if (report.complete && has) {
            await port.removeLabel(number, inputs.incompleteLabel);
            log.did(number, `removed the label '${inputs.incompleteLabel}'`);
        }
    }
    return {
        number,
        title: issue.title,
        found: true,
        incident: true,
        report,
        pinnedBefore: issue.isPinned,
        pinned: outcome?.pinnedAfter.get(number) ?? issue.isPinned,
        pinReason: blockedReason ?? plan?.decisions.get(number)?.reason ?? 'pinning is off',
        pinBlocked: blockedReason !== undefined
    };
}
async function applyComment(steps, attention, number, port, log) {
    for (const step of steps) {
        switch (step.op) {
            case 'create':
                await port.createComment(number, step.body);
                log.did(number, 'created the report comment');
                break;
            case 'update':
                if ((await port.updateComment(step.comment, step.body)) === 'gone') {
                    // Deleted between our read and this write: say it again if it matters.
                    if (attention) {
                        await port.createComment(number, step.body);
                        log.did(number, 'created the report comment again (it was gone)');
                    }
                    else
                        log.info(`#${number}: the report comment was gone; nothing to say`);
                }
                else
                    log.did(number, 'updated the report comment');
                break;
            case 'delete':
                await port.deleteComment(step.comment);
                log.did(number, `deleted a report comment (${step.why})`);
                break;
            case 'minimize':
                await port.minimizeComment(step.comment);
                log.did(number, 'minimized the report comment as resolved');
                break;
            case 'unminimize':
                await port.unminimizeComment(step.comment);
                log.did(number, 'unminimized the report comment');
                break;
        }
    }
}

;// CONCATENATED MODULE: ./src/handlers/sweep.ts



/**
 * Bring every incident that is open or pinned to its desired pin state with
 * the same policy as issue events; only the changes are written.
 */
async function sweep({ port, inputs, now, log }) {
    const list = await port.listIncidents(inputs.label);
    const labels = {
        label: inputs.label,
        keepPinnedLabel: inputs.keepPinnedLabel
    };
    const byNumber = new Map();
    for (const issue of list.issues)
        byNumber.set(issue.number, issue);
    for (const issue of list.pinned) {
        if (hasLabel(issue.labels, inputs.label))
            byNumber.set(issue.number, issue);
    }
    const targets = [...byNumber.values()].sort((a, b) => a.number - b.number);
    log.info(`Sweep: ${targets.length} incident(s) open or pinned; ${list.pinned.length} of 3 pins in use.`);
    if (!inputs.pin) {
        log.info("Sweep: the 'pin' input is false; nothing to do.");
        return { rows: [], unpinned: [], pinned: [] };
    }
    const plan = planPins(targets.map((t) => pinFacts(t, list.viewer, labels)), list.pinned.map((p) => pinFacts(p, list.viewer, labels)), now, { unpinAfterDays: inputs.unpinAfterDays });
    const everyone = [
        ...targets,
        ...list.pinned.filter((p) => !byNumber.has(p.number))
    ];
    const outcome = await applyPins(plan, everyone, port, log);
    const rows = targets.map((t) => {
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
    const unpinnedDonors = outcome.unpinned.filter((n) => !byNumber.has(n));
    if (unpinnedDonors.length > 0)
        log.info(`Sweep: unpinned ${unpinnedDonors.map((n) => `#${n}`).join(', ')} to free slots`);
    return {
        rows,
        unpinned: outcome.unpinned,
        pinned: plan.steps
            .filter((s) => s.action === 'pin' && outcome.pinnedAfter.get(s.number))
            .map((s) => s.number)
    };
}

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
/** GitHub keeps outputs small (1 MB at most): a hostile body's thousands of findings are cut. */
const MAX_REPORT_OUTPUT = 100_000;
/** The `report` output: the report without `missing` (an output of its own), cut to size. */
function reportOutput(full) {
    const { missing: _missing, ...report } = full;
    const text = JSON.stringify(report);
    if (text.length <= MAX_REPORT_OUTPUT)
        return text;
    const cut = (findings) => findings.slice(0, 20);
    const omitted = [...report.sections.flatMap((s) => s.findings), ...report.findings].length -
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
/** Run a handled event: the port, the handlers, outputs and the job summary. */
async function runAction(route, inputs, context, env = process.env) {
    const { owner, repo } = (0,src_context/* splitRepository */.T)(context.repository);
    const now = clock(env);
    const actions = [];
    const log = {
        info: (line) => core.info(line),
        warning: (line) => core.warning(line),
        did: (number, what) => {
            core.info(`#${number}: ${inputs.dryRun ? '(dry-run, not done) ' : ''}${what}`);
            actions.push(`#${number}: ${what}`);
        },
        group: (name, fn) => core.group(name, fn)
    };
    const octokit = getClient(inputs.token, context.apiUrl, (line) => core.info(line));
    const real = octokitPort(octokit, owner, repo, context.graphqlUrl);
    const port = inputs.dryRun
        ? dryRunPort(real, (line) => core.info(`[dry-run] would ${line}`))
        : real;
    if (inputs.dryRun)
        core.info('Dry run: every read happens, no write does.');
    if (route.kind === 'sweep') {
        const result = await sweep({ port, inputs, now, log });
        core.setOutput('unpinned', JSON.stringify(result.unpinned));
        await core.summary
            .addRaw(renderSweepSummary(result.rows, result.unpinned, result.pinned, inputs.dryRun))
            .write();
        return;
    }
    const result = await handleIssue(route.number, route.labelRemoved, {
        port,
        inputs,
        now,
        log,
        lint: (body, specs, n) => lint(body, specs, n)
    });
    core.setOutput('incident', String(result.incident));
    core.setOutput('pinned', String(result.pinned));
    if (result.report) {
        core.setOutput('complete', String(result.report.complete));
        core.setOutput('missing', result.report.missing.join(','));
        core.setOutput('report', reportOutput(result.report));
    }
    if (result.pinBlocked)
        core.warning(`#${result.number}: ${result.pinReason}`);
    await core.summary
        .addRaw(renderIssueSummary({
        number: result.number,
        title: result.found ? result.title : '(not found)',
        incident: result.incident,
        report: result.report,
        pinnedBefore: result.pinnedBefore,
        pinned: result.pinned,
        pinReason: result.pinReason,
        actions,
        dryRun: inputs.dryRun
    }))
        .write();
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


/***/ })

};

//# sourceMappingURL=201.index.js.map