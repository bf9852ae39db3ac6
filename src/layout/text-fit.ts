import {eachGrapheme} from '../model/text.js';

/** Measures the width of a text in px as it will be drawn. Supplied by the element (layout never measures). */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** A shortened label keeps at least this many characters (or its whole title): fewer no longer tell the event. */
export const MIN_LABEL_CHARACTERS = 24;

/** The text's graphemes (user-perceived characters), or its code points where Intl.Segmenter is missing. */
export function graphemes(text: string): string[] {
  return Array.from(eachGrapheme(text));
}

/**
 * The longest prefix of `text` (cut at a word when possible, and always between graphemes) that fits in
 * `maxWidth` with an ellipsis, or the whole text when it fits. One pass over the graphemes: `measure`
 * adds up (the chart's sums each character's advance), so a prefix's width is the sum of its graphemes'.
 */
export function fitText(text: string, maxWidth: number, measure: Measure): {text: string; width: number} {
  const full = measure(text);
  if (full <= maxWidth) return {text, width: full};
  const ellipsis = measure(ELLIPSIS);
  const parts: string[] = [];
  let kept = 0;
  let width = 0;
  let trailingSpace = 0;
  for (const part of eachGrapheme(text)) {
    parts.push(part);
    const advance = measure(part);
    width += advance;
    // a cut drops the spaces it ends on
    const space = part.trim() === '';
    trailingSpace = space ? trailingSpace + advance : 0;
    if (width - trailingSpace + ellipsis <= maxWidth) kept = parts.length;
    else if (!space) break;
  }
  if (kept === 0) return {text: ELLIPSIS, width: ellipsis};
  let cut = parts.slice(0, kept).join('');
  // end on a whole word when that loses little, and never below the characters a label must keep
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6 && graphemes(cut.slice(0, space)).length >= MIN_LABEL_CHARACTERS)
    cut = cut.slice(0, space);
  const fitted = cut.trimEnd() + ELLIPSIS;
  return {text: fitted, width: measure(fitted)};
}

/** Width of the first `count` graphemes of a text with an ellipsis (the whole text when it is shorter). */
export function prefixWidth(text: string, count: number, measure: Measure): number {
  const parts: string[] = [];
  for (const part of eachGrapheme(text)) if (parts.push(part) > count) break;
  return parts.length <= count ? measure(text) : measure(parts.slice(0, count).join('').trimEnd() + ELLIPSIS);
}
