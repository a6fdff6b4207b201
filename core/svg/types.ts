import type { KeylineChoice } from './keyline';

/** Options of the SVG pipeline, applied in this order: background, fit, recolour, simplify. */
export interface CleanSvgOptions {
  /** Output width/height attributes (the requested size); the viewBox is kept or made. */
  readonly width?: number;
  readonly height?: number;
  readonly removeBackground?: boolean;
  /**
   * Crop to the drawing and fit it in a square of `size` with `padding` (icons): by its keyline shape
   * (keyline.ts) unless `optical` is false, then by its bounding box alone.
   */
  readonly fit?: { readonly size: number; readonly padding: number; readonly optical?: boolean };
  readonly recolor?:
    | { readonly mode: 'palette'; readonly palette: readonly string[] }
    | { readonly mode: 'mono'; readonly color: string };
  readonly simplify?: boolean;
  readonly limits?: Partial<SvgLimits>;
}

/** Budgets of the pipeline (values in limits.ts); each ends in a rejection, never in a hang. */
export interface SvgLimits {
  /** Input size in UTF-8 bytes ('too-large'). */
  readonly maxBytes: number;
  /** Nesting, also through references: a <use> chain counts its hops ('too-deep'). */
  readonly maxDepth: number;
  /** Elements in the file ('too-many-elements'). */
  readonly maxElements: number;
  /**
   * Elements a renderer instantiates once every reference is expanded (use, clip-path, mask, marker,
   * fill/stroke paint servers, filter, href templates): the "billion laughs" of SVG ('too-many-elements').
   */
  readonly maxExpandedElements: number;
  /** Characters of attributes and text read by such a full expansion: one long path used 10 000 times ('too-large'). */
  readonly maxExpandedChars: number;
  /** Element visits by the stages that follow references (checks, bounds, simplify): a backstop ('too-many-elements'). */
  readonly maxVisits: number;
  /** References followed by those stages, stylesheet rules tried on elements included ('too-many-elements'). */
  readonly maxReferencesFollowed: number;
}

interface CleanSvgReport {
  /** The output's width and height in px (its root's), so a caller lays it out without parsing it again. */
  readonly size: { readonly width: number; readonly height: number };
  readonly bytesIn: number;
  readonly bytesOut: number;
  /** Distinct colours found in the input, "#rrggbb". */
  readonly colors: readonly string[];
  /**
   * Element and attribute names removed by sanitising, with counts. Keys: an element ("script", or a "use"
   * closing a reference cycle), an attribute as "@name" ("@onclick", a duplicate "@id"), CSS as "css:name"
   * ("css:@import", "css:behavior", "css:selector"), "cdata", and an element dropped for a number that is not
   * finite or is out of range as "number:name" ("number:path").
   */
  readonly removed: Readonly<Record<string, number>>;
  readonly backgroundRemoved: boolean;
  /** With an optical fit: the keyline the drawing was fitted to, and the measures that chose it. */
  readonly keyline?: KeylineChoice;
  readonly elementsIn: number;
  readonly elementsOut: number;
  /** Work done by the stages that follow references, bounded by the limits' maxVisits and maxReferencesFollowed. */
  readonly work: { readonly elementsVisited: number; readonly referencesFollowed: number };
}

export interface CleanSvgResult {
  readonly svg: string;
  readonly report: CleanSvgReport;
}

export type SvgRejection =
  'too-large' | 'doctype' | 'entity' | 'not-svg' | 'too-deep' | 'too-many-elements' | 'malformed';
