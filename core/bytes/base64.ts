/**
 * Base64 without the DOM's atob/btoa or Node's Buffer: the Figma sandbox has
 * neither, and stored values must survive JSON (history cache, messages).
 *
 * @example
 * fromBase64(toBase64(new Uint8Array([1, 2, 3]))); // Uint8Array [1, 2, 3]
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const DECODE = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  // The URL-safe alphabet decodes too: data URLs and gateways use both.
  table['-'.charCodeAt(0)] = 62;
  table['_'.charCodeAt(0)] = 63;
  return table;
})();

const CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = '='.charCodeAt(0);
/** Characters per String.fromCharCode call: well under engines' argument limits. */
const CHUNK = 8190;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Array<number>(CHUNK);
  let n = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const triple = (bytes[i]! << 16) | ((rest > 1 ? bytes[i + 1]! : 0) << 8) | (rest > 2 ? bytes[i + 2]! : 0);
    codes[n++] = CODES[triple >> 18]!;
    codes[n++] = CODES[(triple >> 12) & 63]!;
    codes[n++] = rest > 1 ? CODES[(triple >> 6) & 63]! : PAD;
    codes[n++] = rest > 2 ? CODES[triple & 63]! : PAD;
    if (n >= CHUNK - 4) {
      parts.push(String.fromCharCode(...codes.slice(0, n)));
      n = 0;
    }
  }
  parts.push(String.fromCharCode(...codes.slice(0, n)));
  return parts.join('');
}

/** Decodes standard or URL-safe base64; whitespace and missing padding are tolerated. Throws on other characters. */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[\s=]+/g, '');
  if (clean.length % 4 === 1) throw new Error('Invalid base64 length');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const value = code < 128 ? DECODE[code]! : -1;
    if (value < 0) throw new Error('Invalid base64 character');
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}
