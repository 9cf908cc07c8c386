export const id = 418;
export const ids = [418];
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

/***/ 7702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ sameActor),
/* harmony export */   QK: () => (/* binding */ pinFactsOf),
/* harmony export */   RX: () => (/* binding */ hasLabel)
/* harmony export */ });
/** Compare logins of the same account: `github-actions[bot]` is `github-actions`. */
function sameActor(a, b) {
    if (!a || !b)
        return false;
    const norm = (s) => s.toLowerCase().replace(/\[bot\]$/, '');
    return norm(a) === norm(b);
}
const has = (labels, name) => name !== '' && labels.some((l) => l.toLowerCase() === name.toLowerCase());
/** Whether the issue carries a label, ignoring case as GitHub does. */
const hasLabel = has;
const CLOSED_AS = {
    COMPLETED: 'completed',
    NOT_PLANNED: 'not-planned',
    DUPLICATE: 'duplicate',
    REOPENED: null
};
/**
 * The pin facts of an issue record, as the token's own user (`viewer`) sees
 * them: whose pin it is ("same actor" as the viewer), how it was closed.
 * `trusted`: whether a maintainer applied the incident label (see core/trust);
 * an issue whose label nobody trusted gets no new pin, but the action's own
 * pin of it follows the policy (declared stays declared).
 */
function pinFactsOf(issue, viewer, labels, trusted = true) {
    return {
        number: issue.number,
        labeled: has(issue.labels, labels.label),
        mayPin: trusted,
        open: issue.open,
        closedAt: issue.closedAt ? new Date(issue.closedAt) : null,
        closedAs: issue.stateReason ? CLOSED_AS[issue.stateReason] : null,
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


/***/ }),

/***/ 9794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ planPins)
/* harmony export */ });
/* harmony import */ var _pin_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7643);

/**
 * Bring `targets` to their desired pin state within GitHub's three pins.
 * `pinned` is every issue pinned in the repository now (incidents or not). A
 * slot is freed only by unpinning an incident whose time is up and whose pin
 * the action made; pins held are never taken from an open incident. When slots
 * are short, the most recently opened incidents are pinned first.
 */
function planPins(targets, pinned, now, options) {
    const decisions = new Map();
    for (const t of targets) {
        const d = (0,_pin_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .desiredPin */ .k7)(t, now, options);
        // Untrusted today: never a new pin; a pin already there is left as it is
        // until the policy says it goes (declared stays declared).
        decisions.set(t.number, t.mayPin === false && d.want === 'pinned'
            ? {
                ...d,
                want: 'leave',
                reason: t.pinned
                    ? `${d.reason}; left pinned (nobody who may apply labels declared it now)`
                    : 'not pinned: nobody who may apply labels declared it an incident'
            }
            : d);
    }
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
    let free = _pin_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PIN_LIMIT */ .Et - pinnedNow.size + unpinned.size;
    const donors = pinned
        .filter((p) => !decisions.has(p.number))
        .map((p) => ({
        pinFacts: p,
        decision: (0,_pin_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .desiredPin */ .k7)(p, now, { unpinAfterDays: options.unpinAfterDays })
    }))
        // Only the action's own pins of incidents whose time is up are given up.
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
                    number: donor.pinFacts.number,
                    reason: `${donor.decision.reason}; frees a slot for #${t.number}`
                });
                unpinned.add(donor.pinFacts.number);
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
                reason: `not pinned: GitHub allows ${_pin_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PIN_LIMIT */ .Et} pinned issues, all ${_pin_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PIN_LIMIT */ .Et} are held by other issues, and none of them is an incident whose time is up`,
                holders
            });
        }
    }
    steps.sort((a, b) => a.action === b.action ? 0 : a.action === 'unpin' ? -1 : 1);
    return { steps, blocked, decisions };
}


/***/ }),

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ PIN_LIMIT),
/* harmony export */   k7: () => (/* binding */ desiredPin)
/* harmony export */ });
/* unused harmony export daysSince */
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
    const dismissed = !f.open && (f.closedAs === 'not-planned' || f.closedAs === 'duplicate');
    const expired = !f.open &&
        (dismissed ||
            f.closedAt === null ||
            (daysClosed ?? 0) >= options.unpinAfterDays);
    const decide = (want, reason) => ({
        want,
        reason,
        expired,
        daysClosed
    });
    const last = f.lastPinEvent;
    // The keep-pinned label means the action never unpins the issue.
    if (f.keepPinned && f.pinned)
        return decide('pinned', 'keep-pinned label');
    if (!f.labeled) {
        if (options.labelRemoved && f.pinned && pinnedByAction(f)) {
            return decide('unpinned', 'the incident label was removed');
        }
        return decide('leave', 'not an incident');
    }
    // A person's unpin after the action's pin is final, keep-pinned or not.
    if (last?.kind === 'unpinned' && !last.byAction && !f.pinned) {
        return decide('leave', `unpinned by ${who(last)}; not pinned again`);
    }
    if (f.keepPinned)
        return decide('pinned', 'keep-pinned label');
    if (f.pinned) {
        if (!pinnedByAction(f)) {
            return decide('leave', `pinned by ${last?.kind === 'pinned' ? who(last) : 'a maintainer'}; theirs to unpin`);
        }
        if (!expired)
            return decide('pinned', f.open ? 'open' : closedReason(daysClosed, options));
        return decide('unpinned', dismissed
            ? closedAsReason(f)
            : `closed ${days(daysClosed)} ago; unpin after ${days(options.unpinAfterDays)}`);
    }
    if (expired)
        return decide('unpinned', dismissed ? closedAsReason(f) : `closed ${days(daysClosed)} ago`);
    return decide('pinned', f.open ? 'open' : closedReason(daysClosed, options));
}
function closedAsReason(f) {
    return `closed as ${f.closedAs === 'duplicate' ? 'a duplicate' : 'not planned'}; unpinned at once`;
}
function days(n) {
    return n === 1 ? '1 day' : `${n ?? 0} days`;
}
function closedReason(daysClosed, options) {
    return `closed ${days(daysClosed)} ago; pinned until ${days(options.unpinAfterDays)}`;
}


/***/ }),

/***/ 8871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hr: () => (/* reexport */ drillItem),
  pO: () => (/* reexport */ fileItems),
  AE: () => (/* reexport */ filledIn),
  CP: () => (/* reexport */ findIncidentTemplate),
  v3: () => (/* reexport */ issueFormItem),
  AS: () => (/* reexport */ item),
  W3: () => (/* reexport */ labelItem),
  Ag: () => (/* reexport */ pinSlotsItem),
  tt: () => (/* reexport */ renderChecklist),
  rr: () => (/* reexport */ renderOrganisationChecklist),
  jG: () => (/* reexport */ scheduleItem),
  Yu: () => (/* reexport */ securityPolicyItem),
  Ry: () => (/* reexport */ tokenItem)
});

// UNUSED EXPORTS: ITEMS, ITEM_IDS, SECURITY_POLICY_SNIPPET, hasSchedule, hypotheticalPlan, safeYaml, workflowGrants

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/readiness/item.ts

/** The readiness items, in the order of the checklist (ids are part of the contract). */
const ITEM_IDS = [
    'label',
    'keep-pinned-label',
    'pin-slots',
    'token',
    'issue-form',
    'security-policy',
    'schedule',
    'drill'
];
const item = (id, state, message) => ({
    id,
    state,
    message
});
/** YAML text as a mapping, or null. */
function safeYaml(text) {
    try {
        const data = (0,dist/* parse */.qg)(text);
        return data && typeof data === 'object'
            ? data
            : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/core/readiness/checklist.ts

const ICON = { ok: '✅', warning: '⚠️', error: '❌' };
/** The checklist for the job summary and the CLI. */
function renderChecklist(items, markdown = true) {
    const ready = !items.some((i) => i.state === 'error');
    const head = markdown
        ? `### incident-issues readiness: ${ready ? 'ready' : 'not ready'}\n\n`
        : '';
    return (head +
        items
            .map((i) => markdown
            ? `- ${ICON[i.state]} **${i.id}**: ${i.message}`
            : `${ICON[i.state]} ${i.id}: ${i.message}`)
            .join('\n') +
        '\n');
}
/**
 * An organisation's checklist: one row per repository, one column per item
 * (✅/⚠️/❌), then what to do for each ⚠️ and ❌, by repository.
 */
function renderOrganisationChecklist(items) {
    const ready = !items.some((i) => i.state === 'error');
    const repos = [...new Set(items.map((i) => i.repository))];
    const ids = ITEM_IDS.filter((id) => items.some((i) => i.id === id));
    const name = (r) => `\`${r.replace(/`/g, '')}\``;
    const lines = [
        `### incident-issues readiness of ${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'}: ${ready ? 'ready' : 'not ready'}`,
        '',
        `| Repository | ${ids.join(' | ')} |`,
        `|---|${ids.map(() => '---').join('|')}|`,
        ...repos.map((r) => {
            const mine = items.filter((i) => i.repository === r);
            return `| ${name(r)} | ${ids
                .map((id) => {
                const found = mine.find((i) => i.id === id);
                return found ? ICON[found.state] : '';
            })
                .join(' | ')} |`;
        })
    ];
    const todo = items.filter((i) => i.state !== 'ok');
    if (todo.length) {
        lines.push('', 'What to do:', '');
        for (const i of todo)
            lines.push(`- ${ICON[i.state]} ${name(i.repository)} **${i.id}**: ${i.message}`);
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/core/pin-facts.ts
var pin_facts = __webpack_require__(7702);
// EXTERNAL MODULE: ./src/core/pin-plan.ts
var pin_plan = __webpack_require__(9794);
// EXTERNAL MODULE: ./src/core/pin-policy.ts
var pin_policy = __webpack_require__(7643);
;// CONCATENATED MODULE: ./src/core/readiness/pin-slots.ts




/** Who holds the three pin slots, and whether an incident labelled today would get one. */
function pinSlotsItem(pinned, viewer, labels, now, unpinAfterDays) {
    if (pinned === null)
        return item('pin-slots', 'warning', 'could not read the pinned issues');
    const holders = pinned.map((p) => {
        const facts = (0,pin_facts/* pinFactsOf */.QK)(p, viewer, labels);
        const by = facts.lastPinEvent?.byAction || facts.pinnedByAction
            ? 'the action'
            : 'a person';
        return `#${p.number} (${facts.labeled ? 'an incident' : 'not an incident'}, pinned by ${by})`;
    });
    const plan = hypotheticalPlan(pinned, viewer, labels, now, unpinAfterDays);
    if (pinned.length < pin_policy/* PIN_LIMIT */.Et)
        return item('pin-slots', 'ok', `${pinned.length} of ${pin_policy/* PIN_LIMIT */.Et} slots held${holders.length ? `: ${holders.join(', ')}` : ''}`);
    if (plan.blocked.length === 0)
        return item('pin-slots', 'ok', `all ${pin_policy/* PIN_LIMIT */.Et} slots held (${holders.join(', ')}), but an incident whose time is up would give up its slot`);
    return item('pin-slots', 'warning', `an incident today could not be pinned: all ${pin_policy/* PIN_LIMIT */.Et} slots are held by ${holders.join(', ')}. Unpin one that no longer needs the top of the issue list`);
}
/** The pin plan for an incident labelled now (number 0: no such issue yet). */
function hypotheticalPlan(pinned, viewer, labels, now, unpinAfterDays) {
    const drill = {
        number: 0,
        labeled: true,
        open: true,
        closedAt: null,
        createdAt: now,
        keepPinned: false,
        pinned: false,
        lastPinEvent: null
    };
    return (0,pin_plan/* planPins */.O)([drill], pinned.map((p) => (0,pin_facts/* pinFactsOf */.QK)(p, viewer, labels)), now, { unpinAfterDays });
}

;// CONCATENATED MODULE: ./src/core/readiness/drill.ts


/** The fire drill: what the action would do if an incident were labelled now. */
function drillItem(skeleton, pinned, viewer, labels, now, unpinAfterDays, pin) {
    const steps = [];
    if (skeleton)
        steps.push(skeleton.complete
            ? 'the form, filled in, passes: no comment'
            : `the form as filed would get a comment asking for ${skeleton.missing.join(', ') || 'fixes'}`);
    if (!pin) {
        steps.push('pinning is off (`pin: false`)');
        return item('drill', 'ok', `if an incident were labelled now: ${steps.join('; ')}`);
    }
    if (pinned === null) {
        steps.push('the pins could not be read');
        return item('drill', 'warning', `if an incident were labelled now: ${steps.join('; ')}`);
    }
    const plan = hypotheticalPlan(pinned, viewer, labels, now, unpinAfterDays);
    const freed = plan.steps
        .filter((s) => s.action === 'unpin')
        .map((s) => `#${s.number}`);
    if (plan.blocked.length > 0) {
        steps.push(`it would stay unpinned: ${plan.blocked[0].reason}`);
        return item('drill', 'error', `if an incident were labelled now: ${steps.join('; ')}`);
    }
    steps.push(freed.length
        ? `it would be pinned after unpinning ${freed.join(', ')}`
        : 'it would be pinned');
    return item('drill', 'ok', `if an incident were labelled now: ${steps.join('; ')}`);
}

;// CONCATENATED MODULE: ./src/core/readiness/file-items.ts

/** The items of the checked-out files alone (the CLI's `check-setup`). */
async function fileItems(facts, inputs, lint, state) {
    const template = findIncidentTemplate(facts.templates, inputs.sections);
    const skeleton = template
        ? await lint(filledIn(template, inputs.sections), inputs.sections)
        : null;
    return {
        skeleton,
        items: [
            issueFormItem(template, inputs.label, inputs.sections, skeleton, facts.unreadable),
            securityPolicyItem(facts.securityPolicy, inputs.label, facts.unreadable),
            scheduleItem(facts.workflow, state.state, state.why ?? facts.unreadable)
        ]
    };
}

// EXTERNAL MODULE: ./src/core/issue-form.ts
var issue_form = __webpack_require__(3399);
;// CONCATENATED MODULE: ./src/core/readiness/issue-form.ts


/** The incident form or template: one whose fields name the sections or whose name says incident. */
function findIncidentTemplate(templates, specs) {
    const score = (t) => (t.kind === 'form'
        ? specs.filter((s) => (0,issue_form/* fieldFor */.I2)(s, t.fields)).length
        : specs.filter((s) => new RegExp(`^#+\\s*${s.name}`, 'mi').test(t.body))
            .length) + (/incident/i.test(t.name) ? 2 : 0);
    return [...templates]
        .sort((a, b) => score(b) - score(a))
        .find((t) => score(t) > 1);
}
/** The issue-form item. `lintedFilled` is the report of the form filled in with sample answers. */
function issueFormItem(template, label, specs, lintedFilled, unreadable) {
    if (!template)
        return item('issue-form', 'warning', unreadable
            ? `could not be checked: ${unreadable}`
            : 'no incident issue form or template in `.github/ISSUE_TEMPLATE/`: copy `examples/ISSUE_TEMPLATE/security-incident.yml` there, so that a report passes the first time');
    if (template.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
        return item('issue-form', 'error', `\`${template.path}\` applies \`${label}\` for whoever submits it: remove it from \`labels:\`; a maintainer adds it once publishing is safe (a label that came with the issue is not trusted anyway)`);
    if (template.kind === 'form') {
        const without = specs.filter((s) => s.required && !(0,issue_form/* fieldFor */.I2)(s, template.fields));
        if (without.length > 0)
            return item('issue-form', 'error', `\`${template.path}\` has no field for ${without.map((s) => `\`${s.name}\``).join(', ')}: add a \`textarea\` labelled ${without.map((s) => `\`${s.name}\``).join(', ')}`);
    }
    if (lintedFilled && !lintedFilled.complete)
        return item('issue-form', 'error', `\`${template.path}\`, filled in, is not complete: missing or empty ${lintedFilled.missing.join(', ')}`);
    return item('issue-form', 'ok', `\`${template.path}\`${template.kind === 'form' ? ' has a field for every required section and, filled in, passes the check' : ' has a heading for every required section'}`);
}
/** Render the form filled in with the drill's answers, or the Markdown template as is. */
function filledIn(template, specs) {
    return template.kind === 'form'
        ? (0,issue_form/* renderForm */.rk)(template.fields, (0,issue_form/* sampleAnswers */.I4)(template.fields, specs))
        : template.body;
}

;// CONCATENATED MODULE: ./src/core/readiness/label.ts

/** The label items: exact name, a case mismatch, created by this run. */
function labelItem(id, wanted, repoLabels, created) {
    const missing = id === 'label' ? 'error' : 'warning';
    if (wanted === '')
        return item(id, 'ok', 'not used (the input is empty)');
    if (created.includes(wanted))
        return item(id, 'ok', `\`${wanted}\` was created by this run`);
    if (repoLabels === null)
        return item(id, 'warning', `could not list the repository's labels, so \`${wanted}\` was not checked`);
    if (repoLabels.includes(wanted))
        return item(id, 'ok', `\`${wanted}\` exists`);
    const other = repoLabels.find((l) => l.toLowerCase() === wanted.toLowerCase());
    if (other)
        return item(id, 'warning', `the repository spells it \`${other}\`, the workflow \`${wanted}\`: use one spelling in both (labels are matched without case, but the workflow's \`if:\` and your docs read better the same)`);
    return item(id, missing, `the label \`${wanted}\` does not exist: create it (Issues → Labels → New label), or run this check with \`create-label: true\``);
}

;// CONCATENATED MODULE: ./src/core/readiness/schedule.ts

/** Whether the workflow has a `schedule:` trigger. */
function hasSchedule(text) {
    const on = safeYaml(text)?.on;
    return (!!on &&
        typeof on === 'object' &&
        Array.isArray(on.schedule));
}
/** The schedule item: the workflow file says when; GitHub says whether it still runs. */
function scheduleItem(workflow, state, stateUnknownWhy) {
    if (!workflow)
        return item('schedule', 'warning', stateUnknownWhy
            ? `the workflow that runs the action could not be read, so its schedule was not checked: ${stateUnknownWhy}`
            : 'the workflow that runs the action was not found, so its schedule was not checked');
    if (!hasSchedule(workflow.text))
        return item('schedule', 'warning', `\`${workflow.path}\` has no \`schedule:\`: nothing will unpin closed incidents. Add \`schedule: [{ cron: "17 3 * * *" }]\``);
    if (state === 'disabled_inactivity')
        return item('schedule', 'error', `GitHub disabled \`${workflow.path}\` after 60 days without activity in the repository: enable it again (Actions → the workflow → Enable workflow)`);
    if (state !== null && state !== 'active')
        return item('schedule', 'error', `\`${workflow.path}\` is ${state.replace(/_/g, ' ')}: enable it (Actions → the workflow → Enable workflow)`);
    if (state === null)
        return item('schedule', 'warning', `\`${workflow.path}\` has a schedule; whether GitHub still runs it could not be checked${stateUnknownWhy ? ` (${stateUnknownWhy})` : ''}`);
    return item('schedule', 'ok', `\`${workflow.path}\` runs nightly, and GitHub has it active`);
}

;// CONCATENATED MODULE: ./src/core/readiness/security-policy.ts

const SECURITY_POLICY_SNIPPET = 'examples/SECURITY.md';
/** The security policy mentions the label or an incident process. */
function securityPolicyItem(policy, label, unreadable) {
    if (!policy)
        return item('security-policy', 'warning', unreadable
            ? `could not be checked: ${unreadable}`
            : `no SECURITY.md (root, \`.github/\` or \`docs/\`): add one with the incident section of \`${SECURITY_POLICY_SNIPPET}\``);
    if (policy.text.toLowerCase().includes(label.toLowerCase()) ||
        /incident/i.test(policy.text))
        return item('security-policy', 'ok', `\`${policy.path}\` describes the incident process`);
    return item('security-policy', 'warning', `\`${policy.path}\` says nothing of incidents: paste the "Incident response" section of \`${SECURITY_POLICY_SNIPPET}\``);
}

;// CONCATENATED MODULE: ./src/core/readiness/token.ts

/** What the workflow file grants the token on issues. */
function workflowGrants(text) {
    const data = safeYaml(text);
    const levels = [];
    const collect = (permissions) => {
        if (permissions === undefined)
            return;
        if (typeof permissions === 'string')
            levels.push(permissions);
        else if (permissions && typeof permissions === 'object')
            levels.push(permissions.issues ?? 'none');
    };
    collect(data?.permissions);
    for (const job of Object.values((data?.jobs ?? {})))
        collect(job?.permissions);
    if (levels.length === 0)
        return 'default';
    return levels.some((l) => l === 'write' || l === 'write-all')
        ? 'write'
        : 'not-write';
}
/** The token item: it could read issues; what it may write, as far as can be told without writing. */
function tokenItem(canRead, workflow) {
    if (!canRead)
        return item('token', 'error', "the token cannot read the repository's issues: check `github-token` and the workflow's `permissions:` (`issues: write`)");
    const confirm = 'GitHub cannot be asked without writing; a run with `dry-run: false` on a test issue confirms it';
    if (!workflow)
        return item('token', 'warning', `it reads issues; whether it may pin and comment could not be told (the workflow file was not found). ${confirm}`);
    switch (workflowGrants(workflow.text)) {
        case 'write':
            return item('token', 'ok', `it reads issues, and \`${workflow.path}\` grants \`issues: write\` (an organisation policy that makes GITHUB_TOKEN read-only would still refuse; ${confirm})`);
        case 'not-write':
            return item('token', 'error', `\`${workflow.path}\` sets \`permissions:\` without \`issues: write\`: the action could not pin or comment. Add \`issues: write\``);
        case 'default':
            return item('token', 'warning', `\`${workflow.path}\` has no \`permissions:\`, so the token has the repository's default (often read-only). Add \`permissions: issues: write\``);
    }
}

;// CONCATENATED MODULE: ./src/core/readiness/index.ts
/**
 * The readiness check (SPEC "Readiness"): one item per file, pure; the
 * handler (handlers/check-setup.ts) reads, these decide. ITEM_IDS is the
 * order of the checklist; ITEMS says which file makes each.
 */

















/**
 * The registry: which function makes each item, in the checklist's order
 * (a test holds it to ITEM_IDS). The label function makes both label items.
 */
const ITEMS = {
    label: labelItem,
    'keep-pinned-label': labelItem,
    'pin-slots': pinSlotsItem,
    token: tokenItem,
    'issue-form': issueFormItem,
    'security-policy': securityPolicyItem,
    schedule: scheduleItem,
    drill: drillItem
};


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

//# sourceMappingURL=418.index.js.map