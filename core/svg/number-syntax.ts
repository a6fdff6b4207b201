/**
 * The number syntax of SVG attributes and CSS: a sign, digits with an optional fraction (or a fraction
 * alone), an optional exponent. Written so no two quantifiers compete for the same digits
 * (`\d+\.?\d*` does, and backtracks quadratically over a long digit run that is not a number).
 */
export const NUMBER_SOURCE = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';

const WHOLE = new RegExp(`^${NUMBER_SOURCE}$`);

/** Whether the text (already trimmed) is exactly one number. */
export function isNumberText(text: string): boolean {
  return WHOLE.test(text);
}

/** A new global matcher of numbers (each caller its own, so lastIndex is never shared). */
export function numberMatcher(): RegExp {
  return new RegExp(NUMBER_SOURCE, 'g');
}

/** Every number in the text, in order. */
export function numbersIn(text: string): number[] {
  return text.match(numberMatcher())?.map(Number) ?? [];
}
