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


/**
 * The linter off the main thread, so that the action can stop it when a
 * hostile body would take longer than the time budget (micromark has
 * inputs that cost it seconds). Its only effect: lint the body it was given.
 */
async function runLintWorker() {
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread || !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort)
        return false;
    const { body, specs, issue } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(await (0,_core_lint_js__WEBPACK_IMPORTED_MODULE_1__.lint)(body, specs, issue));
    return true;
}


/***/ })

};

//# sourceMappingURL=181.index.js.map