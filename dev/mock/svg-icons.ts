/**
 * The mock vectoriser's icons: a prompt shaped like a set's ("<subject> icon,
 * <style>", core/sets/prompt-template.ts) gets a simple icon of that subject
 * in one or two colours on a full-canvas background rectangle (what a real
 * vectoriser leaves, so background removal matters). The drawing follows the
 * subject, the colours follow the rest of the prompt (the set's shared
 * style), so one set's icons differ in drawing and agree in colour. "solid",
 * "filled" or "glyph" in the prompt fills closed shapes; otherwise outlines.
 */
import { toHex, paletteFor } from './palette';
import { randomFor } from './seed';
import { knownGlyph, seededGlyph, type Glyph, type GlyphPart } from './icon-glyphs';
import { num, rect } from './svg-shapes';

/**
 * The subject of a set-shaped prompt: its first clause is "<subject> icon". A clause starting with an
 * article ("a red fox icon") is a sentence describing a picture, and keeps the scene art.
 */
export function iconSubject(prompt: string): string | undefined {
  const match = /^\s*(?!(?:a|an|the)\s)([^,]*?\S)\s+icon\s*(?:,|$)/i.exec(prompt);
  return match?.[1];
}

/** Share of the canvas' shorter side the 24-unit grid takes: icons come with a margin. */
const GRID_SHARE = 0.72;

function partElement(part: GlyphPart, solid: boolean, ink: string, accent: string): string {
  const colour = part.accent ? accent : ink;
  if (solid && part.closed) return `<path d="${part.d}" fill="${colour}"/>`;
  return (
    `<path d="${part.d}" fill="none" stroke="${colour}" stroke-width="2" ` +
    `stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

export function svgIcon(prompt: string, subject: string, width: number, height: number): string {
  const style = prompt.replace(subject, '').trim().toLowerCase();
  const palette = paletteFor(randomFor(`icon style: ${style}`));
  const glyph: Glyph = knownGlyph(subject) ?? seededGlyph(randomFor(`icon: ${subject}`));
  const solid = /\b(solid|filled|glyph)\b/i.test(style);
  const scale = (Math.min(width, height) * GRID_SHARE) / 24;
  const origin = { x: width / 2 - 12 * scale, y: height / 2 - 12 * scale };
  const ink = toHex(palette.ink);
  const accent = toHex(palette.accents[0]!);
  const parts = glyph.map((part) => partElement(part, solid, ink, accent)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}">` +
    rect(0, 0, width, height, palette.background) +
    `<g transform="translate(${num(origin.x)} ${num(origin.y)}) scale(${scale.toFixed(4)})">${parts}</g>` +
    '</svg>'
  );
}
