/**
 * The horizontal intervals already taken in one row, kept sorted so that a free-slot check is a binary
 * search: O(log n) to test, O(n) worst case to insert.
 */
export class RowOccupancy<Owner = unknown> {
  private readonly lefts: number[] = [];
  private readonly rights: number[] = [];
  private readonly owners: Owner[] = [];

  /** Whether [left, right] stays at least `gap` away from everything in the row. */
  fits(left: number, right: number, gap: number): boolean {
    const i = this.insertionIndex(left);
    if (i < this.lefts.length && this.lefts[i]! < right + gap) return false;
    // intervals in a row never overlap each other, except marks that had nowhere else to go: those
    // can be wider than their neighbours, so look back while they might still reach
    for (let j = i - 1; j >= 0; j--) {
      if (this.rights[j]! + gap > left) return false;
      if (this.disjoint) break;
    }
    return true;
  }

  /** false once an interval was forced in over others: fits() then looks further back. */
  private disjoint = true;

  /** Adds an interval that may overlap those already there. */
  force(left: number, right: number, owner?: Owner): void {
    this.disjoint = false;
    this.add(left, right, owner);
  }

  add(left: number, right: number, owner?: Owner): void {
    const i = this.insertionIndex(left);
    this.lefts.splice(i, 0, left);
    this.rights.splice(i, 0, right);
    this.owners.splice(i, 0, owner as Owner);
  }

  /**
   * Free px from `from` rightwards before the next interval (less `gap`): 0 when something already
   * reaches `from`, Infinity when nothing lies to the right.
   */
  roomRight(from: number, gap: number): number {
    const i = this.insertionIndex(from);
    for (let j = i - 1; j >= 0; j--) {
      if (this.rights[j]! + gap > from) return 0;
      if (this.disjoint) break;
    }
    return i < this.lefts.length ? Math.max(0, this.lefts[i]! - gap - from) : Infinity;
  }

  /** Free px from `to` leftwards before the previous interval (less `gap`): 0 when something covers `to`. */
  roomLeft(to: number, gap: number): number {
    const i = this.insertionIndex(to);
    if (i < this.lefts.length && this.lefts[i]! < to + gap) return 0;
    let reach = -Infinity;
    for (let j = i - 1; j >= 0; j--) {
      reach = Math.max(reach, this.rights[j]!);
      if (this.disjoint) break;
    }
    if (!this.disjoint) for (let j = i - 1; j >= 0; j--) reach = Math.max(reach, this.rights[j]!);
    return reach === -Infinity ? Infinity : Math.max(0, to - gap - reach);
  }

  /** The owners of the intervals that [left, right] (widened by gap) touches. */
  touching(left: number, right: number, gap = 0): Owner[] {
    const out: Owner[] = [];
    // intervals are sorted by left edge, not right: a wide one far to the left can still reach here
    for (let i = 0; i < this.lefts.length && this.lefts[i]! < right + gap; i++) {
      if (this.rights[i]! + gap > left) out.push(this.owners[i]!);
    }
    return out;
  }

  /**
   * Free px on each side of an owner's interval before its neighbours (less `gap`; Infinity where
   * nothing lies), or undefined when the row holds intervals forced over others (no clean neighbours).
   */
  roomAround(owner: Owner, gap: number, left: number): {before: number; after: number} | undefined {
    const i = this.indexOf(owner, left);
    if (i === -1 || !this.disjoint) return undefined;
    const before = i > 0 ? this.lefts[i]! - gap - this.rights[i - 1]! : Infinity;
    const after = i + 1 < this.lefts.length ? this.lefts[i + 1]! - gap - this.rights[i]! : Infinity;
    return {before: Math.max(0, before), after: Math.max(0, after)};
  }

  /** Moves an owner's interval (which starts at `from`) to [left, right], within the room around it (its order in the row is kept). */
  resize(owner: Owner, from: number, left: number, right: number): void {
    const i = this.indexOf(owner, from);
    if (i === -1) return;
    this.lefts[i] = left;
    this.rights[i] = right;
  }

  remove(owner: Owner): void {
    const i = this.owners.indexOf(owner);
    if (i === -1) return;
    this.lefts.splice(i, 1);
    this.rights.splice(i, 1);
    this.owners.splice(i, 1);
  }

  /** Where an owner's interval starting at `left` is: a bisection, then the few intervals starting there. */
  private indexOf(owner: Owner, left: number): number {
    for (let i = this.insertionIndex(left); i < this.lefts.length && this.lefts[i] === left; i++)
      if (this.owners[i] === owner) return i;
    return this.owners.indexOf(owner);
  }

  private insertionIndex(left: number): number {
    let low = 0;
    let high = this.lefts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.lefts[mid]! < left) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
