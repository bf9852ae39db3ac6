import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {resolveDateSpec} from './dates.js';
import {parseFeed} from './parse.js';
import {isoDatetime} from '../i18n/iso-datetime.js';

// Properties that must hold for every input of a kind, not only for the examples we thought of: dates
// at every precision, and any mutation of a valid feed. fast-check shrinks a failure to its smallest case.

const DAY = 86_400_000;
// A fixed seed: CI gives the same verdict on every run (a random one blocks a submission by chance). To
// explore other inputs, change it and run again; a failure prints the seed and the shrunk case.
fc.configureGlobal({seed: 20261203});
const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Days in a month of a (proleptic Gregorian) year. */
const daysIn = (year: number, month: number) =>
  new Date(Date.UTC(2000, month, 0)).getUTCDate() === 29 && month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : new Date(Date.UTC(2001, month, 0)).getUTCDate();

/** ISO weeks in a year: 53 when 1 January is a Thursday, or a Wednesday in a leap year. */
function weeksIn(year: number): number {
  const day = new Date(Date.UTC(2001, 0, 1));
  day.setUTCFullYear(year, 0, 1);
  const weekday = day.getUTCDay();
  const leap = daysIn(year, 2) === 29;
  return weekday === 4 || (leap && weekday === 3) ? 53 : 52;
}

/** Monday of an ISO week, UTC ms. */
function isoWeekStart(year: number, week: number): number {
  const jan4 = new Date(Date.UTC(2001, 0, 4));
  jan4.setUTCFullYear(year, 0, 4);
  const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY;
  return monday + (week - 1) * 7 * DAY;
}

const utc = (year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0) => {
  const date = new Date(Date.UTC(2001, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
};

/** A valid ISO 8601 date string at any precision frise takes, and the instant it starts at. */
const isoDate = fc.integer({min: 1, max: 9999}).chain((year) =>
  fc.oneof(
    fc.constant({text: pad(year, 4), instant: utc(year), precision: 'year'}),
    fc
      .integer({min: 1, max: 12})
      .map((month) => ({text: `${pad(year, 4)}-${pad(month)}`, instant: utc(year, month), precision: 'month'})),
    fc
      .integer({min: 1, max: weeksIn(year)})
      .map((week) => ({text: `${pad(year, 4)}-W${pad(week)}`, instant: isoWeekStart(year, week), precision: 'week'})),
    fc.integer({min: 1, max: 12}).chain((month) =>
      fc.integer({min: 1, max: daysIn(year, month)}).chain((day) =>
        fc.oneof(
          fc.constant({
            text: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
            instant: utc(year, month, day),
            precision: 'day',
          }),
          fc
            .record({
              hour: fc.integer({min: 0, max: 23}),
              minute: fc.integer({min: 0, max: 59}),
              second: fc.option(fc.integer({min: 0, max: 59}), {nil: undefined}),
              offset: fc.integer({min: -12 * 4, max: 14 * 4}).map((quarters) => quarters * 15),
            })
            .map(({hour, minute, second, offset}) => {
              const zone =
                offset === 0
                  ? 'Z'
                  : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
              const time = `${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`}`;
              return {
                text: `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}${zone}`,
                instant: utc(year, month, day, hour, minute, second ?? 0) - offset * 60_000,
                precision: second === undefined ? 'minute' : 'second',
              };
            }),
        ),
      ),
    ),
  ),
);

describe('dates, for any valid ISO date at any precision', () => {
  it('resolve to an interval that holds the instant they start at, at their precision', () => {
    fc.assert(
      fc.property(isoDate, ({text, instant, precision}) => {
        const result = resolveDateSpec(text);
        expect(result.ok, text).to.equal(true);
        if (!result.ok) return;
        expect(result.value.precision, text).to.equal(precision);
        expect(result.value.start, text).to.equal(instant);
        expect(result.value.end, text).to.be.greaterThan(instant);
      }),
      {numRuns: 2000},
    );
  });

  it('round-trip through their machine-readable form (<time datetime>)', () => {
    // the edges first: offsets that take a time out of years 1–9999 (a case a random run found)
    for (const text of ['0001-01-01T00:00+00:15', '9999-12-31T23:59-00:15'])
      expect(isoDatetime((resolveDateSpec(text) as {value: Parameters<typeof isoDatetime>[0]}).value), text).to.equal(
        undefined,
      );
    fc.assert(
      fc.property(isoDate, ({text, precision}) => {
        const first = resolveDateSpec(text);
        if (!first.ok) return;
        const written = isoDatetime(first.value);
        // a time whose offset takes it out of years 1–9999 in UTC has no <time datetime> form
        const year = new Date(first.value.start).getUTCFullYear();
        if (year < 1 || year > 9999) {
          expect(written, text).to.equal(undefined);
          return;
        }
        expect(written, text).to.be.a('string');
        const again = resolveDateSpec(written!);
        expect(again.ok, `${text} → ${written}`).to.equal(true);
        if (!again.ok) return;
        expect(again.value.start, `${text} → ${written}`).to.equal(first.value.start);
        // a date keeps its whole interval; a time is written to the minute or the second, in UTC
        if (['year', 'month', 'week', 'day'].includes(precision))
          expect(again.value.end, `${text} → ${written}`).to.equal(first.value.end);
      }),
      {numRuns: 2000},
    );
  });
});

// ---- parseFeed: any mutation of a valid feed ------------------------------------------------------

/** A valid feed of n events (e0…), two actors and a source, with relations to earlier events. */
const validFeed = fc.integer({min: 1, max: 25}).chain((n) =>
  fc
    .tuple(
      fc.array(fc.integer({min: 0, max: 3 * 365}), {minLength: n, maxLength: n}),
      fc.array(fc.constantFrom('report', 'claim', 'denial', 'statement', 'military'), {minLength: n, maxLength: n}),
      fc.array(fc.constantFrom('reported', 'confirmed', 'denied', 'disputed', 'unverified'), {
        minLength: n,
        maxLength: n,
      }),
    )
    .map(([days, kinds, statuses]) => ({
      version: 1,
      title: 'Generated',
      language: 'en',
      actors: [
        {id: 'a', name: 'A', type: 'state'},
        {id: 'b', name: 'B', type: 'person'},
      ],
      sources: [{id: 's', publisher: 'Wire', url: 'https://example.org/wire'}],
      events: days.map((day, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        start: new Date(Date.UTC(2022, 0, 1) + day * DAY).toISOString().slice(0, 10),
        kind: kinds[i],
        status: statuses[i],
        actors: [i % 2 === 0 ? 'a' : 'b'],
        sources: ['s'],
        ...(i > 0 ? {relations: [{type: 'responds-to', target: `e${i - 1}`}]} : {}),
      })),
    })),
);

/** What a careless or hostile feed puts in a field. */
const junk = fc.oneof(
  fc.constantFrom(
    null,
    '',
    '   ',
    '\u00a0',
    0,
    -1,
    1e308,
    Number.NaN,
    true,
    [],
    {},
    [1, 2],
    {fr: ''},
    '2024-02-30',
    '2024-W54',
    'yesterday',
    'javascript:alert(1)',
    'http://[::1/',
    '<img src=x onerror=alert(1)>',
    '\u202eevil',
    'x'.repeat(20_000),
    '__proto__',
    {__proto__: {polluted: 1}},
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.object({maxDepth: 2}),
);
const FIELDS = [
  'id',
  'title',
  'start',
  'end',
  'kind',
  'status',
  'actors',
  'sources',
  'relations',
  'importance',
  'summary',
  'attribution',
  'media',
  'quotes',
  'tags',
  'tilte',
];

describe('parseFeed, for any mutation of a valid feed', () => {
  it('never throws, keeps every untouched record, and reports every record it leaves out at its path', () => {
    fc.assert(
      fc.property(
        validFeed,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FIELDS), junk, fc.boolean()), {minLength: 1, maxLength: 6}),
        (generated, mutations) => {
          // mutate a copy: fast-check reuses generated values while it shrinks a failure
          const feed = structuredClone(generated);
          const touched = new Set<number>();
          for (const [at, field, value, remove] of mutations) {
            const index = at % feed.events.length;
            const record = feed.events[index] as Record<string, unknown>;
            touched.add(index);
            if (remove) delete record[field];
            else record[field] = value;
          }
          const result = parseFeed(feed);
          expect(result.feed, 'a feed with its good records').to.not.equal(null);
          const kept = new Set(result.feed!.events.map((event) => event.id));
          const keptAt = new Set(result.feed!.events.map((event) => event.path));
          feed.events.forEach((record, index) => {
            const id = (record as {id?: unknown}).id;
            const reported = result.issues.some(
              (issue) => issue.path === `/events/${index}` || issue.path.startsWith(`/events/${index}/`),
            );
            if (!touched.has(index)) {
              // an untouched record is kept, unless a touched one took its id first (then that is reported)
              const idTaken = feed.events.some(
                (other, j) => j < index && touched.has(j) && (other as {id?: unknown}).id === id,
              );
              if (!idTaken) expect(kept.has(String(id)), `untouched /events/${index} kept`).to.equal(true);
              return;
            }
            // kept under its id, or under one derived from its start and title when it lost its own
            if (!keptAt.has(`/events/${index}`))
              expect(reported, `touched /events/${index} left out, and reported at its path`).to.equal(true);
          });
          for (const issue of result.issues) {
            expect(issue.message, issue.code).to.be.a('string').and.not.equal('');
            expect(issue.path === '' || issue.path.startsWith('/'), issue.path).to.equal(true);
          }
        },
      ),
      {numRuns: 400},
    );
  });

  it('never throws on any JSON value, and says why when there is no feed', () => {
    fc.assert(
      fc.property(fc.jsonValue({maxDepth: 4}), (value) => {
        const result = parseFeed(value);
        if (result.feed === null) expect(result.issues.length).to.be.greaterThan(0);
        const text = parseFeed(JSON.stringify(value));
        expect(text.feed === null).to.equal(result.feed === null);
      }),
      {numRuns: 500},
    );
  });
});
