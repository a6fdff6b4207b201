/**
 * The escape that makes the Penpot bundle acceptable to SES must leave no
 * text SES refuses and must not change what the code does: each snippet is
 * run before and after (as a function body) and must return the same value.
 */
import { describe, expect, it } from 'vitest';
import { escapeForSes, makeSesSafe, sesRejection } from '../../../scripts/ses-safe-source.mjs';

/** A script whose value is what `body` returns: acorn parses scripts, where `return` cannot be top level. */
const script = (body: string) => `(function () {\n${body}\n})()`;
const run = (program: string): unknown => new Function(`return ${program}`)();

/** Snippets SES refuses as they are: each returns what it computes. */
const SNIPPETS: Record<string, string> = {
  'string, both quotes': `return ["-->", '<!--', "a<!-->b"];`,
  'string with identity escapes': String.raw`return ["\<!--", "\\<!--", "--\>", "\import(1)"];`,
  'the SVG parser': `var n = "<!-- x -->", t = 0; return n.startsWith("!--", t + 1) && n.indexOf("-->", t + 4);`,
  'template and its ${} parts': 'var x = 2; return `a-->${x}<!--${`in-->${"-->"}`}b`;',
  'regex literal': String.raw`return ["x-->", "<!--", "<>"].map((s) => [/-->/.test(s), /<!--/.test(s), /\<!--/.test(s)]);`,
  'regex lookbehind and classes': String.raw`return ["--a", "-a", "<a", ">", "!"].map((s) => [
    /(?<!--)a/.test(s), /[<!--]/.test(s), /[!-->]/.test(s), /[\w-->]/v.test(s), /(?<!--)a/u.test(s)]);`,
  'code x-->y': 'var x = 5, y = 3; var r = x-->y; return [r, x];',
  'code <<!--': 'var x = 1, y = 3; return x<<!--y;',
  'import( in strings': `return ["import(x)", 'import (x)', "import//", "import/*", "...import(", "$import("];`,
  'import( in a regex and a template': 'return [/import(x)/.exec("importx"), `import(${1})`];',
  'eval( in strings': `return ["eval(1)", "eval (1)"];`,
  comments: 'var a = 1; /* --> import( <!-- */ return a; // eval(1) -->',
  'HTML-like comments in code': 'var a = 1, b = 2;\nvar c = a <!-- b\n--> not code\nreturn c;',
};

describe('escapeForSes', () => {
  it.each(Object.entries(SNIPPETS))('%s: nothing SES refuses, same value', (_name, body) => {
    const before = script(body);
    expect(sesRejection(before)).not.toBeNull();
    const after = escapeForSes(before);
    expect(sesRejection(after)).toBeNull();
    expect(run(after)).toEqual(run(before));
  });

  it('escapes inside literals with \\xHH and spaces code tokens apart', () => {
    expect(escapeForSes(`s = "-->" + '<!--'`)).toBe(String.raw`s = "--\x3e" + '\x3c!--'`);
    expect(escapeForSes(String.raw`s = "\<!--"`)).toBe(String.raw`s = "\x3c!--"`);
    expect(escapeForSes('t = `-->${a}<!--`')).toBe('t = `--\\x3e${a}\\x3c!--`');
    expect(escapeForSes('r = /(?<!--)[<!--]-->/')).toBe(String.raw`r = /(?<!\x2d-)[\x3c!--]--\x3e/`);
    expect(escapeForSes('x-->y')).toBe('x-- >y');
    expect(escapeForSes('s = "import(a)"')).toBe(String.raw`s = "\x69mport(a)"`);
    expect(escapeForSes('s = "eval(a)"')).toBe(String.raw`s = "\x65val(a)"`);
  });

  it('leaves alone what SES accepts: .import(, code without matches', () => {
    const accepted = 'a.import(b); s = "x.import(y)"; var n = 1 - -2 > 0;';
    expect(sesRejection(accepted)).toBeNull();
    expect(escapeForSes(accepted)).toBe(accepted);
  });
});

describe('makeSesSafe', () => {
  it('refuses what cannot be escaped without changing meaning, naming the SES code', () => {
    expect(() => makeSesSafe('import("./x.js")', 'bundle.js')).toThrow(/bundle\.js.*SES_IMPORT_REJECTED/);
    expect(() => makeSesSafe('eval("1")', 'bundle.js')).toThrow(/SES_EVAL_REJECTED/);
    // A tag receives the raw text: escaping it would change the value.
    expect(() => makeSesSafe('String.raw`-->`', 'bundle.js')).toThrow(/SES_HTML_COMMENT_REJECTED/);
  });

  it('returns the escaped bundle when SES would accept it', () => {
    expect(makeSesSafe('s = "-->"', 'bundle.js')).toBe(String.raw`s = "--\x3e"`);
  });
});
