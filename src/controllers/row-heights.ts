/**
 * The heights of a long run of rows, some measured and the others estimated (the average measured
 * height of their kind), and where each row starts. Pure arithmetic, no DOM.
 *
 * Rows are kept in blocks of 256 with the sum of their measured heights and how many of each kind are
 * not measured yet: measuring a row changes its block only, and where a row starts is the sum of the
 * blocks before it and of at most 255 rows of its own block. So a new measurement (a selected event's
 * item grows) costs the same in a list of 100 rows and in one of 100,000.
 */
export class RowHeights {
  /** Measured height of each row; 0: not measured. */
  private readonly heights: Float64Array;
  /** Kind of each row, as an index into `kinds`. */
  private readonly kindOf: Uint8Array;
  private readonly kinds: string[] = [];
  /** Per block: the sum of its measured heights, and per kind how many of its rows are not measured. */
  private readonly measuredSum: Float64Array;
  private readonly unmeasured: Int32Array;
  /** Per kind: the sum and number of measured heights, and the estimate once it stops moving. */
  private readonly sums: number[] = [];
  private readonly counts: number[] = [];
  private readonly frozen: Array<number | undefined> = [];
  /** blockStart[b]: where block b starts; blockStart[blocks] is the height of all rows. Null when stale. */
  private blockStart: Float64Array | null = null;

  /**
   * @param count how many rows
   * @param kind the kind of row i (rows of a kind are assumed alike in height)
   * @param defaultHeight the height to assume for a kind before a row of it is measured
   * @param samples measured rows of a kind after which its estimate stays put (a new average would move
   *   every row not measured yet, and the scrollbar with them, at each screen the reader scrolls)
   */
  constructor(
    readonly count: number,
    kind: (index: number) => string,
    private readonly defaultHeight: (kind: string) => number,
    private readonly samples = 200,
  ) {
    this.heights = new Float64Array(count);
    this.kindOf = new Uint8Array(count);
    const index = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const name = kind(i);
      let k = index.get(name);
      if (k === undefined) {
        k = Math.min(this.kinds.length, 255);
        index.set(name, k);
        if (k === this.kinds.length) {
          this.kinds.push(name);
          this.sums.push(0);
          this.counts.push(0);
          this.frozen.push(undefined);
        }
      }
      this.kindOf[i] = k;
    }
    const blocks = Math.ceil(count / BLOCK);
    this.measuredSum = new Float64Array(blocks);
    this.unmeasured = new Int32Array(blocks * Math.max(1, this.kinds.length));
    for (let i = 0; i < count; i++) this.unmeasured[(i >> SHIFT) * this.kinds.length + (this.kindOf[i] ?? 0)]! += 1;
  }

  /** The measured height of a row, 0 when it was not measured. */
  measured(index: number): number {
    return this.heights[index] ?? 0;
  }

  /** Records a row's measured height (> 0); true when it changed. */
  set(index: number, height: number): boolean {
    const before = this.heights[index];
    if (before === undefined || !(height > 0) || Math.abs(height - before) < 0.5) return false;
    const kind = this.kindOf[index] ?? 0;
    const block = index >> SHIFT;
    if (before === 0) {
      this.unmeasured[block * this.kinds.length + kind]! -= 1;
      this.counts[kind]! += 1;
    } else {
      this.sums[kind]! -= before;
    }
    this.sums[kind]! += height;
    this.measuredSum[block]! += height - before;
    this.heights[index] = height;
    this.blockStart = null;
    return true;
  }

  /** The height assumed for a row of a kind not measured yet. */
  estimate(kind: number): number {
    const frozen = this.frozen[kind];
    if (frozen !== undefined) return frozen;
    const count = this.counts[kind] ?? 0;
    if (count === 0) return this.defaultHeight(this.kinds[kind] ?? '');
    const average = (this.sums[kind] ?? 0) / count;
    if (count >= this.samples) this.frozen[kind] = average;
    return average;
  }

  /** The height of a row: measured, else estimated. */
  height(index: number): number {
    const measured = this.heights[index] ?? 0;
    return measured > 0 ? measured : this.estimate(this.kindOf[index] ?? 0);
  }

  /** Where row `index` starts (px from the top of row 0); `count` gives the height of all rows. */
  offset(index: number): number {
    const i = Math.max(0, Math.min(Math.floor(index), this.count));
    const starts = this.starts();
    const block = i >> SHIFT;
    let y = starts[block] ?? starts[starts.length - 1] ?? 0;
    for (let j = block << SHIFT; j < i; j++) y += this.height(j);
    return y;
  }

  /** The height of all rows. */
  get total(): number {
    const starts = this.starts();
    return starts[starts.length - 1] ?? 0;
  }

  /** The row at y: the last row that starts at or above it (0 above the first row, the last row below all). */
  rowAt(y: number): number {
    if (this.count === 0) return 0;
    const starts = this.starts();
    const blocks = starts.length - 1;
    let lo = 0;
    let hi = blocks - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= y) lo = mid;
      else hi = mid - 1;
    }
    let top = starts[lo] ?? 0;
    const end = Math.min(this.count, (lo + 1) << SHIFT);
    for (let j = lo << SHIFT; j < end - 1; j++) {
      const next = top + this.height(j);
      if (next > y) return j;
      top = next;
    }
    return end - 1;
  }

  private starts(): Float64Array {
    if (this.blockStart) return this.blockStart;
    const blocks = this.measuredSum.length;
    const kinds = this.kinds.length;
    const estimates = this.kinds.map((_, k) => this.estimate(k));
    const starts = new Float64Array(blocks + 1);
    let y = 0;
    for (let b = 0; b < blocks; b++) {
      starts[b] = y;
      y += this.measuredSum[b] ?? 0;
      for (let k = 0; k < kinds; k++) y += (this.unmeasured[b * kinds + k] ?? 0) * (estimates[k] ?? 0);
    }
    starts[blocks] = y;
    this.blockStart = starts;
    return starts;
  }
}

const SHIFT = 8;
const BLOCK = 1 << SHIFT;
