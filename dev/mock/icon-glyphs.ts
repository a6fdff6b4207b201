/**
 * The mock's icon drawings, on a 24-unit grid as icon systems draw them: a
 * hand-drawn glyph for common subjects (the twelve and a few of
 * known outline, round, square, portrait and landscape shape, which the
 * optical fit can be checked against), and for any other subject a frame
 * and a mark picked by the subject's seed. Each part is a path; `accent`
 * parts take the second colour.
 */
import type { Random } from './seed';
import { num, starPoints, type Point } from './svg-shapes';

export interface GlyphPart {
  readonly d: string;
  /** A closed outline: filled in a solid style; open parts are always stroked. */
  readonly closed: boolean;
  readonly accent?: boolean;
}

export type Glyph = readonly GlyphPart[];

const shape = (d: string, accent = false): GlyphPart => ({ d, closed: true, accent });
const line = (d: string, accent = false): GlyphPart => ({ d, closed: false, accent });

const circleD = (cx: number, cy: number, r: number): string =>
  `M${num(cx - r)} ${num(cy)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0z`;

function rectD(x: number, y: number, w: number, h: number, r = 0): string {
  if (r <= 0) return `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}z`;
  const arc = (dx: number, dy: number) => `a${num(r)} ${num(r)} 0 0 1 ${num(dx)} ${num(dy)}`;
  return (
    `M${num(x + r)} ${num(y)}h${num(w - 2 * r)}${arc(r, r)}v${num(h - 2 * r)}${arc(-r, r)}` +
    `h${num(-(w - 2 * r))}${arc(-r, -r)}v${num(-(h - 2 * r))}${arc(r, -r)}z`
  );
}

const pointsD = (points: readonly Point[]): string =>
  'M' + points.map((p) => `${num(p.x)} ${num(p.y)}`).join('L') + 'z';

const CENTRE: Point = { x: 12, y: 12 };

/** A cog: `teeth` flat-topped teeth around the centre. */
function gearD(teeth: number, outer: number, inner: number): string {
  const points: Point[] = [];
  for (let i = 0; i < teeth * 4; i++) {
    const angle = ((i - 0.5) / (teeth * 4)) * Math.PI * 2;
    const radius = i % 4 < 2 ? outer : inner;
    points.push({ x: 12 + radius * Math.cos(angle), y: 12 + radius * Math.sin(angle) });
  }
  return pointsD(points);
}

/** Known subjects: the words that name them, and their drawing. */
const KNOWN: readonly (readonly [RegExp, Glyph])[] = [
  [/\b(home|house)\b/, [shape('M4 10.5 12 4l8 6.5V20H4z'), shape('M10 20v-5h4v5z', true)]],
  [/\b(search|magnif\w*|find)\b/, [shape(circleD(10.5, 10.5, 6.5)), line('M15.5 15.5l5 5', true)]],
  [
    /\b(user|person|profile|account|avatar)\b/,
    [shape(circleD(12, 8, 4)), shape('M4.5 20.5a7.5 7.5 0 0 1 15 0z', true)],
  ],
  [/\b(settings?|gear|cog|preferences)\b/, [shape(gearD(8, 9.5, 7.5)), shape(circleD(12, 12, 3), true)]],
  [
    /\b(bell|notifications?|alert|alarm)\b/,
    [shape('M6 17v-6a6 6 0 0 1 12 0v6l1.5 1.5h-15z'), line('M10 21h4', true)],
  ],
  [
    /\b(heart|like|love|favou?rite)\b/,
    [shape('M12 20.5S3.5 15.5 3.5 9.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8.5 2.5c0 6-8.5 11-8.5 11z')],
  ],
  [
    /\b(cart|basket|shopping)\b/,
    [
      line('M2.5 4h3l2.4 11h10.6l2-8H6.8'),
      shape(circleD(9.5, 19, 1.5), true),
      shape(circleD(17, 19, 1.5), true),
    ],
  ],
  [
    /\b(mail|email|envelope|inbox|letter)\b/,
    [shape(rectD(3, 5.5, 18, 13, 2)), line('M3.5 7l8.5 6 8.5-6', true)],
  ],
  [
    /\b(calendar|date|schedule|event)\b/,
    [shape(rectD(3.5, 5, 17, 16, 2)), line('M3.5 10h17'), line('M8 3v4M16 3v4', true)],
  ],
  [/\b(camera|photo)\b/, [shape('M3 8.5h4l2-3h6l2 3h4V19H3z'), shape(circleD(12, 13, 3.5), true)]],
  [
    /\b(lock|padlock|secure|security|password)\b/,
    [shape(rectD(5, 11, 14, 10, 2)), line('M8 11V7.5a4 4 0 0 1 8 0V11'), shape(circleD(12, 16, 1.2), true)],
  ],
  [
    /\b(trash|bin|delete|remove|garbage)\b/,
    [
      line('M4 6.5h16'),
      shape('M6 6.5h12l-1 14H7z'),
      line('M9.5 6.5V4h5v2.5'),
      line('M10 10.5v6M14 10.5v6', true),
    ],
  ],
  [/\b(star|rating)\b/, [shape(pointsD(starPoints(CENTRE, 9.5, 4, 5)))]],
  [/\b(circle|dot|round)\b/, [shape(circleD(12, 12, 9.5))]],
  [/\b(square|box|stop)\b/, [shape(rectD(3, 3, 18, 18))]],
  [/\b(plus|add|new)\b/, [line('M12 4v16M4 12h16')]],
  [/\b(check|done|tick|ok)\b/, [line('M4 12.5l5 5L20 6.5')]],
  [/\b(close|cross|cancel|x)\b/, [line('M5 5l14 14M19 5 5 19')]],
  [/\b(arrow|next|forward)\b/, [line('M4 12h15'), line('M13 6l6 6-6 6', true)]],
  [/\b(download)\b/, [line('M12 3v12M7 10l5 5 5-5'), line('M4 17v3h16v-3', true)]],
  [/\b(upload)\b/, [line('M12 15V3M7 8l5-5 5 5'), line('M4 17v3h16v-3', true)]],
  [/\b(cloud|weather)\b/, [shape('M7 18.5a4.5 4.5 0 0 1-.5-9 6 6 0 0 1 11.5 1.5 3.75 3.75 0 0 1-.5 7.5z')]],
  [
    /\b(sun|light|brightness|day)\b/,
    [
      shape(circleD(12, 12, 4.5)),
      line(
        'M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8',
        true,
      ),
    ],
  ],
  [/\b(moon|night|dark)\b/, [shape('M20 14.5A8.5 8.5 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z')]],
  [
    /\b(folder|directory)\b/,
    [
      shape(
        'M3 6.5A1.5 1.5 0 0 1 4.5 5H9l2 2.5h8.5A1.5 1.5 0 0 1 21 9v9.5a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18.5z',
      ),
    ],
  ],
  [/\b(file|document|page|doc)\b/, [shape('M6 3h8l4 4v14H6z'), line('M14 3v4h4', true)]],
  [
    /\b(image|picture|gallery)\b/,
    [
      shape(rectD(3, 4, 18, 16, 2)),
      line('M3.5 17l5-5 4 4 3-3 5 5', true),
      shape(circleD(16, 8.5, 1.5), true),
    ],
  ],
  [/\b(phone|mobile|smartphone)\b/, [shape(rectD(6.5, 2.5, 11, 19, 1.5)), line('M11 18.5h2', true)]],
  [/\b(chat|message|comment|speech)\b/, [shape('M4 5h16v11H9l-5 4z')]],
  [/\b(clock|time|watch|history)\b/, [shape(circleD(12, 12, 9)), line('M12 7v5l3.5 2', true)]],
  [/\b(play|video|start)\b/, [shape('M7 4.5v15l12-7.5z')]],
  [
    /\b(pin|map|location|place|marker)\b/,
    [shape('M12 21.5s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12z'), shape(circleD(12, 9.5, 2.5), true)],
  ],
  [
    /\b(link|chain|url)\b/,
    [
      line('M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1.2 1.2'),
      line('M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1.2-1.2', true),
    ],
  ],
  [
    /\b(share|network)\b/,
    [
      shape(circleD(18, 5, 2.5)),
      shape(circleD(6, 12, 2.5)),
      shape(circleD(18, 19, 2.5)),
      line('M8.2 10.8l7.6-4.6M8.2 13.2l7.6 4.6', true),
    ],
  ],
  [
    /\b(battery|power)\b/,
    [shape(rectD(2.5, 7, 17, 10, 2)), line('M21.5 10.5v3'), shape(rectD(5, 9.5, 8, 5, 0.5), true)],
  ],
  [/\b(card|credit|payment|wallet)\b/, [shape(rectD(2.5, 5.5, 19, 13, 2)), line('M2.5 10h19', true)]],
  [/\b(bookmark|save|ribbon)\b/, [shape('M6.5 3h11v18l-5.5-4-5.5 4z')]],
];

/** The drawing of a known subject, or undefined. */
export function knownGlyph(subject: string): Glyph | undefined {
  const words = subject.toLowerCase();
  return KNOWN.find(([pattern]) => pattern.test(words))?.[1];
}

type Frame = (random: Random) => string;

const FRAMES: readonly Frame[] = [
  () => circleD(12, 12, 9.5),
  (random) => rectD(2.5, 2.5, 19, 19, random.range(2, 5)),
  (random) => pointsD(starPoints(CENTRE, 10, 10, 3, random.pick([0, Math.PI / 6]))),
  () => 'M12 2.5 20 5.5v6c0 5-3.5 8.5-8 10-4.5-1.5-8-5-8-10v-6z',
  () => pointsD(starPoints(CENTRE, 10, 10, 2, 0)),
  (random) => rectD(4.5, 2.5, 15, 19, random.range(1, 3)),
  (random) => rectD(2.5, 5.5, 19, 13, random.range(1, 3)),
];

type Mark = (random: Random) => GlyphPart;

const MARKS: readonly Mark[] = [
  (random) => shape(circleD(12, 12, random.range(1.5, 3.5)), true),
  (random) => line(`M12 ${num(12 - random.range(3, 5))}v${num(2 * random.range(3, 5))}M8 12h8`, true),
  (random) => {
    const bars = random.int(2, 5);
    const d = Array.from({ length: bars }, (_, i) => {
      const x = 12 + (i - (bars - 1) / 2) * 3;
      const h = random.range(3, 8);
      return `M${num(x)} ${num(16)}v${num(-h)}`;
    }).join('');
    return line(d, true);
  },
  (random) => line(random.pick(['M8 10l4 4 4-4', 'M10 8l4 4-4 4', 'M8 14l4-4 4 4']), true),
  (random) => line(circleD(12, 12, random.range(3, 5)), true),
  (random) => shape(pointsD(starPoints(CENTRE, 5, random.range(2, 3.5), random.int(3, 8))), true),
  () => line('M7 12q2.5-3 5 0t5 0', true),
  (random) => shape(pointsD(starPoints(CENTRE, 4.5, 4.5, 3, random.pick([-Math.PI / 2, Math.PI / 2]))), true),
];

/** A drawing for any other subject: a frame and a mark, both picked (and shaped) by its seed. */
export function seededGlyph(random: Random): Glyph {
  const frame = random.pick(FRAMES)(random);
  return [shape(frame), random.pick(MARKS)(random)];
}
