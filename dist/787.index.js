export const id = 787;
export const ids = [787];
export const modules = {

/***/ 2787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32434);
/** parseYamlText as a worker task (src/bundle/worker.ts), so a hostile file cannot hold the job past its time limit. */

function run(input) {
    const { text, file, role } = input;
    return Promise.resolve((0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlText */ .cd)(text, file, role));
}


/***/ })

};
