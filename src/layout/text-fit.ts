/** Measures the width of a text in px as it will be drawn. Supplied by the element (layout never measures). */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** A shortened label keeps at least this many characters (or its whole title): fewer no longer tell the event. */
export const MIN_LABEL_CHARACTERS = 24;

// user-perceived characters: a cut never splits a flag, an emoji sequence or a letter from its accents
const graphemeSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, {granularity: 'grapheme'})
    : undefined;

/**
 * Text where every code point is a grapheme of its own: Latin letters (precomposed accents included) and
 * general punctuation, without combining marks or joiners. Most titles: no segmenter needed.
 */
// eslint-disable-next-line no-control-regex -- the class is a range of code points, controls included
const ONE_CODE_POINT_GRAPHEMES = /^[\u0000-\u02ff\u2010-\u206f]*$/;

/** The text's graphemes (user-perceived characters), or its code points where Intl.Segmenter is missing. */
export function graphemes(text: string): string[] {
  if (!graphemeSegmenter || ONE_CODE_POINT_GRAPHEMES.test(text)) return Array.from(text);
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/**
 * The longest prefix of `text` (cut at a word when possible, and always between graphemes) that fits in
 * `maxWidth` with an ellipsis, or the whole text when it fits. One pass over the graphemes: `measure`
 * adds up (the chart's sums each character's advance), so a prefix's width is the sum of its graphemes'.
 */
export function fitText(text: string, maxWidth: number, measure: Measure): {text: string; width: number} {
  const full = measure(text);
  if (full <= maxWidth) return {text, width: full};
  const parts = graphemes(text);
  const ellipsis = measure(ELLIPSIS);
  let kept = 0;
  let width = 0;
  let trailingSpace = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const advance = measure(part);
    width += advance;
    // a cut drops the spaces it ends on
    const space = part.trim() === '';
    trailingSpace = space ? trailingSpace + advance : 0;
    if (width - trailingSpace + ellipsis <= maxWidth) kept = i + 1;
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
  const parts = graphemes(text);
  return parts.length <= count ? measure(text) : measure(parts.slice(0, count).join('').trimEnd() + ELLIPSIS);
}
