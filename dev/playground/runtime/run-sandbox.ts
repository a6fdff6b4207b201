/**
 * Runs a built sandbox bundle unchanged, with `new Function`, seeing only what
 * the host's sandbox offers: the endowments (figma or penpot, fetch, timers,
 * console...) and the language's own built-ins. Every other browser global
 * (window, document, localStorage, TextEncoder, XMLHttpRequest...) is shadowed
 * as undefined, so code that would fail in the real sandbox fails here too.
 */

/** ECMAScript's global built-ins: what any sandbox realm has. */
const INTRINSICS = new Set(
  `globalThis Infinity NaN undefined eval isFinite isNaN parseFloat parseInt decodeURI
  decodeURIComponent encodeURI encodeURIComponent escape unescape AggregateError Array
  ArrayBuffer Atomics BigInt BigInt64Array BigUint64Array Boolean DataView Date Error EvalError
  FinalizationRegistry Float32Array Float64Array Function Int8Array Int16Array Int32Array
  Iterator Map Number Object Promise Proxy RangeError ReferenceError RegExp Set SharedArrayBuffer
  String Symbol SyntaxError TypeError Uint8Array Uint8ClampedArray Uint16Array Uint32Array
  URIError WeakMap WeakRef WeakSet JSON Math Reflect`.split(/\s+/),
);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function browserGlobalNames(): string[] {
  const names = new Set<string>();
  for (
    let o: object | null = window;
    o && o !== Object.prototype;
    o = Object.getPrototypeOf(o) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(o)) if (IDENTIFIER.test(name)) names.add(name);
  }
  return [...names];
}

export function runInSandbox(code: string, endowments: Record<string, unknown>, label: string): void {
  const endowed = Object.keys(endowments);
  const shadowed = browserGlobalNames().filter((n) => !INTRINSICS.has(n) && !(n in endowments));
  const fakeGlobal: Record<string, unknown> = {};
  for (const name of INTRINSICS) if (name in window) fakeGlobal[name] = (window as never)[name];
  Object.assign(fakeGlobal, endowments, { globalThis: fakeGlobal });
  const params = [...endowed, ...shadowed, 'globalThis'];
  const body = `${code}\n//# sourceURL=${label}`;
  const run = new Function(...params, body) as (...args: unknown[]) => void;
  run.apply(fakeGlobal, [...endowed.map((n) => endowments[n]), ...shadowed.map(() => undefined), fakeGlobal]);
}
