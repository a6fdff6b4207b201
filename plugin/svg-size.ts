/**
 * The drawn size of an SVG from its root element (width/height, else the
 * viewBox), used to lay simultaneous results side by side before the host
 * has made the node.
 */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return undefined;
  const width = lengthOf(attribute(root, 'width'));
  const height = lengthOf(attribute(root, 'height'));
  if (width && height) return { width, height };
  const box = attribute(root, 'viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box && box.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! };
  return undefined;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? (match[2] ?? match[3]) : undefined;
}

function lengthOf(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value);
  const n = match ? Number(match[1]) : NaN;
  return n > 0 ? n : undefined;
}
