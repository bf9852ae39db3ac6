/** Measures the width of a text in px as it will be drawn. Supplied by the element (layout never measures). */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** A shortened label keeps at least this many characters (or its whole title): fewer no longer tell the event. */
export const MIN_LABEL_CHARACTERS = 24;

// user-perceived characters: a cut never splits a flag, an emoji sequence or a letter from its accents
const graphemeSegmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, {granularity: 'grapheme'}) : undefined;

/** The text's graphemes (user-perceived characters), or its code points where Intl.Segmenter is missing. */
export function graphemes(text: string): string[] {
  return graphemeSegmenter ? Array.from(graphemeSegmenter.segment(text), (part) => part.segment) : Array.from(text);
}

/**
 * The longest prefix of `text` (cut at a word when possible, and always between graphemes) that fits in
 * `maxWidth` with an ellipsis, or the whole text when it fits. Binary search: O(log n) measurements.
 */
export function fitText(text: string, maxWidth: number, measure: Measure): {text: string; width: number} {
  const full = measure(text);
  if (full <= maxWidth) return {text, width: full};
  const parts = graphemes(text);
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(parts.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return {text: ELLIPSIS, width: measure(ELLIPSIS)};
  let cut = parts.slice(0, low).join('');
  // end on a whole word when that loses little, and never below the characters a label must keep
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6 && graphemes(cut.slice(0, space)).length >= MIN_LABEL_CHARACTERS) cut = cut.slice(0, space);
  const fitted = cut.trimEnd() + ELLIPSIS;
  return {text: fitted, width: measure(fitted)};
}

/** Width of the first `count` graphemes of a text with an ellipsis (the whole text when it is shorter). */
export function prefixWidth(text: string, count: number, measure: Measure): number {
  const parts = graphemes(text);
  return parts.length <= count ? measure(text) : measure(parts.slice(0, count).join('').trimEnd() + ELLIPSIS);
}
