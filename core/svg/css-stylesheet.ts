import {
  parseDeclarations,
  serialiseDeclarations,
  stripCssComments,
  type Declaration,
} from './css-declarations';

export interface CssRule {
  readonly selector: string;
  readonly declarations: Declaration[];
}

export interface Stylesheet {
  readonly rules: CssRule[];
  /** At-rules met ("@import", "@font-face", ...): never kept, since they fetch or hide rules. */
  readonly atRules: string[];
}

/** Parses plain rules; at-rules are skipped whole (their block included) and listed. */
export function parseStylesheet(text: string): Stylesheet {
  const css = stripCssComments(text);
  const rules: CssRule[] = [];
  const atRules: string[] = [];
  let pos = 0;
  while (pos < css.length) {
    while (pos < css.length && /\s/.test(css.charAt(pos))) pos++;
    if (pos >= css.length) break;
    if (css.charCodeAt(pos) === 64 /* @ */) {
      atRules.push('@' + (/^@([\w-]*)/.exec(css.slice(pos, pos + 64))?.[1] ?? '').toLowerCase());
      pos = skipAtRule(css, pos);
      continue;
    }
    const open = css.indexOf('{', pos);
    if (open < 0) break;
    const close = blockEnd(css, open);
    rules.push({
      selector: css.slice(pos, open).trim(),
      declarations: parseDeclarations(css.slice(open + 1, close)),
    });
    pos = close + 1;
  }
  return { rules, atRules };
}

/** Index of the "}" matching the "{" at `open` (or the end), skipping quoted strings. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = open; i < css.length; i++) {
    const code = css.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 123) depth++;
    else if (code === 125 && --depth === 0) return i;
  }
  return css.length;
}

function skipAtRule(css: string, start: number): number {
  for (let i = start; i < css.length; i++) {
    const code = css.charCodeAt(i);
    if (code === 59 /* ; */) return i + 1;
    if (code === 123 /* { */) return blockEnd(css, i) + 1;
  }
  return css.length;
}

export function serialiseStylesheet(rules: readonly CssRule[]): string {
  return rules
    .filter((rule) => rule.declarations.length > 0)
    .map((rule) => `${rule.selector}{${serialiseDeclarations(rule.declarations)}}`)
    .join('');
}
