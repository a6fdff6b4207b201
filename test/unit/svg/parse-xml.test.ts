import { describe, expect, it } from 'vitest';
import { DEFAULT_SVG_LIMITS } from '../../../core/svg/limits';
import { parseXml } from '../../../core/svg/parse-xml';
import type { SvgElement } from '../../../core/svg/tree';

const parse = (text: string): SvgElement => parseXml(text, DEFAULT_SVG_LIMITS).root;

describe('parseXml', () => {
  it('builds the tree with attributes in order, both quote styles and ">" inside values', () => {
    const root = parse(
      `\ufeff<?xml version="1.0"?>\n<svg a="1" b='two' c="x > y"><g id="g"><rect/></g></svg>\n`,
    );
    expect(root.name).toBe('svg');
    expect([...root.attrs]).toEqual([
      ['a', '1'],
      ['b', 'two'],
      ['c', 'x > y'],
    ]);
    const group = root.children[0] as SvgElement;
    expect(group.attrs.get('id')).toBe('g');
    expect((group.children[0] as SvgElement).name).toBe('rect');
  });

  it('decodes the predefined and numeric references', () => {
    const root = parse('<svg t="&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;"><text>a &amp; b</text></svg>');
    expect(root.attrs.get('t')).toBe(`<>&"'AB😀`);
    const text = root.children[0] as SvgElement;
    expect(text.children).toEqual([{ kind: 'text', text: 'a & b', cdata: false }]);
  });

  it('keeps whitespace only where text is drawn, and CDATA as marked text', () => {
    const root = parse(
      '<svg>\n  <text> <tspan>a</tspan> <tspan>b</tspan></text>\n  <style><![CDATA[a{b:c}]]></style></svg>',
    );
    expect(root.children).toHaveLength(2);
    const text = root.children[0] as SvgElement;
    expect(text.children.map((child) => (child.kind === 'text' ? child.text : child.name))).toEqual([
      ' ',
      'tspan',
      ' ',
      'tspan',
    ]);
    expect((root.children[1] as SvgElement).children).toEqual([
      { kind: 'text', text: 'a{b:c}', cdata: true },
    ]);
  });

  it('tolerates a namespace prefix on the root and drops comments and instructions', () => {
    const root = parse(
      '<!-- a --><svg:svg xmlns:svg="http://www.w3.org/2000/svg"><?pi x?><!-- b --><svg:g/></svg:svg>',
    );
    expect(root.name).toBe('svg:svg');
    expect(root.children.map((child) => child.kind === 'element' && child.name)).toEqual(['svg:g']);
  });

  it('counts every element', () => {
    expect(parseXml('<svg><g><rect/><rect/></g><path/></svg>', DEFAULT_SVG_LIMITS).elementCount).toBe(5);
  });

  it('parses a document of 100 000 elements', () => {
    const paths = '<path d="M0 0h1v1z" fill="red"/>'.repeat(100_000);
    const big = `<svg>${paths}</svg>`;
    const result = parseXml(big, { ...DEFAULT_SVG_LIMITS, maxElements: 200_000 });
    expect(result.elementCount).toBe(100_001);
  });
});
