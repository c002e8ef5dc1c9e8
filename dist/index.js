import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4256:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  __: () => (/* binding */ WorkerTaskError),
  Bb: () => (/* binding */ runBounded),
  ZB: () => (/* binding */ serveWorkerTask),
  eS: () => (/* binding */ setBundleLocation)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(75919);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
;// CONCATENATED MODULE: ./src/bundle/worker-tasks.ts
const WORKER_TASKS = {
    'parse-yaml': () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(434), __nccwpck_require__.e(787)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2787)),
};

;// CONCATENATED MODULE: ./src/bundle/worker.ts
/**
 * CPU-bound work that must stay bounded by a time limit (parsing hostile YAML: a synchronous parse
 * blocks the event loop, so a timer can never interrupt it). In the bundle the task runs in a worker
 * thread started from dist/index.js itself, with a memory cap, and is terminated at the deadline.
 * Run from source (unit tests), where there is no bundle file, the task runs in-process.
 */



let bundleFile;
/** Called by dist/<action>/<entry>.js with its own URL: the bundle is `../index.js` beside it. */
function setBundleLocation(entryUrl) {
    bundleFile = new URL('../index.js', entryUrl);
}
class WorkerTaskError extends errors/* ChalkError */.E {
    boundary = 'worker';
}
async function runBounded(task, input, limits) {
    if (!bundleFile)
        return (await WORKER_TASKS[task]()).run(input);
    const worker = new external_node_worker_threads_.Worker(bundleFile, {
        workerData: { chalkWorkerTask: task, input },
        resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb ?? 512 },
        stdout: true,
        stderr: true,
    });
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            void worker.terminate();
            reject(new WorkerTaskError('timeout', `${limits.what} did not finish within ${Math.round(limits.timeoutMs / 100) / 10} s and was stopped.`, 'Make the file smaller and simpler (no deep alias chains), or raise the timeout input.'));
        }, limits.timeoutMs);
        worker.once('message', (result) => {
            clearTimeout(timer);
            void worker.terminate();
            if (result.ok)
                resolve(result.value);
            else
                reject(new WorkerTaskError('crash', `${limits.what} failed: ${result.message}`, 'Report this as a bug in chalk-actions with the log.'));
        });
        worker.once('error', (err) => {
            clearTimeout(timer);
            reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new WorkerTaskError('memory', `${limits.what} needed more than ${limits.maxHeapMb ?? 512} MB and was stopped.`, 'Make the file smaller and simpler (no deep alias chains).')
                : new WorkerTaskError('crash', `${limits.what} failed: ${err.message}`, 'Report this as a bug in chalk-actions with the log.'));
        });
    });
}
/** In a worker started by runBounded: run the task and post its result. A no-op on the main thread. */
function serveWorkerTask() {
    const message = external_node_worker_threads_.workerData;
    if (external_node_worker_threads_.isMainThread || !message?.chalkWorkerTask || !external_node_worker_threads_.parentPort)
        return;
    const port = external_node_worker_threads_.parentPort;
    void WORKER_TASKS[message.chalkWorkerTask]()
        .then((task) => task.run(message.input))
        .then((value) => port.postMessage({ ok: true, value }), (err) => port.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }));
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ChalkError),
/* harmony export */   f: () => (/* binding */ errorInfo)
/* harmony export */ });
/**
 * The one base of every typed error a boundary raises (helm, chart access, registry login,
 * credentials, kube, AWS, Postgres): a `kind` to branch on, a message that says what happened and
 * a `fix` that says what to do next. Verdicts and reports test `instanceof ChalkError`, never the
 * shape of an object, and each boundary maps its failures into it once.
 */
class ChalkError extends Error {
    kind;
    fix;
    constructor(kind, message, fix) {
        super(message);
        this.kind = kind;
        this.fix = fix;
        this.name = new.target.name;
    }
    /** The JSON-serialisable form engines put in their results. */
    toJSON() {
        return { boundary: this.boundary, kind: this.kind, message: this.message, fix: this.fix };
    }
}
/** The serialisable form of anything thrown: typed errors keep their kind and fix. */
function errorInfo(err) {
    if (err instanceof ChalkError)
        return err.toJSON();
    return { boundary: 'internal', kind: 'unknown', message: err instanceof Error ? err.message : String(err), fix: '' };
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 98253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 69154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli),
  n: () => (/* binding */ start)
});

;// CONCATENATED MODULE: ./src/bundle/entries.ts
const ENTRIES = {
    'deploy-dataplane/main': () => Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(815), __nccwpck_require__.e(805), __nccwpck_require__.e(112), __nccwpck_require__.e(826), __nccwpck_require__.e(901), __nccwpck_require__.e(434), __nccwpck_require__.e(242), __nccwpck_require__.e(149), __nccwpck_require__.e(494), __nccwpck_require__.e(699), __nccwpck_require__.e(362), __nccwpck_require__.e(554)]).then(__nccwpck_require__.bind(__nccwpck_require__, 554)),
    'deploy-metadata/main': () => Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(815), __nccwpck_require__.e(805), __nccwpck_require__.e(112), __nccwpck_require__.e(826), __nccwpck_require__.e(901), __nccwpck_require__.e(434), __nccwpck_require__.e(242), __nccwpck_require__.e(149), __nccwpck_require__.e(494), __nccwpck_require__.e(699), __nccwpck_require__.e(274), __nccwpck_require__.e(298)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71298)),
    'drift-check/main': () => Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(815), __nccwpck_require__.e(805), __nccwpck_require__.e(112), __nccwpck_require__.e(826), __nccwpck_require__.e(901), __nccwpck_require__.e(434), __nccwpck_require__.e(242), __nccwpck_require__.e(149), __nccwpck_require__.e(494), __nccwpck_require__.e(439), __nccwpck_require__.e(362), __nccwpck_require__.e(696)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16815)),
    'helm-login/main': () => Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(815), __nccwpck_require__.e(805), __nccwpck_require__.e(826), __nccwpck_require__.e(901), __nccwpck_require__.e(318)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83318)),
    'helm-login/post': () => Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(826), __nccwpck_require__.e(261)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23261)),
    'preflight/main': () => Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(815), __nccwpck_require__.e(826), __nccwpck_require__.e(434), __nccwpck_require__.e(242), __nccwpck_require__.e(494), __nccwpck_require__.e(274), __nccwpck_require__.e(104)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79899)),
    'render-and-diff/main': () => Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(815), __nccwpck_require__.e(805), __nccwpck_require__.e(112), __nccwpck_require__.e(826), __nccwpck_require__.e(901), __nccwpck_require__.e(434), __nccwpck_require__.e(149), __nccwpck_require__.e(439), __nccwpck_require__.e(654)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52654)),
    'verify/main': () => Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(815), __nccwpck_require__.e(805), __nccwpck_require__.e(826), __nccwpck_require__.e(901), __nccwpck_require__.e(242), __nccwpck_require__.e(768)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45768)),
};

// EXTERNAL MODULE: ./src/bundle/worker.ts + 1 modules
var worker = __nccwpck_require__(4256);
;// CONCATENATED MODULE: ./src/bundle/index.ts
/**
 * The toolkit's one bundle (dist/index.js). Each action's `main:`/`post:` is a two-line file in
 * dist/<action>/ that calls `start`; the action's glue and everything heavy load only then, once.
 * The same file is the entry of the worker threads runBounded starts.
 */


(0,worker/* serveWorkerTask */.ZB)();
async function start(entry, entryUrl) {
    const load = ENTRIES[entry];
    if (!load)
        throw new Error(`chalk-actions has no entry point ${entry}; known: ${Object.keys(ENTRIES).join(', ')}.`);
    (0,worker/* setBundleLocation */.eS)(entryUrl);
    const action = await load();
    await action.run();
}
/** The `chalk-actions` command line (bin/chalk-actions.mjs), loaded only when it runs. */
async function cli(...args) {
    const { cli: run } = await Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(815), __nccwpck_require__.e(653)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33653));
    return run(...args);
}

var __webpack_exports__cli = __webpack_exports__.x;
var __webpack_exports__start = __webpack_exports__.n;
export { __webpack_exports__cli as cli, __webpack_exports__start as start };
