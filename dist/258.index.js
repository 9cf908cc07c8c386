export const id = 258;
export const ids = [258];
export const modules = {

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

//# sourceMappingURL=258.index.js.map