/**
 * Characters XML 1.0 allows (its Char production). Anything else in the cleaned SVG makes a browser's
 * XML parser refuse the whole file: C0 controls but tab, LF and CR; lone UTF-16 surrogates; U+FFFE, U+FFFF.
 */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** One linear test for the common case of a clean document (no lookbehind: the Figma build targets ES2017). */
const ILLEGAL =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

export function hasIllegalXmlChars(text: string): boolean {
  return ILLEGAL.test(text);
}

/** The text without the characters XML forbids (surrogate pairs kept, lone halves dropped). */
export function stripIllegalXmlChars(text: string): string {
  if (!ILLEGAL.test(text)) return text;
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let legal: boolean;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      legal = next >= 0xdc00 && next <= 0xdfff;
      if (legal) i++; // the pair is legal as a whole
    } else legal = isXmlChar(code);
    if (!legal) {
      out += text.slice(kept, i);
      kept = i + 1;
    }
  }
  return out + text.slice(kept);
}
