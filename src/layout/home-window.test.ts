import {expect} from '@open-wc/testing';
import {parseFeed} from '../model/parse.js';
import type {FriseFeed} from '../model/types.js';
import {timeDomain} from './compute-layout.js';
import {countBeyond, homeWindow, homeWindows} from './home-window.js';
import {fitText, graphemes} from './text-fit.js';
import {mulberry32} from '../test-support/synthetic-feed.js';

const DAY = 86_400_000;

function feedOf(events: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}): FriseFeed {
  const {feed, issues} = parseFeed({events, ...extra});
  expect(issues.filter((issue) => issue.severity !== 'warning')).to.deep.equal([]);
  return feed!;
}

describe('homeWindow (the first view)', () => {
  it('frames a dense month inside ten sparse years, whatever the seed', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = mulberry32(seed);
      const events: Array<Record<string, unknown>> = [];
      // 12 scattered events over 2014–2024, 40 in March 2020
      for (let i = 0; i < 12; i++)
        events.push({
          title: `sparse ${i}`,
          start: new Date(Date.UTC(2014, 0, 1) + random() * 3650 * DAY).toISOString().slice(0, 10),
        });
      for (let i = 0; i < 40; i++)
        events.push({
          title: `dense ${i}`,
          start: new Date(Date.UTC(2020, 2, 1) + random() * 30 * DAY).toISOString().slice(0, 10),
        });
      const feed = feedOf(events);
      const window = homeWindow(feed, timeDomain(feed))!;
      expect(window, `seed ${seed}`).to.not.equal(undefined);
      expect(window[0], `seed ${seed}`).to.be.at.least(Date.UTC(2020, 1, 1));
      expect(window[1], `seed ${seed}`).to.be.at.most(Date.UTC(2020, 4, 1));
    }
  });

  it('lets long context ranges run off the edges instead of stretching the view', () => {
    const events = [{title: 'the war', start: '2014-02-20', end: '2024-10-01'}];
    for (let day = 1; day <= 20; day++)
      events.push({title: `day ${day}`, start: `2024-10-${String(day).padStart(2, '0')}`} as never);
    const feed = feedOf(events);
    const window = homeWindow(feed, timeDomain(feed))!;
    expect(window[0]).to.be.above(Date.UTC(2024, 8, 1));
  });

  it('weighs important events more: the view leans to where they are', () => {
    const events: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 10; i++)
      events.push({title: `minor ${i}`, start: `2020-01-${String(i + 1).padStart(2, '0')}`, importance: 1});
    for (let i = 0; i < 10; i++)
      events.push({title: `major ${i}`, start: `2022-06-${String(i + 1).padStart(2, '0')}`, importance: 5});
    const feed = feedOf(events);
    const window = homeWindow(feed, timeDomain(feed))!;
    expect(window[0]).to.be.at.least(Date.UTC(2022, 4, 1));
  });

  it('shows everything when the events are spread evenly, or too few', () => {
    const even = feedOf(Array.from({length: 30}, (_, i) => ({title: `e${i}`, start: `${2000 + i}-06-01`})));
    expect(homeWindow(even, timeDomain(even))).to.equal(undefined);
    const two = feedOf([
      {title: 'a', start: '2020-01-01'},
      {title: 'b', start: '2024-01-01'},
    ]);
    expect(homeWindow(two, timeDomain(two))).to.equal(undefined);
  });

  it('chooses the same windows whether the times pack into the fast sort or not (shifted by a fraction of a ms)', () => {
    const random = mulberry32(7);
    const base = Date.UTC(2020, 0, 1);
    const events = Array.from({length: 3000}, (_, i) => {
      // a dense month among three sparse years
      const start = base + (i < 1500 ? 300 + Math.floor(random() * 30) : Math.floor(random() * 900)) * DAY;
      const end = random() < 0.4 ? start + Math.floor(1 + random() * 5) * DAY : start;
      return {interval: {start, end}, importance: 1 + Math.floor(random() * 5)};
    });
    const whole: [number, number] = [base, base + 1000 * DAY];
    const packed = homeWindows({events: events as never}, whole);
    // a third of a ms off whole and half ms: the comparator's sort
    const shift = 1 / 3;
    const shifted = events.map(({interval, importance}) => ({
      interval: {start: interval.start + shift, end: interval.end + shift},
      importance,
    }));
    const sorted = homeWindows({events: shifted as never}, [whole[0] + shift, whole[1] + shift]);
    expect(packed.chosen).to.not.equal(undefined);
    expect(sorted.chosen![0]).to.be.closeTo(packed.chosen![0] + shift, 1e-3);
    expect(sorted.chosen![1]).to.be.closeTo(packed.chosen![1] + shift, 1e-3);
    expect(sorted.wider.length).to.equal(packed.wider.length);
  });

  it('takes the feed’s own view first', () => {
    const feed = feedOf(
      [
        {title: 'a', start: '2020-01-01'},
        {title: 'b', start: '2024-01-01'},
      ],
      {view: {start: '2021', end: '2021-06'}},
    );
    expect(homeWindow(feed, timeDomain(feed))).to.deep.equal([Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)]);
  });

  it('counts the events wholly beyond each edge', () => {
    const ends = Float64Array.from([1, 2, 5, 9]);
    const starts = Float64Array.from([0, 1, 4, 8]);
    expect(countBeyond(ends, starts, 3, 6)).to.deep.equal({before: 2, after: 1});
    expect(countBeyond(ends, starts, 0, 10)).to.deep.equal({before: 0, after: 0});
  });
});

describe('fitText (shortened labels)', () => {
  const measure = (text: string) => graphemes(text).length * 7;

  it('never cuts inside a grapheme: a flag, an emoji sequence, a letter and its accents stay whole', () => {
    const titles = [
      '🇺🇦🇰🇷🇰🇵🇷🇺 flags of the four countries in this story',
      'Kyïv: e\u0301tat d’urgence de\u0301cre\u0301te\u0301 dans la re\u0301gion',
      '👩🏽‍⚕️👨‍👩‍👧 families and medics in the city',
    ];
    for (const title of titles) {
      const whole = graphemes(title);
      for (let width = 7; width < measure(title); width += 7) {
        const {text} = fitText(title, width, measure);
        const kept = graphemes(text.replace(/…$/, ''));
        expect(kept, `${title} at ${width}`).to.deep.equal(whole.slice(0, kept.length));
      }
    }
  });

  it('ends on a word when that keeps at least 24 characters', () => {
    const title = 'Pyongyang says the reports of troops sent to Russia are groundless rumours';
    expect(fitText(title, 32 * 7, measure).text).to.equal('Pyongyang says the reports of…');
    expect(graphemes(fitText(title, 26 * 7, measure).text).length).to.equal(26);
  });
});
