import { removeBackground } from './background';
import { SvgRejectedError } from './errors';
import { dropBadNumbers } from './finite-numbers';
import { fitToSquare } from './fit';
import { parseLength, type ViewBox } from './length';
import { resolveLimits } from './limits';
import { normalise } from './normalise';
import { parseXml } from './parse-xml';
import { collectColors, recolor } from './recolor';
import { checkReferences } from './reference-check';
import { checkRootGeometry } from './root-geometry';
import { sanitise, type RemovedCounts } from './sanitise';
import { serialise } from './serialise';
import { simplify } from './simplify';
import { hasStylesheet } from './styles';
import { countElements, type SvgElement } from './tree';
import type { CleanSvgOptions, CleanSvgResult } from './types';
import { Work } from './work';
import { utf8Length } from '../bytes/utf8';

/**
 * The one SVG pipeline every result goes through before any canvas or
 * preview: strict parse, allowlist sanitising, finite numbers, a reference
 * graph without cycles or blow-ups, normalised viewBox and size, then the
 * designer's options in order (background, fit, recolour, simplify). Every
 * stage is linear in its input (or bounded by a budget of limits.ts), and
 * the output is well-formed XML with finite numbers. Throws
 * SvgRejectedError when the input is refused.
 *
 * @example
 *   const { svg, report } = cleanSvg(text, { width: 1024, height: 1024, removeBackground: true });
 */
export function cleanSvg(svg: string, options: CleanSvgOptions = {}): CleanSvgResult {
  const limits = resolveLimits(options.limits);
  const megabytes = `over the ${formatMegabytes(limits.maxBytes)} limit`;
  if (svg.length > limits.maxBytes) throw new SvgRejectedError('too-large', megabytes);
  const bytesIn = utf8Length(svg);
  if (bytesIn > limits.maxBytes) throw new SvgRejectedError('too-large', megabytes);
  const parsed = parseXml(svg, limits);
  const removed: RemovedCounts = {};
  const count = (key: string): void => {
    removed[key] = (removed[key] ?? 0) + 1;
  };
  const work = new Work(limits);
  const root = sanitise(parsed.root, removed);
  dropBadNumbers(root, count);
  checkReferences(root, work, count);
  const colors = collectColors(root);
  let view = normalise(root, { width: options.width, height: options.height }, work);
  const stylesheet = hasStylesheet(root);
  const backgroundRemoved =
    options.removeBackground === true && removeBackground(root, view, stylesheet, work);
  const fitted = options.fit ? fitToSquare(root, view, options.fit, work) : undefined;
  if (fitted) view = fitted.view;
  if (options.recolor) recolor(root, options.recolor);
  if (options.simplify) simplify(root, view, stylesheet, work, options.fit !== undefined);
  checkRootGeometry(root);
  const out = serialise(root);
  return {
    svg: out,
    report: {
      size: outputSize(root, view),
      bytesIn,
      bytesOut: utf8Length(out),
      colors,
      removed,
      backgroundRemoved,
      ...(fitted?.keyline ? { keyline: fitted.keyline } : {}),
      elementsIn: parsed.elementCount,
      elementsOut: countElements(root),
      work: { elementsVisited: work.elementsVisited, referencesFollowed: work.referencesFollowed },
    },
  };
}

/** The root's width and height as normalise (or fit) left them: what the canvas will draw. */
function outputSize(root: SvgElement, view: ViewBox): { width: number; height: number } {
  return {
    width: parseLength(root.attrs.get('width')) ?? view.width,
    height: parseLength(root.attrs.get('height')) ?? view.height,
  };
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
