export const id = 181;
export const ids = [181];
export const modules = {

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