/** Options of the SVG pipeline, applied in this order: background, fit, recolour, simplify. */
export interface CleanSvgOptions {
  /** Output width/height attributes (the requested size); the viewBox is kept or made. */
  readonly width?: number;
  readonly height?: number;
  readonly removeBackground?: boolean;
  /** Crop to the drawing's bounds and fit it in a square of `size` with `padding` (icons). */
  readonly fit?: { readonly size: number; readonly padding: number };
  readonly recolor?:
    | { readonly mode: 'palette'; readonly palette: readonly string[] }
    | { readonly mode: 'mono'; readonly color: string };
  readonly simplify?: boolean;
  readonly limits?: Partial<SvgLimits>;
}

export interface SvgLimits {
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxElements: number;
}

export interface CleanSvgReport {
  /** The output's width and height in px (its root's), so a caller lays it out without parsing it again. */
  readonly size: { readonly width: number; readonly height: number };
  readonly bytesIn: number;
  readonly bytesOut: number;
  /** Distinct colours found in the input, "#rrggbb". */
  readonly colors: readonly string[];
  /**
   * Element and attribute names removed by sanitising, with counts. Keys: an element ("script"), an
   * attribute as "@name" ("@onclick"), CSS as "css:name" ("css:@import", "css:behavior"), "cdata".
   */
  readonly removed: Readonly<Record<string, number>>;
  readonly backgroundRemoved: boolean;
  readonly elementsIn: number;
  readonly elementsOut: number;
}

export interface CleanSvgResult {
  readonly svg: string;
  readonly report: CleanSvgReport;
}

export type SvgRejection =
  'too-large' | 'doctype' | 'entity' | 'not-svg' | 'too-deep' | 'too-many-elements' | 'malformed';
