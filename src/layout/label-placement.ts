import type {FriseEvent} from '../model/types.js';
import type {LayoutMetrics, MarkLayout} from './compute-layout.js';
import {RowOccupancy} from './rows.js';
import {fitText, MIN_LABEL_CHARACTERS, prefixWidth, type Measure} from './text-fit.js';

export {MIN_LABEL_CHARACTERS};

/** One place a label may go: right of its mark (anchor start), left of it (anchor end), or inside its bar. */
interface LabelSide {
  anchor: 'start' | 'end';
  /** The anchor point: the label's left edge for `start`, its right edge for `end`. */
  x: number;
  /** Most px the label may take there before it leaves the content. */
  limit: number;
}

interface Row {
  /** Everything drawn in the row: marks, bars, spans and visible labels. */
  all: RowOccupancy<MarkLayout>;
  /** The visible labels alone (what a mark with nowhere else to go may cover, making them give way). */
  labels: RowOccupancy<MarkLayout>;
}

/**
 * Puts one lane's events in rows, most important first (then in time order): each in the first row
 * where its mark and its whole label touch nothing, the label right of the mark or, when that side is
 * taken, left of it (a range's label may also sit inside its bar). When no row has room for the whole
 * label, it is shortened to the most room a row offers on either side, if that keeps at least
 * `MIN_LABEL_CHARACTERS`; failing that, the label gives way (it shows on hover and focus) and the mark
 * goes where it touches nothing, or at least no other mark. A label stays within `boundsOf(mark)` (the
 * content, or the first view's edges for the marks in it). Returns the marks, the rows used, and the
 * marks that could only be drawn over others (the caller clusters them).
 */
export function placeInRows(
  events: readonly FriseEvent[],
  capacity: number,
  markOf: (event: FriseEvent) => MarkLayout,
  m: LayoutMetrics,
  measure: Measure,
  boundsOf: (mark: MarkLayout) => [number, number],
): {marks: MarkLayout[]; count: number; forced: MarkLayout[]} {
  const rows: Row[] = [];
  const marks: MarkLayout[] = [];
  const forced: MarkLayout[] = [];
  const rowAt = (index: number): Row =>
    rows[index] ?? (rows[index] = {all: new RowOccupancy(), labels: new RowOccupancy()});
  const ordered = [...events].sort((a, b) => b.importance - a.importance || a.order - b.order);
  for (const event of ordered) {
    const mark = markOf(event);
    const [markLeft, markRight] = markExtent(mark, m);
    const sides = labelSides(mark, m, boundsOf(mark));
    const title = mark.label.full;
    const whole = fitText(title, m.maxLabelWidth, measure);
    const commit = (index: number, side: LabelSide, text: {text: string; width: number}) => {
      const row = rowAt(index);
      const left = side.anchor === 'start' ? side.x : side.x - text.width;
      row.all.add(Math.min(markLeft, left), Math.max(markRight, left + text.width), mark);
      row.labels.add(left, left + text.width, mark);
      mark.label = {...mark.label, text: text.text, width: text.width, x: side.x, anchor: side.anchor, visible: true};
      mark.row = index;
    };
    const open = Math.min(capacity, rows.length + 1);
    let placed = false;
    // 1. the whole label, in the first row with room on either side
    for (let index = 0; index < open && !placed; index++) {
      const row = rows[index];
      for (const side of sides) {
        if (side.limit < whole.width) continue;
        const left = side.anchor === 'start' ? side.x : side.x - whole.width;
        if (row && !row.all.fits(Math.min(markLeft, left), Math.max(markRight, left + whole.width), m.rowGap)) continue;
        commit(index, side, whole);
        placed = true;
        break;
      }
    }
    // 2. shortened to the most room a row has beside the mark, when that keeps enough of the title
    if (!placed) {
      const least = Math.min(whole.width, prefixWidth(title, MIN_LABEL_CHARACTERS, measure));
      let best: {index: number; side: LabelSide; room: number} | undefined;
      for (let index = 0; index < open; index++) {
        const row = rows[index];
        if (row && !row.all.fits(markLeft, markRight, m.rowGap)) continue;
        for (const side of sides) {
          let room = Math.min(side.limit, whole.width);
          if (row)
            room = Math.min(
              room,
              side.anchor === 'start' ? row.all.roomRight(side.x, m.rowGap) : row.all.roomLeft(side.x, m.rowGap),
            );
          if (room >= least && (!best || room > best.room)) best = {index, side, room};
        }
      }
      if (best) {
        commit(best.index, best.side, fitText(title, best.room, measure));
        placed = true;
      }
    }
    // 3. the label gives way: the mark goes where it touches nothing, or at least no label; failing
    // that, the labels it would cover give way too (marks always stay)
    if (!placed) {
      mark.label = {...mark.label, ...whole, x: sides[0]!.x, anchor: sides[0]!.anchor, visible: false};
      let index = -1;
      for (let i = 0; i < open; i++) {
        if (!rows[i] || rows[i]!.all.fits(markLeft, markRight, m.rowGap / 2)) {
          index = i;
          break;
        }
      }
      if (index !== -1) {
        rowAt(index).all.add(markLeft, markRight, mark);
      } else {
        // the row whose covered labels matter least (lowest importance, then fewest)
        let bestScore = Infinity;
        rows.forEach((row, i) => {
          const covered = row.labels.touching(markLeft, markRight, 1);
          const score =
            covered.length === 0 ? -1 : Math.max(...covered.map((c) => c.importance)) * 1000 + covered.length;
          if (score < bestScore) {
            index = i;
            bestScore = score;
          }
        });
        const row = rowAt(Math.max(0, index));
        for (const covered of row.labels.touching(markLeft, markRight, 1)) {
          covered.label = {...covered.label, visible: false};
          row.labels.remove(covered);
        }
        if (!row.all.fits(markLeft, markRight, 0)) forced.push(mark);
        row.all.force(markLeft, markRight, mark);
        index = Math.max(0, index);
      }
      mark.row = index;
    }
    marks.push(mark);
  }
  growShortenedLabels(marks, rows, m, measure, boundsOf);
  return {marks, count: rows.length, forced};
}

/**
 * Labels shortened when they were placed (to `maxLabelWidth`, or to the room a row had then) take the
 * free room left beside them once the whole lane is placed, most important first: a title is cut only
 * where its row has no more room. Only the label's own side grows; nothing it touches moves.
 */
function growShortenedLabels(
  marks: readonly MarkLayout[],
  rows: Row[],
  m: LayoutMetrics,
  measure: Measure,
  boundsOf: (mark: MarkLayout) => [number, number],
): void {
  for (const mark of marks) {
    const label = mark.label;
    if (!label.visible || label.text === label.full) continue;
    const row = rows[mark.row];
    if (!row) continue;
    const [markLeft, markRight] = markExtent(mark, m);
    const left = label.anchor === 'start' ? label.x : label.x - label.width;
    const right = left + label.width;
    const from = Math.min(markLeft, left);
    const room = row.all.roomAround(mark, m.rowGap, from);
    if (!room) continue;
    const [boundLeft, boundRight] = boundsOf(mark);
    // the room on the label's side: to the row's next interval and the content's edge
    const extra =
      label.anchor === 'start' ? Math.min(room.after, boundRight - right) : Math.min(room.before, left - boundLeft);
    // less than a character or two of room: not worth measuring the title again
    if (!(extra > 2 * m.markRadius)) continue;
    const fitted = fitText(label.full, label.width + extra, measure);
    if (fitted.width <= label.width) continue;
    const grownLeft = label.anchor === 'start' ? left : label.x - fitted.width;
    row.all.resize(mark, from, Math.min(markLeft, grownLeft), Math.max(markRight, grownLeft + fitted.width));
    row.labels.resize(mark, left, grownLeft, grownLeft + fitted.width);
    mark.label = {...label, text: fitted.text, width: fitted.width};
  }
}

/** Where a mark's label may go, in order of preference, each with the room the content leaves there. */
function labelSides(mark: MarkLayout, m: LayoutMetrics, content: [number, number]): LabelSide[] {
  const right = mark.x2 + (mark.isRange ? m.labelGap : m.markRadius + m.labelGap);
  const left = mark.x - (m.markRadius * 1.3 + m.labelGap);
  const sides: LabelSide[] = [
    {anchor: 'start', x: right, limit: content[1] - right},
    {anchor: 'end', x: left, limit: left - content[0]},
  ];
  if (mark.isRange) {
    // inside a bar, after the kind symbol drawn at its start
    const inside = Math.max(mark.x, content[0]) + 1.5 * m.markRadius + m.labelGap;
    sides.push({anchor: 'start', x: inside, limit: Math.min(mark.x2, content[1]) - inside - m.labelGap});
  }
  return sides;
}

/** Everything a mark draws, label excluded: its symbol, its bar or its soft span. */
export function markExtent(mark: MarkLayout, m: LayoutMetrics): [number, number] {
  const r = m.markRadius * 1.3;
  let left = mark.isRange ? mark.x - r : mark.x - r;
  let right = mark.isRange ? mark.x2 : mark.x + r;
  if (mark.span) {
    left = Math.min(left, mark.span.x1);
    right = Math.max(right, mark.span.x2);
  }
  return [left, right];
}
