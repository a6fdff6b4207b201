import { SvgRejectedError } from './errors';
import { AsciiWriter } from './ascii-writer';
import { pow10, shortNumber } from './number-format';

/**
 * Compact number-list text (path data): a separator only where the next
 * number's own "-" or "." (after a number with a point) cannot stand in.
 */
export class NumberList {
  private readonly writer = new AsciiWriter();
  private afterNumber = false;
  private lastHadDot = false;

  reset(): void {
    this.writer.reset();
    this.afterNumber = false;
  }

  letter(code: number): void {
    this.writer.byte(code);
    this.afterNumber = false;
  }

  /** Writes `value` rounded to `decimals` (exact when undefined); returns the number written. */
  number(value: number, decimals: number | undefined): number {
    // Inputs are checked to be finite (finite-numbers.ts), so this never throws: if it did, the digit
    // writer would write NUL bytes for NaN and loop forever on Infinity.
    if (!isFinite(value))
      throw new SvgRejectedError('too-large', 'path data computed to a non-finite number');
    if (decimals === undefined) {
      this.text(shortNumber(value));
      return value;
    }
    const factor = pow10(decimals);
    const scaled = Math.round(value * factor);
    if (Math.abs(scaled) >= 9e15) {
      this.text(shortNumber(scaled / factor));
    } else {
      this.separate(scaled < 0, scaled !== 0 && Math.abs(scaled) < factor);
      this.lastHadDot = this.writer.scaled(scaled, decimals);
    }
    return scaled / factor;
  }

  text(next: string): void {
    const first = next.charCodeAt(0);
    this.separate(first === 45 /* - */, first === 46 /* . */);
    this.writer.text(next);
    this.lastHadDot = next.indexOf('.') >= 0 && next.indexOf('e') < 0;
  }

  toString(): string {
    return this.writer.toString();
  }

  private separate(negative: boolean, startsWithDot: boolean): void {
    if (this.afterNumber && !negative && !(startsWithDot && this.lastHadDot)) this.writer.byte(32);
    this.afterNumber = true;
  }
}
