/**
 * Preloaded before ts-node in every process a bench runs from source. ts-node 10.9.2 requires its REPL module at
 * load, which requires `node:repl`, which requires `node:domain`; and a loaded domain module turns every
 * EventEmitter into a domain-aware one and installs an async hook on every promise (TypeStrong/ts-node#2024, fixed
 * on its main branch but never released). A built service (`npm run start:api`) never loads it, so a bench that
 * did measured a slower process than production runs: here `repl` is handed to ts-node's REPL module as a proxy
 * that loads the real one only if a REPL is ever started.
 */
const Module = require('node:module');

const load = Module._load;
const TS_NODE_REPL = /[\\/]ts-node[\\/]dist[\\/]repl\.js$/;
Module._load = function (request, parent, isMain) {
  if ((request === 'repl' || request === 'node:repl') && parent && TS_NODE_REPL.test(parent.filename)) {
    let repl;
    return new Proxy({}, { get: (_target, key) => (repl ??= load.call(Module, 'repl', parent, false))[key] });
  }
  return load.call(this, request, parent, isMain);
};
