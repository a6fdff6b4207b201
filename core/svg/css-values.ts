/** Fetching or scripting functions besides url(); none of them belongs in a drawing. */
const FETCHERS = /(?:expression|image|image-set|cross-fade|element|src|paint)\(/;
const SCHEMES = /(?:javascript|vbscript|livescript|data):/;
const SUSPECT = /[(:\\]/;

/**
 * Whether an attribute or CSS value is safe to keep: no escapes (they can
 * spell "url" past a filter), no script or data schemes, no fetching
 * functions, and every url(...) a same-document fragment ("#id").
 */
export function isSafeValue(value: string): boolean {
  if (!SUSPECT.test(value)) return true;
  if (value.indexOf('\\') >= 0) return false;
  const compact = compactLower(value);
  if (SCHEMES.test(compact) || FETCHERS.test(compact)) return false;
  let at = compact.indexOf('url(');
  while (at >= 0) {
    const close = compact.indexOf(')', at);
    if (close < 0) return false;
    const target = compact.slice(at + 4, close).replace(/^["']|["']$/g, '');
    if (target.charCodeAt(0) !== 35 /* # */) return false;
    at = compact.indexOf('url(', close);
  }
  return true;
}

/** Lower case without whitespace or control characters, which browsers skip inside URLs ("java\tscript:"). */
function compactLower(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 32 && code !== 0x7f && code !== 0xa0 && code !== 0xfeff) out += value.charAt(i);
  }
  return out.toLowerCase();
}

/** Whether an href keeps to the document: "#id" and nothing that could be read as a URL. */
export function isInternalHref(value: string): boolean {
  const trimmed = value.trim();
  return /^#[^\s()\\'"]+$/.test(trimmed) && isSafeValue(trimmed);
}

/** The id an internal href or url(#id) points at, or undefined. */
export function referencedId(value: string): string | undefined {
  const match = /^\s*(?:url\(\s*["']?)?#([^\s)"']+)/.exec(value);
  return match ? match[1] : undefined;
}
