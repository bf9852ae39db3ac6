// What an attribute (or the property behind it) accepts. A page may write anything in an attribute:
// these say what is usable, and FriseElement.attribute() falls back to the default for the rest and
// tells the page once, never throwing nor drawing with a value that would break the layout.
import {clip} from '../../model/text.js';

/** Takes a value, gives it back when usable (as the type wanted), else undefined. */
export type AttributeCheck<T> = (value: unknown) => T | undefined;

/** One of a fixed set of words (`lane-by="kind"`). */
export function oneOf<T extends string>(values: readonly T[]): AttributeCheck<T> {
  return (value) =>
    typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A whole number within [min, max] (`max-rows="6"`); a number written with a fraction, NaN or ±Infinity is not. */
export function wholeNumberIn(min: number, max: number): AttributeCheck<number> {
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

/** What a page wrote, as a message shows it: quoted, cut short, without control characters. */
export function shownValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  text = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return clip(text, 60);
}
