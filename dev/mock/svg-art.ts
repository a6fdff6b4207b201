/**
 * The mock vectoriser: a real, deterministic SVG for a prompt. Like real
 * vectorisers it starts with a full-canvas background shape, then the
 * drawing in flat colours. A few keywords pick a fitting scene so a person
 * trying the playground sees something sensible; an icon prompt ("bell
 * icon, outline") gets an icon of its subject (svg-icons.ts).
 */
import { paletteFor } from './palette';
import { randomFor, type Random } from './seed';
import { abstract, badge, flower } from './svg-emblems';
import { house, landscape, type Canvas, type Motif } from './svg-motifs';
import { svgIcon, iconSubject } from './svg-icons';
import { circle, polygon, rect, starPoints } from './svg-shapes';

const KEYWORDS: readonly (readonly [RegExp, Motif])[] = [
  [/mountain|landscape|hill|sunset|sunrise|sky|valley|nature|outdoor|camp/i, landscape],
  [/flower|leaf|plant|garden|rose|tulip|botanic|bloom|tree/i, flower],
  [/star|badge|logo|award|medal|shield|emblem|seal/i, badge],
  [/house|home|building|city|shop|store|cabin|village/i, house],
];

const ALL_MOTIFS: readonly Motif[] = [landscape, flower, badge, house, abstract];

function motifFor(prompt: string, random: Random): Motif {
  const match = KEYWORDS.find(([pattern]) => pattern.test(prompt));
  const fallback = random.pick(ALL_MOTIFS);
  return match ? match[1] : fallback;
}

/** Small four-pointed sparkles and dots around the edges, placed by the seed. */
function decorations(canvas: Canvas): string[] {
  const { width: w, height: h, side: s, random, palette } = canvas;
  const elements: string[] = [];
  const count = random.int(2, 5);
  for (let i = 0; i < count; i++) {
    const edge = {
      x: w * random.pick([random.range(0.06, 0.2), random.range(0.8, 0.94)]),
      y: h * random.range(0.08, 0.9),
    };
    const size = s * random.range(0.02, 0.04);
    elements.push(
      i % 2 === 0
        ? polygon(starPoints(edge, size, size * 0.3, 4), palette.accents[i % palette.accents.length]!)
        : circle(edge, size * 0.6, palette.ink, 0.6),
    );
  }
  return elements;
}

export function svgArt(prompt: string, width: number, height: number): string {
  const subject = iconSubject(prompt);
  if (subject !== undefined) return svgIcon(prompt, subject, width, height);
  const random = randomFor(prompt);
  const palette = paletteFor(random);
  const motif = motifFor(prompt, random);
  const canvas: Canvas = {
    width,
    height,
    side: Math.min(width, height),
    centre: { x: width / 2, y: height / 2 },
    random,
    palette,
  };
  const body = [rect(0, 0, width, height, palette.background), ...motif(canvas), ...decorations(canvas)];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}">` +
    body.join('') +
    '</svg>'
  );
}
