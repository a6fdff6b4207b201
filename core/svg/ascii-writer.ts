import { pow10 } from './number-format';

/**
 * Builds ASCII text (path data) in a reusable byte buffer: numbers are
 * written digit by digit, so formatting thousands of paths creates one
 * string per path instead of several per number.
 */
export class AsciiWriter {
  private static shared = new Uint8Array(1 << 16);
  private buffer = AsciiWriter.shared;
  private length = 0;

  reset(): void {
    this.length = 0;
  }

  byte(code: number): void {
    if (this.length === this.buffer.length) this.grow();
    this.buffer[this.length++] = code;
  }

  text(text: string): void {
    for (let i = 0; i < text.length; i++) this.byte(text.charCodeAt(i));
  }

  /** A non-negative integer below 2^53. */
  integer(value: number): void {
    if (value < 10) return this.byte(48 + value);
    const digits = digitCount(value);
    if (this.length + digits > this.buffer.length) this.grow();
    const { buffer } = this;
    let rest = value;
    for (let at = this.length + digits - 1; at >= this.length; at--) {
      const next = Math.floor(rest / 10);
      buffer[at] = 48 + rest - next * 10;
      rest = next;
    }
    this.length += digits;
  }

  /**
   * `scaled / 10^decimals` for an integer `scaled` (|scaled| < 2^53): no
   * leading zero, no trailing zeros, no "-0". Returns whether a decimal
   * point was written (the next ".5" may then follow without a space).
   */
  scaled(scaled: number, decimals: number): boolean {
    if (scaled < 0) this.byte(45 /* - */);
    const magnitude = scaled < 0 ? -scaled : scaled;
    const factor = pow10(decimals);
    const whole = Math.floor(magnitude / factor);
    let fraction = magnitude - whole * factor;
    if (fraction === 0) {
      this.integer(whole);
      return false;
    }
    let places = decimals;
    while (fraction % 10 === 0) {
      fraction /= 10;
      places--;
    }
    if (whole !== 0) this.integer(whole);
    this.byte(46 /* . */);
    for (let digits = digitCount(fraction); digits < places; digits++) this.byte(48);
    this.integer(fraction);
    return true;
  }

  toString(): string {
    let out = '';
    for (let start = 0; start < this.length; start += 8192) {
      const chunk = this.buffer.subarray(start, Math.min(this.length, start + 8192));
      out += String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
    return out;
  }

  private grow(): void {
    const bigger = new Uint8Array(this.buffer.length * 2);
    bigger.set(this.buffer);
    this.buffer = bigger;
    AsciiWriter.shared = bigger;
  }
}

function digitCount(value: number): number {
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  return digits;
}
