'use strict';
// Mirrors: cls-hooked@4.2.2 as aws-xray-sdk-core@3.12.0 calls it
// Bundled in place of cls-hooked, where the X-Ray SDK (under Powertools Tracer) keeps the current
// segment. cls-hooked follows contexts with an async hook that runs on every async resource of the
// process, traced request or not, which made every traced request much slower
// (docs/performance.md). This keeps the part of its API the X-Ray SDK
// uses (namespaces; a namespace's createContext, enter, get, set, run and bind) on Node's
// AsyncLocalStorage, which carries a context along with no hook (Node 24).
//
// Semantics kept from cls-hooked:
// - `run(fn)` and `bind(fn)` give `fn` and everything it starts asynchronously a child of the
//   active context;
// - `enter(context)` outside any of them makes `context` the active one from then on, everywhere
//   (cls-hooked's active context is a global until a hook switches it). That is how the SDK, in
//   Lambda, installs the one facade segment every invocation's subsegments hang from.
// tests/integration/productionBundle.test.ts runs the traced bundle and reads the subsegments it sends.
const { AsyncLocalStorage } = require('node:async_hooks');

const namespaces = new Map();

class Namespace {
  constructor() {
    this.storage = new AsyncLocalStorage();
    this.entered = null;
  }

  get active() {
    return this.storage.getStore() ?? this.entered;
  }

  createContext() {
    return Object.create(this.active ?? Object.prototype);
  }

  set(key, value) {
    const context = this.active;
    if (!context) throw new Error('No context available. ns.run() or ns.bind() must be called first.');
    context[key] = value;
    return value;
  }

  get(key) {
    return this.active?.[key];
  }

  enter(context) {
    if (this.storage.getStore() === undefined) this.entered = context;
    else this.storage.enterWith(context);
  }

  run(fn) {
    const context = this.createContext();
    this.storage.run(context, fn, context);
    return context;
  }

  bind(fn, context) {
    const bound = context ?? this.active ?? this.createContext();
    const storage = this.storage;
    return function boundToContext(...args) {
      return storage.run(bound, () => fn.apply(this, args));
    };
  }
}

function getNamespace(name) {
  return namespaces.get(name);
}

function createNamespace(name) {
  const namespace = new Namespace();
  namespaces.set(name, namespace);
  return namespace;
}

function destroyNamespace(name) {
  namespaces.delete(name);
}

module.exports = { getNamespace, createNamespace, destroyNamespace };
