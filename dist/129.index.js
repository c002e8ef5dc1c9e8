export const id = 129;
export const ids = [129];
export const modules = {

/***/ 75129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _src_action_entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59682);
/* harmony import */ var _src_helm_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99493);
/* harmony import */ var _src_helm_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57365);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86923);







function run() {
    return (0,_src_action_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .runEntry */ .C)(async () => {
        const registryConfig = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_names_js__WEBPACK_IMPORTED_MODULE_6__/* .State */ .Uw.RegistryConfig);
        if (!registryConfig)
            return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('helm-login did not get as far as creating a registry config; nothing to clean up.');
        if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_names_js__WEBPACK_IMPORTED_MODULE_6__/* .State */ .Uw.SkipLogout) === 'true')
            return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`skip-logout: leaving the logins in ${registryConfig}.`);
        const owned = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_names_js__WEBPACK_IMPORTED_MODULE_6__/* .State */ .Uw.OwnsConfig) === 'true';
        const problems = [];
        try {
            await logoutAll(registryConfig, problems);
        }
        catch (err) {
            problems.push(err.message);
        }
        finally {
            // Whatever happened to helm, a config this job created (and the logins in it) must not outlive the job;
            // one the workflow chose is left to it.
            if (owned) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(registryConfig), { recursive: true, force: true });
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Deleted ${registryConfig}.`);
            }
        }
        if (problems.length)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`helm registry logout failed: ${problems.join('; ')}. ${owned ? `The logins were removed anyway with ${registryConfig}.` : `The logins may still be in ${registryConfig}.`}`);
    });
}
async function logoutAll(registryConfig, problems) {
    const hosts = JSON.parse(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_names_js__WEBPACK_IMPORTED_MODULE_6__/* .State */ .Uw.Hosts) || '[]');
    if (!hosts.length)
        return;
    const timeoutMs = Number(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_names_js__WEBPACK_IMPORTED_MODULE_6__/* .State */ .Uw.TimeoutMs)) || _src_helm_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS */ .X6;
    const helm = await _src_helm_client_js__WEBPACK_IMPORTED_MODULE_4__/* .HelmClient */ .E.at(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_names_js__WEBPACK_IMPORTED_MODULE_6__/* .State */ .Uw.HelmPath), { env: { [_src_helm_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_CONFIG_ENV */ .Rc]: registryConfig } });
    for (const host of hosts) {
        await (0,_src_helm_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .registryLogout */ .MZ)(helm, host, timeoutMs).then(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Logged out of ${host}.`), (err) => problems.push(err.message));
    }
}


/***/ })

};
