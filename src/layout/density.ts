/**
 * How densely events fall along a time span: `times` (UTC ms, any order) binned into `columns` equal
 * columns over `domain` [start, end), each column's height 0..1 relative to the fullest one. Times
 * outside the domain are left out; an empty feed (or no column) gives heights of 0.
 *
 * Heights are the square root of the count relative to the largest count. A linear scale lets one
 * burst (a day with 300 events in a feed of 3 a day) flatten every other column to a pixel, and the
 * strip would only show the burst; a logarithm lifts single stray events almost to the height of busy
 * weeks, so quiet and busy stretches look alike. The square root keeps the order and the zeros, keeps a
 * burst the tallest column, and leaves the rest of the feed readable beside it.
 */
export function densityColumns(
  times: Iterable<number>,
  domain: readonly [number, number],
  columns: number,
): Float64Array {
  const n = Math.max(0, Math.floor(columns));
  const heights = new Float64Array(n);
  const [start, end] = domain;
  const span = end - start;
  if (n === 0 || !(span > 0)) return heights;
  for (const time of times) {
    if (!(time >= start && time < end)) continue;
    heights[Math.min(n - 1, Math.floor(((time - start) / span) * n))]! += 1;
  }
  let most = 0;
  for (const count of heights) if (count > most) most = count;
  if (most === 0) return heights;
  for (let i = 0; i < n; i++) heights[i] = Math.sqrt(heights[i]! / most);
  return heights;
}
