import './sourcemap-register.cjs';var __webpack_exports__ = {};
console.log("stub");



//# sourceMappingURL=index.js.map