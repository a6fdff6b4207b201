/**
 * Makes a script bundle acceptable to SES without changing what it does.
 *
 * Why: Penpot runs plugins with @penpot/plugins-runtime, which evaluates the bundle with SES's
 * `new Compartment(globals).evaluate(code)`. SES does not parse before it judges: it refuses the whole
 * source when its text matches one of three regular expressions (SES_REJECTIONS, copied from ses 2.3.0),
 * even inside a string. Our minified bundle had "-->" from the SVG parser's comment skipping, and
 * esbuild folds every source-level disguise ('--\x3e', '--' + '>', String.fromCharCode) back into it,
 * so the escape has to run on esbuild's output.
 *
 * How: acorn parses the bundle (a real parser: it knows when a `/` starts a regular expression and when a
 * template is tagged) and hands over every token and comment.
 * - In a string, an untagged template or a regular expression, one character of each match becomes a
 *   `\xHH` escape of that same character: `-->` → `--\x3e`, `<!--` → `\x3c!--` (in a regex lookbehind
 *   `(?<!--` → `(?<!\x2d-`), `import(` → `\x69mport(`, `eval(` → `\x65val(`.
 * - Between two code tokens (`a-->b` means `a-- > b`) a space is inserted.
 * - In a comment the match is escaped the same way (a comment means nothing); an HTML-like comment,
 *   which is what `<!--` in code is, becomes a `//` comment.
 * The result is parsed again and must give the same tokens with the same values. A match left over (a
 * tagged template's raw text, a real `import(` or direct `eval(` in code) makes makeSesSafe throw, so a
 * bundle Penpot would refuse is never written.
 */
import { parse, tokTypes } from 'acorn';

/**
 * SES 2.3.0's own patterns (src/transforms.js), all applied by `Compartment#evaluate` with default
 * options. The import pattern lets `.import(` through (a method call); the others have no exception.
 */
export const SES_REJECTIONS = [
  { code: 'SES_HTML_COMMENT_REJECTED', pattern: /(?:<!--|-->)/ },
  { code: 'SES_IMPORT_REJECTED', pattern: /(^|[^.]|\.\.\.)\bimport(\s*(?:\(|\/[/*]))/ },
  { code: 'SES_EVAL_REJECTED', pattern: /(^|[^.])\beval(\s*\()/ },
];

/** What to escape inside a literal or comment: `at` is the one character to rewrite in each match. */
const LITERAL_HITS = [
  { pattern: /<!--/, at: (m) => m.index },
  { pattern: /-->/, at: (m) => m.index + 2 },
  { pattern: SES_REJECTIONS[1].pattern, at: (m) => m.index + m[1].length },
  { pattern: SES_REJECTIONS[2].pattern, at: (m) => m.index + m[1].length },
];

const PARSE_OPTIONS = { ecmaVersion: 'latest', sourceType: 'script' };
const LITERALS = new Set([tokTypes.string, tokTypes.template, tokTypes.invalidTemplate, tokTypes.regexp]);

/** The source with every SES match inside literals, comments and between code tokens escaped. */
export function escapeForSes(source) {
  const tokens = [];
  const comments = [];
  const ast = parse(source, { ...PARSE_OPTIONS, onToken: tokens, onComment: comments });
  const tagged = taggedTemplateStarts(ast);
  const pieces = [...tokens.filter((t) => t.type !== tokTypes.eof), ...comments].sort(
    (a, b) => a.start - b.start,
  );

  let out = '';
  let pos = 0;
  let previousWasCode = false;
  for (const piece of pieces) {
    const raw = source.slice(piece.start, piece.end);
    const isComment = typeof piece.type === 'string';
    const isCode = !isComment && !LITERALS.has(piece.type);
    const text = isCode ? raw : rewritePiece(piece, raw, tagged);
    out += source.slice(pos, piece.start);
    // `a-->b` is `a-- > b`, `a<<!--b` is `a << !--b`: a space keeps the tokens and breaks the text.
    if (previousWasCode && isCode && SES_REJECTIONS[0].pattern.test(out.slice(-3) + text.slice(0, 3))) {
      out += ' ';
    }
    out += text;
    pos = piece.end;
    previousWasCode = isCode;
  }
  out += source.slice(pos);
  assertSameTokens(tokens, out);
  return out;
}

/** The first thing in `source` SES would refuse, with its error code and 1-based line, or null. */
export function sesRejection(source) {
  for (const { code, pattern } of SES_REJECTIONS) {
    const match = pattern.exec(source);
    if (!match) continue;
    const line = source.slice(0, match.index).split('\n').length;
    const excerpt = source.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40);
    return { code, line, excerpt };
  }
  return null;
}

/** escapeForSes, then throws if SES would still refuse the result; `name` says which bundle. */
export function makeSesSafe(source, name) {
  const safe = escapeForSes(source);
  const rejection = sesRejection(safe);
  if (rejection) {
    throw new Error(
      `${name} would be refused by Penpot's plugin runtime (${rejection.code}, line ${rejection.line}) ` +
        `and cannot be escaped without changing its meaning (code, or a tagged template's raw text): ` +
        `…${rejection.excerpt}…`,
    );
  }
  return safe;
}

function rewritePiece(piece, raw, tagged) {
  if (piece.type === 'Line' || piece.type === 'Block') {
    const body = escapeLiteral(piece.value, null);
    const isHtmlLike = !raw.startsWith('//') && !raw.startsWith('/*');
    if (body === piece.value && !isHtmlLike) return raw;
    return piece.type === 'Block' ? `/*${body}*/` : `//${body}`;
  }
  // A tag receives the raw text too: escaping would change it, so the final check refuses instead.
  if (tagged.has(piece.start)) return raw;
  return escapeLiteral(raw, piece.type === tokTypes.regexp ? piece.value.flags : null);
}

/** Escapes one character of each match until none is left; regexFlags is null outside a regex. */
function escapeLiteral(text, regexFlags) {
  for (;;) {
    let at = -1;
    for (const hit of LITERAL_HITS) {
      const match = hit.pattern.exec(text);
      if (match && (at < 0 || hit.at(match) < at)) at = hit.at(match);
    }
    if (at < 0) return text;
    // `(?<!--` is a lookbehind: its `<` is syntax, but the `-` after `!` is a plain character there.
    if (regexFlags !== null && text[at] === '<' && opensLookbehind(text, at, regexFlags)) at += 2;
    text = hexEscape(text, at);
  }
}

/** Writes the character at `at` as `\xHH`, replacing an identity escape (`\<`) that spelled it. */
function hexEscape(text, at) {
  let slashes = 0;
  while (text[at - 1 - slashes] === '\\') slashes += 1;
  const from = slashes % 2 === 1 ? at - 1 : at;
  const hex = text.charCodeAt(at).toString(16).padStart(2, '0');
  return `${text.slice(0, from)}\\x${hex}${text.slice(at + 1)}`;
}

function opensLookbehind(regex, at, flags) {
  if (regex.slice(at - 2, at) !== '(?') return false;
  let slashes = 0;
  while (regex[at - 3 - slashes] === '\\') slashes += 1;
  return slashes % 2 === 0 && !insideClass(regex, at - 2, flags);
}

/** Whether `end` in the regex literal `/…/flags` falls inside a character class (nested with `v`). */
function insideClass(regex, end, flags) {
  const nests = flags.includes('v');
  let depth = 0;
  for (let i = 1; i < end; i += 1) {
    if (regex[i] === '\\') i += 1;
    else if (regex[i] === '[' && (depth === 0 || nests)) depth += 1;
    else if (regex[i] === ']' && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/** Where the quasis of tagged templates start: their raw text is a value, so it must stay as it is. */
function taggedTemplateStarts(ast) {
  const starts = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node?.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression') for (const q of node.quasi.quasis) starts.add(q.start);
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(ast);
  return starts;
}

/** The escaped text must parse to the same tokens: same code, same string values, same regex flags. */
function assertSameTokens(before, escaped) {
  const after = [];
  parse(escaped, { ...PARSE_OPTIONS, onToken: after });
  const describe = (t) => `${t.type.label} ${JSON.stringify(t.value)} at ${t.start}`;
  for (let i = 0; i < Math.max(before.length, after.length); i += 1) {
    const a = before[i];
    const b = after[i];
    const same =
      a &&
      b &&
      a.type === b.type &&
      (a.type === tokTypes.regexp ? a.value.flags === b.value.flags : a.value === b.value);
    if (!same) {
      throw new Error(
        `escaping for SES changed a token: ${a ? describe(a) : 'none'} became ${b ? describe(b) : 'none'}`,
      );
    }
  }
}
