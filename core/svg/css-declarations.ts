/** One "name: value" pair of a style attribute or a rule block. */
export interface Declaration {
  readonly name: string;
  readonly value: string;
  readonly important: boolean;
}

/** Removes CSS comments (non-nested by definition, so a lazy scan is linear). */
export function stripCssComments(text: string): string {
  return text.indexOf('/*') < 0 ? text : text.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ');
}

/** Splits text on `separator` outside quotes and parentheses. */
function splitTopLevel(text: string, separator: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 40) depth++;
    else if (code === 41) depth = Math.max(0, depth - 1);
    else if (code === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Parses "fill: red; stroke: blue !important" (comments removed, names lower-cased). */
export function parseDeclarations(text: string): Declaration[] {
  const out: Declaration[] = [];
  for (const part of splitTopLevel(stripCssComments(text), 59 /* ; */)) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const { value, important } = splitImportant(part.slice(colon + 1).trim());
    if (name && value) out.push({ name, value, important });
  }
  return out;
}

/**
 * "red !important" into "red" and true. By index, not by a regular expression: `\s*!\s*important$`
 * backtracks over every space run that is not followed by "!", quadratic on a long one.
 */
function splitImportant(text: string): { value: string; important: boolean } {
  const bang = text.lastIndexOf('!');
  if (
    bang < 0 ||
    text
      .slice(bang + 1)
      .trim()
      .toLowerCase() !== 'important'
  ) {
    return { value: text, important: false };
  }
  return { value: text.slice(0, bang).trim(), important: true };
}

export function serialiseDeclarations(declarations: readonly Declaration[]): string {
  return declarations.map((d) => `${d.name}:${d.value}${d.important ? '!important' : ''}`).join(';');
}
