/** What the sanitiser keeps: elements and attributes that draw, nothing that runs or fetches. */

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** SVG elements kept (local names, case-sensitive as in SVG). `a` is unwrapped into `g`. */
export const ALLOWED_ELEMENTS = words(`
  svg g path rect circle ellipse line polyline polygon defs use symbol
  linearGradient radialGradient stop clipPath mask pattern marker
  text tspan textPath style
  filter feBlend feColorMatrix feComponentTransfer feFuncR feFuncG feFuncB feFuncA feComposite
  feDropShadow feFlood feGaussianBlur feMerge feMergeNode feMorphology feOffset
`);

/** Presentation properties: allowed as attributes and as CSS declarations. */
export const ALLOWED_PROPERTIES = words(`
  fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin stroke-miterlimit
  stroke-dasharray stroke-dashoffset stroke-opacity opacity color stop-color stop-opacity
  clip-path clip-rule mask display visibility overflow paint-order vector-effect shape-rendering
  mix-blend-mode isolation filter flood-color flood-opacity lighting-color
  marker marker-start marker-mid marker-end color-interpolation color-interpolation-filters
  font font-family font-size font-weight font-style font-variant font-stretch font-size-adjust
  text-anchor dominant-baseline alignment-baseline baseline-shift letter-spacing word-spacing
  text-decoration writing-mode direction white-space text-rendering line-height
  transform transform-origin transform-box
`);

/** Geometry and structure attributes (not CSS properties). href is checked separately. */
const GEOMETRY_ATTRIBUTES = words(`
  id class style viewBox preserveAspectRatio width height x y x1 y1 x2 y2 cx cy r rx ry fx fy fr
  d points pathLength offset gradientUnits gradientTransform spreadMethod
  patternUnits patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits
  markerWidth markerHeight markerUnits refX refY orient
  dx dy rotate textLength lengthAdjust startOffset method spacing side
  filterUnits primitiveUnits stdDeviation in in2 result operator k1 k2 k3 k4 values type mode
  radius tableValues slope intercept amplitude exponent edgeMode
  xml:space version baseProfile
`);

/** Attributes that hold a reference; kept only when it points inside the document. */
export const HREF_ATTRIBUTES = new Set(['href', 'xlink:href']);

export function isAllowedAttribute(name: string): boolean {
  return ALLOWED_PROPERTIES.has(name) || GEOMETRY_ATTRIBUTES.has(name) || HREF_ATTRIBUTES.has(name);
}
