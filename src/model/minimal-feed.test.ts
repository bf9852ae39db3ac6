/**
 * What a first hand-written feed needs, and how kindly it is read: only `events`, and each event's
 * `title` and `start`, are required; every other field has a documented default (derived ids, kind and
 * status "unspecified", version 1, no title, the page's language). Typos are warnings with a
 * suggestion, aggregated per name; a time without an offset is read as UTC with a warning.
 */
import {expect} from '@open-wc/testing';
import {parseFeed} from './parse.js';
import {derivedIdBase, eventIds} from './derived-ids.js';
import {closestName, editDistance} from './closest-name.js';
import {countFacets} from './filter-facets.js';
import {isShown, normalizeFilter} from './filter.js';
import {UNSPECIFIED, type ParseResult} from './types.js';

type Json = Record<string, unknown>;

/** The feed a newcomer types first. */
const MINIMAL = {
  events: [
    {title: 'Pact signed', start: '2024-06-19'},
    {title: 'Troops reported in Russia', start: '2024-10-18'},
    {title: 'Ratification', start: '2024-11-12'},
  ],
};

const lines = (result: ParseResult): string[] => result.issues.map((i) => `${i.code} ${i.path} ${i.severity}`);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('a minimal feed ({"events": [{title, start}, …]})', () => {
  it('parses with zero issues, every event kept, as object or as JSON text', () => {
    for (const input of [clone(MINIMAL), JSON.stringify(MINIMAL)]) {
      const result = parseFeed(input);
      expect(result.issues).to.deep.equal([]);
      expect(result.feed?.events.map((e) => e.record.title)).to.deep.equal([
        'Pact signed',
        'Troops reported in Russia',
        'Ratification',
      ]);
    }
  });

  it('gets the documented defaults: no title, language "und", kind and status "unspecified", importance 3', () => {
    const feed = parseFeed(clone(MINIMAL)).feed!;
    expect(feed.title).to.equal('');
    expect(feed.language).to.equal('und');
    for (const event of feed.events) {
      expect(event).to.include({kind: UNSPECIFIED, status: UNSPECIFIED, importance: 3, isRange: false});
      expect(event.record).to.not.have.property('kind');
      expect(event.record).to.not.have.property('status');
      expect(event.record).to.not.have.property('id');
    }
  });

  it('an explicit "version": 1 is still accepted, any other version is not', () => {
    expect(parseFeed({...clone(MINIMAL), version: 1}).issues).to.deep.equal([]);
    expect(lines(parseFeed({...clone(MINIMAL), version: 2}))).to.deep.equal(['invalid-value /version error']);
  });

  it('a feed without "events" says that "events" is missing, and nothing else', () => {
    const result = parseFeed({title: 'Empty'});
    expect(lines(result)).to.deep.equal(['missing-property /events error']);
    expect(result.feed?.events).to.deep.equal([]);
  });
});

describe('derived ids', () => {
  it('are a slug of the title, a dash and 8 base-36 characters, valid as feed ids', () => {
    const ids = parseFeed(clone(MINIMAL)).feed!.events.map((e) => e.id);
    expect(ids[0]).to.match(/^pact-signed-[0-9a-z]{8}$/);
    expect(ids[1]).to.match(/^troops-reported-in-russia-[0-9a-z]{8}$/);
    expect(ids[2]).to.match(/^ratification-[0-9a-z]{8}$/);
    for (const id of ids) expect(id).to.match(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/);
    expect(new Set(ids).size).to.equal(3);
  });

  it('are the same on every parse and whatever the order of the records', () => {
    const byTitle = (result: ParseResult) => new Map(result.feed!.events.map((e) => [e.record.title, e.id]));
    const first = byTitle(parseFeed(clone(MINIMAL)));
    const again = byTitle(parseFeed(clone(MINIMAL)));
    const reordered = byTitle(parseFeed({events: clone(MINIMAL.events).reverse()}));
    const withOthers = byTitle(
      parseFeed({
        events: [
          {title: 'Another', start: '2023'},
          ...clone(MINIMAL.events).reverse(),
          {id: 'x', title: 'X', start: '2024'},
        ],
      }),
    );
    expect([...again]).to.deep.equal([...first]);
    expect([...reordered].sort()).to.deep.equal([...first].sort());
    for (const [title, id] of first) expect(withOthers.get(title), String(title)).to.equal(id);
  });

  it('depend on the start and the title only, not on key order or other fields', () => {
    const base = derivedIdBase({
      title: {fr: 'Pacte signé', en: 'Pact signed'},
      start: {date: '2024-06-19', approximate: true},
    });
    expect(
      derivedIdBase({start: {approximate: true, date: '2024-06-19'}, title: {en: 'Pact signed', fr: 'Pacte signé'}}),
    ).to.equal(base);
    expect(
      derivedIdBase({
        title: {fr: 'Pacte signé', en: 'Pact signed'},
        start: {date: '2024-06-19', approximate: true},
        summary: 'x',
      } as Json),
    ).to.equal(base);
    expect(derivedIdBase({title: {fr: 'Pacte signé', en: 'Pact signed'}, start: '2024-06-19'})).to.not.equal(base);
    expect(derivedIdBase({title: 'Pact signed', start: '2024-06-20'})).to.not.equal(
      derivedIdBase({title: 'Pact signed', start: '2024-06-19'}),
    );
    // a title in several languages: the slug comes from the first language tag in alphabetical order
    expect(base).to.match(/^pact-signed-/);
  });

  it('slugs fold accents, keep 32 characters at a word boundary, and fall back to "event" for non-Latin titles', () => {
    expect(derivedIdBase({title: 'Démenti du Kremlin : « fake news »', start: '2024'})).to.match(
      /^dementi-du-kremlin-fake-news-[0-9a-z]{8}$/,
    );
    expect(derivedIdBase({title: 'A very long title that goes on and on about many things', start: '2024'})).to.match(
      /^a-very-long-title-that-goes-on-[0-9a-z]{8}$/,
    );
    expect(derivedIdBase({title: '조약 서명', start: '2024'})).to.match(/^event-[0-9a-z]{8}$/);
    expect(derivedIdBase({title: 'معاهدة', start: '2024'})).to.match(/^event-[0-9a-z]{8}$/);
  });

  it('identical records get -2, -3 in feed order; a derived id never takes an explicit one', () => {
    const same = {title: 'Strike', start: '2024-10-18'};
    const base = derivedIdBase(same);
    expect(eventIds([same, {...same}, {...same}])).to.deep.equal([base, `${base}-2`, `${base}-3`]);
    // an explicit id later in the feed keeps its id; the derived one moves aside
    expect(eventIds([same, {id: base, title: 'Other', start: '2020'}])).to.deep.equal([`${base}-2`, base]);
    const result = parseFeed({events: [same, {...same}, {id: base, title: 'Other', start: '2020'}]});
    expect(result.issues).to.deep.equal([]);
    expect(result.feed!.events.map((e) => [e.path, e.id])).to.deep.equal([
      ['/events/2', base],
      ['/events/0', `${base}-2`],
      ['/events/1', `${base}-3`],
    ]);
  });

  it('relations and status updates only point to explicit ids: a derived id is named as the reason', () => {
    const derived = derivedIdBase({title: 'Pact signed', start: '2024-06-19'});
    const result = parseFeed({
      events: [
        {title: 'Pact signed', start: '2024-06-19'},
        {
          id: 'ratification',
          title: 'Ratification',
          start: '2024-11-12',
          relations: [{type: 'ratifies', target: derived}],
          statusUpdates: [{status: 'confirmed', date: '2024-12-04', event: derived}],
        },
      ],
    });
    expect(lines(result)).to.deep.equal([
      'unknown-reference /events/1/relations/0/target warning',
      'unknown-reference /events/1/statusUpdates/0/event warning',
    ]);
    for (const issue of result.issues) expect(issue.message).to.contain('give that event an explicit "id"');
    expect(result.feed!.eventById.get('ratification')!.relations).to.deep.equal([]);
    expect(result.feed!.eventById.has(derived)).to.equal(true);
  });
});

describe('unknown properties are warnings with a suggestion', () => {
  it('"strat": did you mean "start"? (the record then misses its start, said separately)', () => {
    const result = parseFeed({
      events: [
        {title: 'Pact signed', strat: '2024-06-19'},
        {title: 'Ratification', start: '2024-11-12'},
      ],
    });
    expect(lines(result)).to.deep.equal([
      'unknown-property /events/0/strat warning',
      'missing-property /events/0/start error',
    ]);
    expect(result.issues[0]!.message).to.equal(
      'event (/events/0) has an unknown property "strat": did you mean "start"? It is ignored (extensions start with "x-")',
    );
    expect(result.feed!.events.map((e) => e.record.title)).to.deep.equal(['Ratification']);
  });

  it('a typo in an optional field keeps the record, without the field', () => {
    const result = parseFeed({events: [{id: 'a', title: 'A', start: '2024', summery: 'text', staus: 'confirmed'}]});
    expect(lines(result)).to.deep.equal([
      'unknown-property /events/0/summery warning',
      'unknown-property /events/0/staus warning',
    ]);
    expect(result.issues[0]!.message).to.contain('did you mean "summary"?');
    expect(result.issues[1]!.message).to.contain('did you mean "status"?');
    const event = result.feed!.eventById.get('a')!;
    expect(event.summary).to.equal(undefined);
    expect(event.status).to.equal(UNSPECIFIED);
    expect(event.record).to.not.have.property('summery');
  });

  it('suggests in every kind of object: the feed, a date object, an actor, coordinates', () => {
    const result = parseFeed({
      titel: 'Feed',
      actors: [{id: 'p', name: 'P', type: 'state', colour: '#123456'}],
      events: [
        {
          id: 'a',
          title: 'A',
          start: {date: '2024-06', precison: 'year'},
          location: {name: 'L', coordinates: {lat: 1, lng: 2, lon: 2}},
        },
      ],
    });
    expect(lines(result)).to.deep.equal([
      'unknown-property /titel warning',
      'unknown-property /actors/0/colour warning',
      'unknown-property /events/0/start/precison warning',
      'unknown-property /events/0/location/coordinates/lng warning',
    ]);
    expect(result.issues.map((i) => /did you mean "([^"]+)"/.exec(i.message)?.[1])).to.deep.equal([
      'title',
      'color',
      'precision',
      'lon',
    ]);
    expect(result.issues[0]!.message).to.contain('the feed has an unknown property "titel"');
    expect(result.issues[2]!.message).to.contain('event "a" (/events/0) field "start" has');
    // the date object is kept without the typo: the month as written
    expect(result.feed!.eventById.get('a')!.start.precision).to.equal('month');
  });

  it('names from other timeline formats point to frise\'s: "date" → "start", "headline" → "title"', () => {
    const result = parseFeed({events: [{headline: 'Pact', date: '2024-06-19'}]});
    expect(
      result.issues.map((i) => `${i.code} ${i.path} ${/did you mean "([^"]+)"/.exec(i.message)?.[1] ?? ''}`),
    ).to.deep.equal([
      'unknown-property /events/0/headline title',
      'unknown-property /events/0/date start',
      'missing-property /events/0/title ',
      'missing-property /events/0/start ',
    ]);
  });

  it('no suggestion when nothing is close', () => {
    const result = parseFeed({events: [{title: 'A', start: '2024', author: 'me', zz: 1}]});
    expect(lines(result)).to.deep.equal([
      'unknown-property /events/0/author warning',
      'unknown-property /events/0/zz warning',
    ]);
    for (const issue of result.issues) expect(issue.message).to.not.contain('did you mean');
    expect(result.feed!.events).to.have.length(1);
  });

  it('x- extensions stay silent', () => {
    expect(
      parseFeed({'x-tool': 1, events: [{title: 'A', start: {date: '2024', 'x-raw': '2024'}, 'x-note': 'n'}]}).issues,
    ).to.deep.equal([]);
  });

  it('1000 records with the same typo → one issue with the count and the first paths, all 1000 kept', () => {
    const events = Array.from({length: 1000}, (_, i) => ({title: `Event ${i}`, start: '2024-06-19', summery: 'x'}));
    const result = parseFeed({events});
    expect(result.issues).to.have.length(1);
    const issue = result.issues[0]!;
    expect(issue).to.include({code: 'unknown-property', severity: 'warning', path: '/events/0/summery', count: 1000});
    expect(issue.paths).to.deep.equal([
      '/events/0/summery',
      '/events/1/summery',
      '/events/2/summery',
      '/events/3/summery',
      '/events/4/summery',
    ]);
    expect(issue.message).to.equal(
      'event (/events/0) and 999 other events have an unknown property "summery": did you mean "summary"? It is ignored (extensions start with "x-")',
    );
    expect(result.feed!.events).to.have.length(1000);
  });

  it('different unknown names are different issues, each aggregated', () => {
    const events = Array.from({length: 6}, (_, i) => ({
      title: `E${i}`,
      start: '2024',
      ...(i % 2 ? {summery: 's'} : {tag: ['t']}),
    }));
    const result = parseFeed({events});
    expect(result.issues.map((i) => `${i.path} ${i.count}`)).to.deep.equal(['/events/0/tag 3', '/events/1/summery 3']);
  });
});

describe('closestName and editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('strat', 'start')).to.equal(1);
    expect(editDistance('titel', 'title')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
  });

  it('ignores case, "-" and "_"; answers only when close', () => {
    const names = ['id', 'title', 'start', 'end', 'status', 'statusUpdates', 'kind'];
    expect(closestName('Start', names)).to.equal('start');
    expect(closestName('status_updates', names)).to.equal('statusUpdates');
    expect(closestName('strat', names)).to.equal('start');
    expect(closestName('kinds', names)).to.equal('kind');
    expect(closestName('ID', names)).to.equal('id');
    expect(closestName('xy', names)).to.equal(undefined);
    expect(closestName('banana', names)).to.equal(undefined);
    expect(closestName('constructor', names, 'event')).to.equal(undefined);
    expect(closestName('__proto__', names, '__proto__')).to.equal(undefined);
  });
});

describe('a time without an offset', () => {
  it('is read as UTC with one warning that names the record and the field and says how it was read', () => {
    const result = parseFeed({events: [{id: 'vote', title: 'Vote', start: '2024-10-21T22:30'}]});
    expect(lines(result)).to.deep.equal(['date-no-offset /events/0/start warning']);
    expect(result.issues[0]!.message).to.equal(
      'event "vote" (/events/0) field "start": "2024-10-21T22:30" gives a time without a UTC offset: it is read as UTC (2024-10-21T22:30Z); add the offset (e.g. 2024-10-21T22:30+02:00) if it is a local time',
    );
    expect(result.feed!.eventById.get('vote')!.interval.start).to.equal(Date.parse('2024-10-21T22:30:00Z'));
  });

  it('many such dates (starts, ends, date objects, status updates, published) are one aggregated warning; no event is dropped', () => {
    const result = parseFeed({
      published: '2024-10-22T08:00',
      events: [
        {id: 'a', title: 'A', start: '2024-10-21T22:30', end: {date: '2024-10-21T23:30'}},
        {
          id: 'b',
          title: 'B',
          start: '2024-10-21T22:30',
          statusUpdates: [{status: 'confirmed', date: '2024-10-23T10:00'}],
        },
        {id: 'c', title: 'C', start: '2024-10-22T09:00Z'},
      ],
    });
    expect(lines(result)).to.deep.equal(['date-no-offset /published warning']);
    const issue = result.issues[0]!;
    expect(issue.count).to.equal(5);
    expect(issue.paths).to.deep.equal([
      '/published',
      '/events/0/start',
      '/events/0/end/date',
      '/events/1/start',
      '/events/1/statusUpdates/0/date',
    ]);
    expect(issue.message).to.contain('4 other dates give a time without an offset, read as UTC the same way');
    expect(result.feed!.events.map((e) => e.id).sort()).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('kind and status "unspecified" in filters and facets', () => {
  const mixed = () =>
    parseFeed({
      events: [
        {id: 'a', title: 'A', start: '2024-01', kind: 'report', status: 'reported'},
        {id: 'b', title: 'B', start: '2024-02'},
        {id: 'c', title: 'C', start: '2024-03', kind: 'claim'},
      ],
    }).feed!;

  it('facets count "unspecified" last, and only when other events do say a kind or a status', () => {
    const counts = countFacets(mixed());
    expect([...counts.kinds]).to.deep.equal([
      ['report', 1],
      ['claim', 1],
      ['unspecified', 1],
    ]);
    expect([...counts.statuses]).to.deep.equal([
      ['reported', 1],
      ['unspecified', 2],
    ]);
    const minimal = countFacets(parseFeed(clone(MINIMAL)).feed!);
    expect(minimal.kinds.size).to.equal(0);
    expect(minimal.statuses.size).to.equal(0);
  });

  it('hiding "unspecified" hides the events that do not say it, and only those', () => {
    const feed = mixed();
    const shown = (filter: Json) => feed.events.filter((e) => isShown(e, normalizeFilter(filter))).map((e) => e.id);
    expect(shown({hiddenKinds: ['unspecified']})).to.deep.equal(['a', 'c']);
    expect(shown({hiddenStatuses: ['unspecified']})).to.deep.equal(['a']);
    expect(shown({hiddenStatuses: ['reported']})).to.deep.equal(['b', 'c']);
  });
});
