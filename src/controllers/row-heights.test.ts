import {expect} from '@open-wc/testing';
import {RowHeights} from './row-heights.js';
import {mulberry32} from '../test-support/synthetic-feed.js';

const DEFAULTS: Record<string, number> = {heading: 40, event: 100};
/** Every tenth row a heading, the others events. */
const kindOf = (index: number) => (index % 10 === 0 ? 'heading' : 'event');
const make = (count: number, samples = 200) => new RowHeights(count, kindOf, (kind) => DEFAULTS[kind] ?? 0, samples);

/** The same answers the slow way: every row's height added up. */
function naiveOffset(rows: RowHeights, index: number): number {
  let y = 0;
  for (let i = 0; i < index; i++) y += rows.height(i);
  return y;
}

describe('RowHeights', () => {
  it('starts from the default height of each kind', () => {
    const rows = make(1_000);
    expect(rows.offset(0)).to.equal(0);
    expect(rows.offset(1)).to.equal(40);
    expect(rows.offset(10)).to.equal(40 + 9 * 100);
    expect(rows.total).to.equal(100 * 40 + 900 * 100);
    expect(rows.offset(1_000)).to.equal(rows.total);
    expect(rows.offset(5_000), 'past the end: the total').to.equal(rows.total);
  });

  it('assumes the average measured height of a kind for the rows of that kind not measured yet', () => {
    const rows = make(1_000);
    expect(rows.set(1, 80)).to.equal(true);
    expect(rows.set(2, 120)).to.equal(true);
    expect(rows.set(2, 120.2), 'a change under half a pixel is none').to.equal(false);
    expect(rows.set(3, 0), 'a row not laid out is not measured').to.equal(false);
    // events: 80, 120 measured, the 898 others at their average, 100; headings still 40
    expect(rows.total).to.equal(100 * 40 + 80 + 120 + 898 * 100);
    rows.set(4, 130);
    const average = (80 + 120 + 130) / 3;
    expect(rows.height(5)).to.be.closeTo(average, 1e-9);
    expect(rows.total).to.be.closeTo(100 * 40 + 80 + 120 + 130 + 897 * average, 1e-6);
    expect(rows.offset(6)).to.be.closeTo(40 + 80 + 120 + 130 + 2 * average, 1e-9);
  });

  it('stops moving its estimates once enough rows of a kind are measured', () => {
    const rows = make(1_000, 3);
    rows.set(1, 90);
    rows.set(2, 90);
    rows.set(3, 120);
    expect(rows.height(501)).to.equal(100);
    rows.set(4, 500);
    expect(rows.height(501), 'frozen at the average of the first three').to.equal(100);
    expect(rows.height(4)).to.equal(500);
  });

  it('finds the row at a height, inside and across blocks of rows', () => {
    const rows = make(2_000);
    expect(rows.rowAt(-50)).to.equal(0);
    expect(rows.rowAt(0)).to.equal(0);
    expect(rows.rowAt(39.9)).to.equal(0);
    expect(rows.rowAt(40)).to.equal(1);
    expect(rows.rowAt(rows.offset(1_234))).to.equal(1_234);
    expect(rows.rowAt(rows.offset(1_234) - 0.1)).to.equal(1_233);
    expect(rows.rowAt(rows.total + 1_000), 'below all rows: the last').to.equal(1_999);
    expect(make(0).rowAt(10)).to.equal(0);
  });

  it('agrees with adding every height up, whatever is measured, in 100,000 rows', () => {
    const rows = make(100_000);
    const random = mulberry32(5);
    for (let i = 0; i < 3_000; i++) rows.set(Math.floor(random() * 100_000), 20 + random() * 300);
    for (let i = 0; i < 40; i++) {
      const index = Math.floor(random() * 100_001);
      const naive = naiveOffset(rows, index);
      expect(rows.offset(index)).to.be.closeTo(naive, 1e-3); // sums in another order: rounding only
      if (index < 100_000) expect(rows.rowAt(naive + rows.height(index) / 2)).to.equal(index);
    }
    expect(rows.total).to.be.closeTo(naiveOffset(rows, 100_000), 1e-3);
  });
});
