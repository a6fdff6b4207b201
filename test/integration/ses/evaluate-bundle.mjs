/**
 * Evaluates a Penpot plugin bundle the way @penpot/plugins-runtime 1.5.0 does (dist/index.js:
 * src/lib/load-plugin.ts, ses.ts, create-plugin.ts), then prints one JSON line saying what happened.
 *
 *   node test/integration/ses/evaluate-bundle.mjs [bundle.js]   (default dist/penpot/plugin.js)
 *
 * A script of its own because lockdown freezes every intrinsic of the realm it runs in: the test runner
 * must not be that realm. Only what Penpot's page itself is has to be emulated: `window` is Node's
 * globalThis, its timers return numbers as a browser's do (the runtime hardens the handle it returns),
 * and `penpot` is a recording stub behind the runtime's own proxy and permission checks.
 */
import 'ses';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const bundlePath = process.argv[2] ?? 'dist/penpot/plugin.js';
const here = dirname(fileURLToPath(import.meta.url));
const window = globalThis;
// `import 'ses'` defines repairIntrinsics here; it defines hardenIntrinsics, which defines harden.
const ses = globalThis;

// Recorded by the stubs: the parent test asserts on these.
const report = {
  ok: true,
  uiOpen: [],
  onMessage: 0,
  on: [],
  sent: [],
  logged: [],
  fetched: [],
  rejections: [],
};
const uiCallbacks = [];
const store = new Map();

/** Penpot's page: window timers, fetch and console as a browser gives them, recorded. */
const page = (() => {
  const timers = new Map();
  let nextId = 1;
  const schedule = (repeat) => (fn, ms) => {
    const id = nextId++;
    timers.set(id, (repeat ? window.setInterval : window.setTimeout)(fn, ms));
    return id;
  };
  const clear = (id) => {
    window.clearTimeout(timers.get(id));
    timers.delete(id);
  };
  const log =
    (level) =>
    (...data) =>
      report.logged.push({ level, text: data.map(String).join(' ') });
  return {
    setTimeout: schedule(false),
    setInterval: schedule(true),
    clearTimeout: clear,
    clearInterval: clear,
    clearAll: () => [...timers.keys()].forEach(clear),
    console: {
      log: log('log'),
      info: log('info'),
      debug: log('debug'),
      warn: log('warn'),
      error: log('error'),
    },
    fetch: async (url) => {
      report.fetched.push(String(url));
      throw new TypeError('no network in this test');
    },
  };
})();
const { setTimeout, clearTimeout, setInterval, clearInterval } = page;

/** The manifest's permissions, as the runtime checks them: beside the bundle, else the source one. */
function permissions() {
  const beside = join(dirname(bundlePath), 'manifest.json');
  const manifest = existsSync(beside) ? beside : join(here, '../../../plugin/hosts/penpot/manifest.json');
  return JSON.parse(readFileSync(manifest, 'utf8')).permissions;
}

/** The plugin API (runtime's `ct`), reduced to what a plugin's start-up touches, recording calls. */
function penpotApi(granted) {
  const need = (permission) => {
    if (!granted.includes(permission)) throw Error(`Permission ${permission} is not granted`);
  };
  const events = [
    'finish',
    'pagechange',
    'filechange',
    'selectionchange',
    'themechange',
    'shapechange',
    'contentsave',
  ];
  const localStorage = {
    getItem: (key) => store.get(key) ?? null,
    setItem: (key, value) => void store.set(key, String(value)),
    removeItem: (key) => void store.delete(key),
    getKeys: () => [...store.keys()],
  };
  const currentPage = {
    id: 'page-1',
    name: 'Page 1',
    root: { id: 'root', children: [] },
    findShapes: () => [],
  };
  return {
    ui: {
      open: (name, url, options) => {
        if (options && !(options.width > 0 && options.height > 0)) throw Error('ui.open: invalid size');
        report.uiOpen.push({ name, url, options });
      },
      get size() {
        return null;
      },
      resize: () => undefined,
      sendMessage(message) {
        try {
          report.sent.push(window.structuredClone(message));
        } catch (error) {
          page.console.error('plugin sendMessage: the message could not be cloned.', error);
        }
      },
      onMessage: (callback) => {
        if (typeof callback !== 'function') throw Error('ui.onMessage: not a function');
        report.onMessage += 1;
        uiCallbacks.push(callback);
      },
    },
    utils: { types: {}, geometry: {} },
    closePlugin: () => undefined,
    on(event, callback) {
      if (!events.includes(event) || typeof callback !== 'function') throw Error(`on: invalid ${event}`);
      need('content:read');
      report.on.push(event);
      return report.on.length;
    },
    off: () => undefined,
    version: '2.9.0',
    get root() {
      need('content:read');
      return currentPage.root;
    },
    get currentFile() {
      need('content:read');
      return { id: 'file-1', name: 'File', pages: [currentPage] };
    },
    get currentPage() {
      need('content:read');
      return currentPage;
    },
    get selection() {
      need('content:read');
      return [];
    },
    set selection(_shapes) {
      need('content:read');
    },
    viewport: { center: { x: 0, y: 0 }, zoom: 1, zoomIntoView: () => undefined },
    get library() {
      need('library:read');
      return { local: { colors: [], components: [], typographies: [] }, connected: [] };
    },
    theme: 'dark',
    get localStorage() {
      need('allow:localstorage');
      return localStorage;
    },
  };
}

/** The runtime's `mt`: the proxy that hardens what penpot returns, and the exact list of globals. */
function runtimeGlobals(api) {
  const { harden } = ses;
  const safeReturn = (value) => (value == null ? value : harden(value));
  const penpot = new Proxy(api, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function'
        ? (...args) => safeReturn(value.apply(target, args))
        : safeReturn(value);
    },
  });
  return {
    penpot,
    fetch: harden((url, init) =>
      page.fetch(url, { ...init, credentials: 'omit', headers: { ...init?.headers, Authorization: '' } }),
    ),
    setTimeout: harden((...[callback, ms]) =>
      safeReturn(setTimeout(typeof callback === 'function' ? callback : () => {}, ms)),
    ),
    clearTimeout: harden((id) => clearTimeout(id)),
    setInterval: harden((...[callback, ms]) =>
      safeReturn(setInterval(typeof callback === 'function' ? callback : () => {}, ms)),
    ),
    clearInterval: harden((id) => clearInterval(id)),
    isFinite: harden(isFinite),
    isNaN: harden(isNaN),
    parseFloat: harden(parseFloat),
    parseInt: harden(parseInt),
    decodeURI: harden(decodeURI),
    decodeURIComponent: harden(decodeURIComponent),
    encodeURI: harden(encodeURI),
    encodeURIComponent: harden(encodeURIComponent),
    Object: harden(Object),
    Boolean: harden(Boolean),
    Symbol: harden(Symbol),
    Number: harden(Number),
    BigInt: harden(BigInt),
    Math: harden(Math),
    Date: harden(Date),
    String: harden(String),
    RegExp: harden(RegExp),
    Array: harden(Array),
    Int8Array: harden(Int8Array),
    Uint8Array: harden(Uint8Array),
    Uint8ClampedArray: harden(Uint8ClampedArray),
    Int16Array: harden(Int16Array),
    Uint16Array: harden(Uint16Array),
    Int32Array: harden(Int32Array),
    Uint32Array: harden(Uint32Array),
    BigInt64Array: harden(BigInt64Array),
    BigUint64Array: harden(BigUint64Array),
    Float32Array: harden(Float32Array),
    Float64Array: harden(Float64Array),
    Map: harden(Map),
    Set: harden(Set),
    WeakMap: harden(WeakMap),
    WeakSet: harden(WeakSet),
    ArrayBuffer: harden(ArrayBuffer),
    DataView: harden(DataView),
    Atomics: harden(Atomics),
    JSON: harden(JSON),
    Promise: harden(Promise),
    Proxy: harden(Proxy),
    Intl: harden(Intl),
    console: harden(page.console),
    devicePixelRatio: 1,
    atob: harden(window.atob.bind(null)),
    btoa: harden(window.btoa.bind(null)),
    structuredClone: harden(window.structuredClone),
  };
}

/** Lets the plugin's start-up promises and zero-delay timers run. */
const settle = () => new Promise((resolve) => window.setTimeout(resolve, 50));

async function main() {
  if (!existsSync(bundlePath))
    throw Error(`${bundlePath} is missing: run \`node build.mjs\` (npm test does) first`);
  const code = readFileSync(bundlePath, 'utf8');
  process.on('unhandledRejection', (reason) => report.rejections.push(String(reason?.stack ?? reason)));

  // At the runtime's import, then at the first plugin load: the order Penpot uses.
  ses.repairIntrinsics({
    evalTaming: 'unsafeEval',
    stackFiltering: 'verbose',
    errorTaming: 'unsafe',
    consoleTaming: 'unsafe',
    errorTrapping: 'none',
    unhandledRejectionTrapping: 'none',
  });
  ses.hardenIntrinsics();
  const compartment = new ses.Compartment(runtimeGlobals(penpotApi(permissions())));
  compartment.evaluate(code);

  // The UI's first message once it has loaded, as Penpot forwards window messages to the plugin: bare,
  // and in the envelope (core/protocol/penpot-envelope.ts) when the UI's URL carries a channel secret.
  await settle();
  const channel = new URL(report.uiOpen[0]?.url ?? '/', 'https://penpot.invalid').searchParams.get('channel');
  const message = { type: 'ui-ready' };
  for (const data of channel ? [message, { channel, message }] : [message]) {
    for (const callback of uiCallbacks) callback(data);
  }
  await settle();
}

try {
  await main();
} catch (error) {
  report.ok = false;
  report.error = String(error?.stack ?? error);
  report.sesCode = /\b(SES_[A-Z_]+)\b/.exec(String(error?.message))?.[1] ?? null;
}
page.clearAll();
process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
