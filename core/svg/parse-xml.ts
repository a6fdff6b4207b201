import { SvgRejectedError } from './errors';
import { createElement, type SvgElement } from './tree';
import type { SvgLimits } from './types';
import { hasIllegalXmlChars, stripIllegalXmlChars } from './xml-chars';
import { decodeReferences } from './xml-entities';
import { isAllSpace, localName, readName, skipSpace } from './xml-names';
import { parseOpenTag } from './xml-tag';

export interface ParsedXml {
  readonly root: SvgElement;
  readonly elementCount: number;
}

/** Elements whose whitespace-only text is drawn (between words of a text run). */
const KEEPS_SPACE = new Set(['text', 'tspan', 'textPath']);

/**
 * A strict, single-pass XML parser for SVG (no DOM in the plugin sandboxes).
 * Refuses DOCTYPEs, entity declarations and references, a root other than
 * <svg>, and input past the depth and element limits; drops comments and
 * processing instructions. Characters XML forbids (C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) are dropped from text and attribute values, so
 * what is written back parses in a browser; elsewhere they break the syntax.
 * Linear: every scan is an indexOf or a char loop, and the limits are
 * checked as each element opens.
 */
export function parseXml(text: string, limits: SvgLimits): ParsedXml {
  const parser = new XmlParser(text, limits);
  try {
    return parser.run();
  } catch (error) {
    if (error instanceof SvgRejectedError && error.reason === 'malformed') {
      throw new SvgRejectedError('malformed', `${error.detail ?? 'syntax error'} (line ${parser.line()})`);
    }
    throw error;
  }
}

class XmlParser {
  private pos = 0;
  private readonly stack: SvgElement[] = [];
  private root: SvgElement | undefined;
  private count = 0;
  /** Whether values need illegal characters dropped: one scan of the whole text spares a scan per value. */
  private readonly strip: boolean;

  constructor(
    private readonly text: string,
    private readonly limits: SvgLimits,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.strip = hasIllegalXmlChars(text);
  }

  private legal(raw: string): string {
    return this.strip ? stripIllegalXmlChars(raw) : raw;
  }

  run(): ParsedXml {
    const { text } = this;
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      const textEnd = lt < 0 ? text.length : lt;
      if (textEnd > this.pos) this.addText(this.pos, textEnd);
      if (lt < 0) break;
      this.pos = lt;
      const next = text.charCodeAt(lt + 1);
      if (next === 47 /* / */) this.closeTag(lt);
      else if (next === 33 /* ! */) this.markup(lt);
      else if (next === 63 /* ? */) this.pos = this.skipPast('?>', lt + 2, 'a processing instruction');
      else this.openTag(lt);
    }
    const open = this.stack[this.stack.length - 1];
    if (open) throw new SvgRejectedError('malformed', `<${open.name}> is never closed`);
    if (!this.root) throw new SvgRejectedError('not-svg', 'it has no root element');
    return { root: this.root, elementCount: this.count };
  }

  /** 1-based line of the current position, for error messages. */
  line(): number {
    let line = 1;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < this.pos; i = this.text.indexOf('\n', i + 1)) line++;
    return line;
  }

  private addText(start: number, end: number): void {
    const parent = this.stack[this.stack.length - 1];
    const blank = isAllSpace(this.text, start, end);
    if (!parent) {
      if (blank) return;
      if (!this.root) throw new SvgRejectedError('not-svg', 'it does not start with an element');
      throw new SvgRejectedError('malformed', 'text after the root element');
    }
    if (blank && !KEEPS_SPACE.has(localName(parent.name))) return;
    const text = decodeReferences(this.legal(this.text.slice(start, end)));
    parent.children.push({ kind: 'text', text, cdata: false });
  }

  private markup(lt: number): void {
    const { text } = this;
    if (text.startsWith('!--', lt + 1)) {
      this.pos = this.skipPast('-->', lt + 4, 'a comment');
    } else if (text.startsWith('![CDATA[', lt + 1)) {
      const end = this.skipPast(']]>', lt + 9, 'a CDATA section');
      const parent = this.stack[this.stack.length - 1];
      if (!parent) throw new SvgRejectedError('malformed', 'a CDATA section outside the root element');
      parent.children.push({ kind: 'text', text: this.legal(text.slice(lt + 9, end - 3)), cdata: true });
      this.pos = end;
    } else {
      const keyword = text.slice(lt + 2, lt + 9).toUpperCase();
      if (keyword === 'DOCTYPE') throw new SvgRejectedError('doctype');
      if (keyword.startsWith('ENTITY')) throw new SvgRejectedError('entity');
      throw new SvgRejectedError('malformed', 'an unknown "<!" declaration');
    }
  }

  private skipPast(terminator: string, from: number, what: string): number {
    const end = this.text.indexOf(terminator, from);
    if (end < 0) throw new SvgRejectedError('malformed', `${what} is never closed`);
    return end + terminator.length;
  }

  private openTag(lt: number): void {
    const tag = parseOpenTag(this.text, lt, this.strip);
    if (++this.count > this.limits.maxElements) {
      throw new SvgRejectedError('too-many-elements', `more than ${this.limits.maxElements}`);
    }
    if (this.stack.length >= this.limits.maxDepth) {
      throw new SvgRejectedError('too-deep', `more than ${this.limits.maxDepth} levels`);
    }
    const element = createElement(tag.name, tag.attrs);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(element);
    else this.setRoot(element);
    if (!tag.selfClosing) this.stack.push(element);
    this.pos = tag.end;
  }

  private setRoot(element: SvgElement): void {
    if (this.root) throw new SvgRejectedError('malformed', 'more than one root element');
    if (localName(element.name) !== 'svg') {
      throw new SvgRejectedError('not-svg', `its root element is <${element.name}>`);
    }
    this.root = element;
  }

  private closeTag(lt: number): void {
    const nameEnd = readName(this.text, lt + 2);
    const name = this.text.slice(lt + 2, nameEnd);
    const end = skipSpace(this.text, nameEnd);
    if (nameEnd === lt + 2 || this.text.charCodeAt(end) !== 62 /* > */) {
      throw new SvgRejectedError('malformed', 'a bad closing tag');
    }
    const open = this.stack.pop();
    if (!open) throw new SvgRejectedError('malformed', `</${name}> closes nothing`);
    if (open.name !== name) throw new SvgRejectedError('malformed', `</${name}> closes <${open.name}>`);
    this.pos = end + 1;
  }
}
