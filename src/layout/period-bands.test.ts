import {expect} from '@open-wc/testing';
import {parseFeed} from '../model/parse.js';
import {periodBands} from './period-bands.js';

// 10 px per character, and a time scale of 1 px per day from 2024-01-01
const measure = (text: string) => 10 * [...text].length;
const DAY = 86_400_000;
const origin = Date.UTC(2024, 0, 1);
const toScreen = (time: number) => (time - origin) / DAY;
const feedWith = (periods: unknown[]) =>
  parseFeed({events: [{title: 'x', start: '2024-01-01'}], periods}).feed!.periods;
const title = (period: {title: unknown}) => String(period.title);

describe('periodBands', () => {
  it('places each period from the start of its first day to the end of its last, clipped to the view', () => {
    const periods = feedWith([
      {id: 'jan', title: 'January', start: '2024-01-01', end: '2024-01-31'},
      {id: 'long', title: 'A long stretch', start: '2023-06', end: '2025'},
      {id: 'after', title: 'After', start: '2025-06', end: '2025-07'},
    ]);
    const bands = periodBands(periods, toScreen, 300, measure, title);
    expect(bands.map((b) => [b.id, b.x1, b.x2])).to.deep.equal([
      ['long', 0, 300],
      ['jan', 0, 31],
    ]);
  });

  it('keeps names apart: a later name starts after an earlier one, or is left out when no room is left', () => {
    const periods = feedWith([
      {id: 'a', title: 'Alpha', start: '2024-01-01', end: '2024-06-30'},
      {id: 'b', title: 'Beta', start: '2024-01-05', end: '2024-12-31'},
      {id: 'c', title: 'Gamma', start: '2024-01-02', end: '2024-01-20'},
    ]);
    const bands = periodBands(periods, toScreen, 400, measure, title);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => bands.find((band) => band.id === id));
    expect(bands.map((band) => band.id)).to.deep.equal(['a', 'c', 'b']); // by start
    expect(a!.label).to.equal('Alpha');
    expect(b!.labelX).to.be.at.least(a!.labelX + measure('Alpha'));
    expect(c!.label).to.equal(''); // its band ends before Alpha's name does
    expect(b!.label).to.equal('Beta');
  });

  it('cuts a name that does not fit its band between graphemes, and leaves out one with no room', () => {
    const periods = feedWith([
      {id: 'flag', title: 'Between signature 🇷🇺🇰🇵 and ratification', start: '2024-01-01', end: '2024-03-15'},
      {id: 'tiny', title: 'Tiny', start: '2024-03-01', end: '2024-03-02'},
    ]);
    const [flag, tiny] = periodBands(periods, toScreen, 400, measure, title);
    expect(flag!.label.endsWith('…')).to.equal(true);
    expect(measure(flag!.label)).to.be.at.most(flag!.x2 - flag!.labelX);
    expect(flag!.label).not.to.match(/[\ud800-\udbff]…$/);
    expect(tiny!.label).to.equal('');
  });

  it('draws time running right to left (x decreasing) the same way', () => {
    const periods = feedWith([{id: 'jan', title: 'January', start: '2024-01-01', end: '2024-01-31'}]);
    const [band] = periodBands(periods, (t) => 300 - toScreen(t), 300, measure, title);
    expect([band!.x1, band!.x2]).to.deep.equal([269, 300]);
  });
});
