import {expect} from '@open-wc/testing';
import {densityColumns} from './density.js';

const DAY = 86_400_000;

describe("densityColumns (the overview's histogram)", () => {
  it('bins times into equal columns over the domain, the fullest at 1', () => {
    const heights = densityColumns([0, 1, 2, 3, 10, 11, 35], [0, 40], 4);
    // counts 4, 2, 0, 1: square roots of 1, 1/2, 0, 1/4
    expect([...heights]).to.deep.equal([1, Math.sqrt(0.5), 0, 0.5]);
  });

  it('leaves out times outside the domain, and puts its last instant in the last column', () => {
    expect([...densityColumns([-5, 0, 39.999, 40, 99], [0, 40], 2)]).to.deep.equal([1, 1]);
  });

  it('keeps a quiet stretch readable beside a burst (square root, not linear)', () => {
    const times: number[] = [];
    for (let day = 0; day < 100; day++) times.push(day * DAY);
    for (let i = 0; i < 99; i++) times.push(50 * DAY);
    const heights = densityColumns(times, [0, 100 * DAY], 100);
    expect(heights[50]).to.equal(1);
    // 1 event against 100: a linear scale would leave 1 %
    expect(heights[10]).to.equal(0.1);
  });

  it('gives zeros for nothing to count, and nothing for no columns or an empty domain', () => {
    expect([...densityColumns([], [0, 10], 3)]).to.deep.equal([0, 0, 0]);
    expect(densityColumns([1, 2], [0, 10], 0).length).to.equal(0);
    expect([...densityColumns([1, 2], [5, 5], 2)]).to.deep.equal([0, 0]);
    expect([...densityColumns([NaN, 1], [0, 10], 1)]).to.deep.equal([1]);
  });
});
