/**
 * Finds designer-facing error sentences written outside the catalogue
 * (core/errors/: one entry per sentence, by area), by the shape of the code
 * rather than by its words, so it neither misses a new sentence nor forbids
 * ordinary strings:
 *
 * - `new PluginError({ … })` naming a code, an action or a message: an
 *   error built by hand (`pluginError(entry)` and
 *   `new PluginError(userError(entry))` are the ways;
 *   `{ ...ambiguousError(), status }` adds only a status);
 * - an object literal with a `message` that is written text (a string or
 *   template literal, directly or in a condition or a concatenation) and
 *   with a `code`, an `action` or a spread beside it: a UserError, or one
 *   rewritten;
 * - an object literal with a `code` that is an error code, beside a
 *   `message` or an `action`: a UserError built by hand, whatever its text.
 *
 * Messages between realms (`{ type: 'notify', message }`), thrown Errors for
 * developers and form hints are other shapes and pass.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ERROR_CODES } from '../../../core/errors/user-error';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

/** The catalogue's folder is where sentences live. */
const CATALOGUE = 'core/errors/';

export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return out.sort();
}

export function findSentenceLiterals(root: string, files: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const path of files) {
    const file = relative(root, path).split('\\').join('/');
    if (file.startsWith(CATALOGUE)) continue;
    const text = readFileSync(path, 'utf8');
    const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
    const report = (node: ts.Node, why: string) => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      findings.push({ file, line: line + 1, text: node.getText(source).split('\n')[0]!.slice(0, 100), why });
    };
    const visit = (node: ts.Node): void => {
      if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'PluginError' &&
        node.arguments?.[0] !== undefined &&
        ts.isObjectLiteralExpression(node.arguments[0]) &&
        namesAnyOf(node.arguments[0], ['code', 'action', 'message'])
      ) {
        report(node, 'a PluginError built by hand: use pluginError(entry) or userError(entry)');
      }
      if (ts.isObjectLiteralExpression(node)) checkObject(node, report);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}

function namesAnyOf(node: ts.ObjectLiteralExpression, names: readonly string[]): boolean {
  return node.properties.some(
    (p) =>
      p.name !== undefined &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      names.includes(p.name.text),
  );
}

function checkObject(node: ts.ObjectLiteralExpression, report: (node: ts.Node, why: string) => void) {
  const props = new Map<string, ts.Expression>();
  let spread = false;
  for (const p of node.properties) {
    if (ts.isSpreadAssignment(p)) spread = true;
    else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      props.set(p.name.text, p.initializer);
    }
  }
  const message = props.get('message');
  if (message && isWrittenText(message) && (props.has('code') || props.has('action') || spread)) {
    report(message, 'an error sentence written outside the catalogue');
    return;
  }
  const code = props.get('code');
  if (
    code &&
    ts.isStringLiteralLike(code) &&
    (ERROR_CODES as readonly string[]).includes(code.text) &&
    (props.has('message') || props.has('action'))
  ) {
    report(node, 'a UserError built by hand: use userError(entry)');
  }
}

/** Text written here: a non-empty string or template literal, also inside a condition or a `+`. */
function isWrittenText(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return isWrittenText(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text.trim() !== '';
  if (ts.isTemplateExpression(node)) return true;
  if (ts.isConditionalExpression(node)) return isWrittenText(node.whenTrue) || isWrittenText(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return isWrittenText(node.left) || isWrittenText(node.right);
  }
  return false;
}
