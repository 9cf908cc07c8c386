export const id = 447;
export const ids = [447];
export const modules = {

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

//# sourceMappingURL=447.index.js.map