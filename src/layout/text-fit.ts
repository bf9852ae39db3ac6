/** Measures the width of a text in px as it will be drawn. Supplied by the element (layout never measures). */
export type Measure = (text: string) => number;

/**
 * The longest prefix of `text` (cut at a word when possible) that fits in `maxWidth` with an ellipsis,
 * or the whole text when it fits. Binary search: O(log n) measurements.
 */
export function fitText(text: string, maxWidth: number, measure: Measure): {text: string; width: number} {
  const full = measure(text);
  if (full <= maxWidth) return {text, width: full};
  const ellipsis = '…';
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ellipsis) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  let cut = text.slice(0, low);
  const space = cut.lastIndexOf(' ');
  if (space > low * 0.6) cut = cut.slice(0, space);
  const fitted = cut.trimEnd() + ellipsis;
  return {text: low === 0 ? ellipsis : fitted, width: measure(low === 0 ? ellipsis : fitted)};
}
