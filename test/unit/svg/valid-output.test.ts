import { describe, expect, it } from 'vitest';
import { cleanSvg } from '../../../core/svg/clean-svg';
import { DEFAULT_SVG_LIMITS } from '../../../core/svg/limits';
import { parseXml } from '../../../core/svg/parse-xml';
import type { SvgElement } from '../../../core/svg/tree';
import { seededRandom } from '../../../dev/seeded-random';
import { ALL_OPTIONS, NS, randomBadNumber, randomIllegalChars, wrap } from './fixtures/adversarial';
import { elements, reparse } from './fixtures/inspect';
import { expectOutcome, expectWellFormed } from './fixtures/well-formed';

describe('characters XML forbids', () => {
  it('are dropped from text and attribute values, surrogate pairs kept', () => {
    const root = parseXml(
      `<svg ${NS} a="x\u0001y\ufffez"><text>a\u0000b\ud800c\udc00d\uffff😀</text><style><![CDATA[g{}\u0008]]></style></svg>`,
      DEFAULT_SVG_LIMITS,
    ).root;
    expect(root.attrs.get('a')).toBe('xyz');
    const [text, style] = root.children as SvgElement[];
    expect(text?.children).toEqual([{ kind: 'text', text: 'abcd😀', cdata: false }]);
    expect(style?.children).toEqual([{ kind: 'text', text: 'g{}', cdata: true }]);
  });

  it('still break the markup they stand in', () => {
    expectOutcome(wrap('<rect width="5"\u0001 height="5"/>'), 'malformed');
  });

  it('random characters in random places (seeded): never in the output', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      const sample = randomIllegalChars(random);
      expectOutcome(sample.svg, sample.expected, ALL_OPTIONS);
    }
  });
});

describe('entities', () => {
  it.each([
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
    'isPrototypeOf',
  ])('"&%s;" is an undeclared entity, not a member of Object.prototype', (name) => {
    expectOutcome(wrap(`<text>&${name};</text>`), 'entity');
    expectOutcome(wrap(`<rect width="5" height="5" fill="&${name};"/>`), 'entity');
  });

  it('the five XML entities and character references still decode', () => {
    const result = expectOutcome(wrap('<text>&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;</text>'), 'clean');
    expect(result?.svg).toContain("<text>&lt;&gt;&amp;&quot;'A😀</text>");
  });

  it('units and hues named like Object keys are unknown, not NaN', () => {
    const result = expectOutcome(
      wrap(
        '<rect width="5constructor" height="5" fill="hsl(1constructor,50%,50%)"/><rect width="1e999px" height="1"/>',
      ),
      'clean',
      ALL_OPTIONS,
    );
    expect(result?.report.colors).toEqual(['#bc4749']);
  });
});

describe('numbers', () => {
  it('on the root, an attribute with a bad number goes and the pipeline computes viewBox and size itself', () => {
    const result = expectOutcome(
      `<svg ${NS} viewBox="-Infinity -Infinity Infinity Infinity" width="1e400" height="10"><rect width="40" height="20"/></svg>`,
      'clean',
    );
    expect(result?.report.removed).toEqual({ '@viewBox': 1, '@width': 1 });
    const root = reparse(result?.svg ?? '');
    expect([root.attrs.get('viewBox'), root.attrs.get('width'), root.attrs.get('height')]).toEqual([
      '0 0 40 20',
      '20',
      '10',
    ]);
  });

  it('keywords that merely contain "nan" or "infinity" are not numbers', () => {
    const result = expectOutcome(
      wrap(
        '<filter id="f"><feColorMatrix type="luminanceToAlpha"/></filter><text x="1" y="9" font-family="Nano Infinity">a</text>' +
          '<rect width="5" height="5" fill="url(#financial)" filter="url(#f)" style="font-family:NaN Sans"/>',
      ),
      'clean',
    );
    expect(result?.report.removed).toEqual({});
  });

  it('hex colours are digits, not numbers: #0ea5e9 holds "5e9" and stays sky blue', () => {
    const result = expectOutcome(
      wrap('<rect width="5" height="5" fill="#0ea5e9" stroke="#1E9" style="color:#00e999"/>'),
      'clean',
    );
    expect(result?.report.removed).toEqual({});
    expect(result?.svg).toContain('#0ea5e9');
  });

  it('an element with a non-finite number goes, the rest stays', () => {
    const result = expectOutcome(
      wrap(
        '<path id="nan" d="M0 0LNaN NaN"/><path id="huge" d="M0 0L1e308 1e308"/><rect id="inf" width="Infinity" height="5"/>',
      ),
      'clean',
    );
    expect(elements(result?.svg ?? '').map((element) => element.attrs.get('id'))).toEqual([
      undefined,
      'keep',
    ]);
    expect(result?.report.removed).toEqual({ 'number:path': 2, 'number:rect': 1 });
  });

  it('an element whose transforms multiply past the bound goes (40 × scale(1e9) overflows to Infinity)', () => {
    const result = expectOutcome(
      wrap(`${'<g transform="scale(1e9)">'.repeat(40)}<path id="far" d="M0 0h1v1z"/>${'</g>'.repeat(40)}`),
      'clean',
      ALL_OPTIONS,
    );
    expect(elements(result?.svg ?? '').some((element) => element.attrs.get('id') === 'far')).toBe(false);
    expect(result?.report.removed['number:g']).toBe(1);
  });

  it('a computed viewBox past the bound refuses the file: the drawing is too large', () => {
    // Every number and every transform is in range, but the drawing spans 2e9 and the frame pads it.
    const svg = wrap('<path d="M-1e9 0H1e9"/><rect width="1" height="1e9"/>');
    expectOutcome(svg, 'clean');
    expectOutcome(svg, 'too-large', { fit: { size: 64, padding: 16 } });
    expect(() => cleanSvg(svg, { fit: { size: 64, padding: 16 } })).toThrow(
      'The SVG is too large: its viewBox would be "-2000000000 -1500000000 4000000000 4000000000", past ±1000000000 or empty',
    );
  });

  it('random bad numbers in random attributes (seeded): what holds one goes, the rest stays', () => {
    const random = seededRandom(9);
    for (let i = 0; i < 300; i++) {
      const sample = randomBadNumber(random);
      const result = expectOutcome(sample.svg, sample.expected, ALL_OPTIONS);
      expect(result?.report.removed[sample.dropped], sample.name).toBeGreaterThan(0);
      if (sample.svg.includes('id="keep"')) {
        expect(elements(result?.svg ?? '', ['rect']).some((rect) => rect.attrs.get('id') === 'keep')).toBe(
          true,
        );
      }
    }
  });
});

describe('stylesheets', () => {
  it('a CSS string holding </style><script> does not survive', () => {
    const result = expectOutcome(
      wrap('<style><![CDATA[rect{font-family:"</style><script>alert(1)</script>";fill:blue}]]></style>'),
      'clean',
    );
    expect(result?.svg).toContain('<style>rect{fill:blue}</style>');
    expect(result?.report.removed['css:font-family']).toBe(1);
  });

  it('keeps only rules whose every selector is made of SVG types, #ids and .classes', () => {
    const result = expectOutcome(
      wrap(
        '<style>html, body, * {display:none} :root{fill:red} body rect{fill:red} rect:hover{fill:red} [fill]{fill:red}' +
          ' a{fill:red} rect, div{fill:red} g *{fill:red} .cls-1{fill:red} rect.a#b > circle  +  path ~ g , svg text{stroke:blue}</style>',
      ),
      'clean',
    );
    expect(result?.svg).toContain(
      '<style>.cls-1{fill:red}rect.a#b &gt; circle + path ~ g,svg text{stroke:blue}</style>',
    );
    expect(result?.report.removed['css:selector']).toBe(8);
  });

  it('writes combinators spaced, so no "-->" or "]]>" can form in the sheet', () => {
    const result = expectOutcome(wrap('<style>.a-->circle{fill:red}.b]]>g{fill:red}</style>'), 'clean');
    expectWellFormed(result?.svg ?? '');
    expect(result?.svg).toContain('.a-- &gt; circle{fill:red}');
  });
});
