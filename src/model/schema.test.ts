/**
 * The feed contract, rule by rule: one test per rule of data/frise-feed.schema.json, all through
 * parseFeed. A rejection test mutates one thing of a valid feed and checks that exactly one issue
 * (code + JSON pointer) is reported, that its message names the record and the field, that the bad
 * record is left out and that every other record is kept. An acceptance test checks zero issues.
 */
import {expect} from '@open-wc/testing';
import {parseFeed} from './parse.js';
import type {FeedIssueCode, ParseResult} from './types.js';

type Json = Record<string, unknown>;

const EVENT_IDS = ['e1', 'e2', 'e3'];
const ACTOR_IDS = ['p', 'q', 'r'];
const SOURCE_IDS = ['s1', 's2', 's3'];

const event = (id: string, extra: Json = {}): Json => ({
  id,
  title: `Title ${id}`,
  start: '2024-10-18',
  kind: 'report',
  status: 'reported',
  ...extra,
});
const actor = (id: string, extra: Json = {}): Json => ({id, name: `Actor ${id}`, type: 'state', ...extra});
const source = (id: string, extra: Json = {}): Json => ({id, publisher: `Publisher ${id}`, ...extra});

/** A valid feed: three events, three actors, three sources, all on the same day (sorted by id). */
function validFeed(): Json {
  return {
    version: 1,
    title: 'Feed',
    language: 'fr',
    actors: ACTOR_IDS.map((id) => actor(id)),
    sources: SOURCE_IDS.map((id) => source(id)),
    events: EVENT_IDS.map((id) => event(id)),
  };
}

const ids = (result: ParseResult, list: 'events' | 'actors' | 'sources'): string[] | undefined =>
  result.feed?.[list].map((record) => record.id);

const summary = (result: ParseResult) => result.issues.map(({code, path, severity}) => ({code, path, severity}));

interface Expected {
  code: FeedIssueCode;
  /** JSON pointer of the issue. */
  path: string;
  /** Texts the message must contain besides the record: the field (and the value, where useful). */
  mentions: string[];
}

/** The record mutated is the second one of its list (index 1). */
function rejectsRecord(
  list: 'events' | 'actors' | 'sources',
  mutate: (record: Json) => void,
  expected: Expected,
): ParseResult {
  const feed = validFeed();
  const records = feed[list] as Json[];
  const record = records[1]!;
  mutate(record);
  const result = parseFeed(feed);
  expect(summary(result)).to.deep.equal([{code: expected.code, path: expected.path, severity: 'error'}]);
  const message = result.issues[0]!.message;
  const noun = list.slice(0, -1);
  // names the record: by its id when it has a string id, always by its pointer
  if (typeof record['id'] === 'string') expect(message).to.contain(`${noun} "${record['id']}" (/${list}/1)`);
  else expect(message).to.contain(`${noun} (/${list}/1)`);
  for (const text of expected.mentions) expect(message).to.contain(text);
  // the bad record is left out, every other record is kept
  const all = {events: EVENT_IDS, actors: ACTOR_IDS, sources: SOURCE_IDS};
  for (const name of ['events', 'actors', 'sources'] as const) {
    expect(ids(result, name), name).to.deep.equal(name === list ? all[name].filter((_, i) => i !== 1) : all[name]);
  }
  return result;
}

const rejectsEvent = (mutate: (e: Json) => void, expected: Expected) => rejectsRecord('events', mutate, expected);
const rejectsActor = (mutate: (e: Json) => void, expected: Expected) => rejectsRecord('actors', mutate, expected);
const rejectsSource = (mutate: (e: Json) => void, expected: Expected) => rejectsRecord('sources', mutate, expected);

/** The mutated record (index 1 of `list`) is accepted: zero issues, every record kept. */
function acceptsRecord(
  list: 'events' | 'actors' | 'sources',
  mutate: (record: Json) => void,
  feedExtra: Json = {},
): ParseResult {
  const feed = {...validFeed(), ...feedExtra};
  mutate((feed[list] as Json[])[1]!);
  const result = parseFeed(feed);
  expect(summary(result)).to.deep.equal([]);
  expect(ids(result, 'events')?.slice().sort()).to.deep.equal(EVENT_IDS);
  expect(ids(result, 'actors')).to.deep.equal(ACTOR_IDS);
  expect(ids(result, 'sources')).to.deep.equal(SOURCE_IDS);
  return result;
}

const acceptsEvent = (mutate: (e: Json) => void, feedExtra: Json = {}) => acceptsRecord('events', mutate, feedExtra);

/**
 * An unknown property of the mutated record (index 1 of `list`) is ignored, not fatal: exactly one
 * unknown-property warning at its pointer, naming it, the record kept without it, every record kept.
 */
function ignoresProperty(
  list: 'events' | 'actors' | 'sources',
  mutate: (record: Json) => void,
  expected: {path: string; mentions: string[]},
): ParseResult {
  const feed = validFeed();
  mutate((feed[list] as Json[])[1]!);
  const result = parseFeed(feed);
  expect(summary(result)).to.deep.equal([{code: 'unknown-property', path: expected.path, severity: 'warning'}]);
  const issue = result.issues[0]!;
  expect(issue).to.include({count: 1});
  expect(issue.paths).to.deep.equal([expected.path]);
  expect(issue.message).to.contain(`(/${list}/1)`);
  for (const text of expected.mentions) expect(issue.message).to.contain(text);
  expect(ids(result, 'events')?.slice().sort()).to.deep.equal(EVENT_IDS);
  expect(ids(result, 'actors')).to.deep.equal(ACTOR_IDS);
  expect(ids(result, 'sources')).to.deep.equal(SOURCE_IDS);
  return result;
}

/** A feed-level field is reported; every record is kept (unless the field is the list itself). */
function reportsFeedField(mutate: (feed: Json) => void, expected: Expected & {keepsEvents?: boolean}): ParseResult {
  const feed = validFeed();
  mutate(feed);
  const result = parseFeed(feed);
  expect(summary(result)).to.deep.equal([{code: expected.code, path: expected.path, severity: 'error'}]);
  for (const text of expected.mentions) expect(result.issues[0]!.message).to.contain(text);
  expect(result.feed).to.not.equal(null);
  expect(ids(result, 'events')).to.deep.equal(expected.keepsEvents === false ? [] : EVENT_IDS);
  expect(ids(result, 'actors')).to.deep.equal(ACTOR_IDS);
  expect(ids(result, 'sources')).to.deep.equal(SOURCE_IDS);
  return result;
}

describe('schema: the minimal valid feed', () => {
  it('is accepted with zero issues and every record kept', () => {
    const result = parseFeed(validFeed());
    expect(result.issues).to.deep.equal([]);
    expect(ids(result, 'events')).to.deep.equal(EVENT_IDS);
    expect(ids(result, 'actors')).to.deep.equal(ACTOR_IDS);
    expect(ids(result, 'sources')).to.deep.equal(SOURCE_IDS);
  });

  it('needs no actors or sources lists', () => {
    const result = parseFeed({version: 1, title: 'Feed', language: 'fr', events: [event('e1')]});
    expect(result.issues).to.deep.equal([]);
    expect(ids(result, 'events')).to.deep.equal(['e1']);
  });
});

describe('schema: the document', () => {
  it('JSON text that is not JSON → json-syntax at "", feed null', () => {
    const result = parseFeed('{"version": 1, "title": ');
    expect(result.feed).to.equal(null);
    expect(summary(result)).to.deep.equal([{code: 'json-syntax', path: '', severity: 'error'}]);
    expect(result.issues[0]!.message).to.contain('not valid JSON');
  });

  it('null (object or JSON text) → not-a-feed, feed null', () => {
    for (const input of [null, 'null']) {
      const result = parseFeed(input);
      expect(result.feed, String(input)).to.equal(null);
      expect(summary(result)).to.deep.equal([{code: 'not-a-feed', path: '', severity: 'error'}]);
      expect(result.issues[0]!.message).to.contain('not null');
    }
  });

  it('an array → not-a-feed, feed null', () => {
    for (const input of [[], '[{"version": 1}]']) {
      const result = parseFeed(input);
      expect(result.feed).to.equal(null);
      expect(summary(result)).to.deep.equal([{code: 'not-a-feed', path: '', severity: 'error'}]);
      expect(result.issues[0]!.message).to.contain('not an array');
    }
  });

  it('a number or a JSON string → not-a-feed, feed null', () => {
    for (const [input, type] of [
      [42, 'number'],
      ['42', 'number'],
      ['"a feed"', 'string'],
      [true, 'boolean'],
    ] as const) {
      const result = parseFeed(input);
      expect(result.feed).to.equal(null);
      expect(summary(result)).to.deep.equal([{code: 'not-a-feed', path: '', severity: 'error'}]);
      expect(result.issues[0]!.message).to.contain(`not ${type}`);
    }
  });

  it('"version", "title" and "language" are optional: without them, zero issues, no title, language "und"', () => {
    const feed = validFeed();
    delete feed['version'];
    delete feed['title'];
    delete feed['language'];
    const result = parseFeed(feed);
    expect(result.issues).to.deep.equal([]);
    expect(result.feed?.title).to.equal('');
    expect(result.feed?.language).to.equal('und');
    expect(ids(result, 'events')).to.deep.equal(EVENT_IDS);
  });

  it('missing "events" → missing-property at /events, actors and sources kept', () => {
    reportsFeedField((feed) => delete feed['events'], {
      code: 'missing-property',
      path: '/events',
      mentions: ['the feed', '"events"'],
      keepsEvents: false,
    });
  });

  it('"events" not an array → invalid-type at /events, no events, the rest kept', () => {
    reportsFeedField((feed) => (feed['events'] = {e1: event('e1')}), {
      code: 'invalid-type',
      path: '/events',
      mentions: ['"events"', 'must be an array'],
      keepsEvents: false,
    });
  });

  it('version other than the constant 1 → invalid-value at /version', () => {
    reportsFeedField((feed) => (feed['version'] = 2), {
      code: 'invalid-value',
      path: '/version',
      mentions: ['"version"', 'must be 1', 'not 2'],
    });
  });

  it('version as the string "1" → invalid-value at /version', () => {
    reportsFeedField((feed) => (feed['version'] = '1'), {
      code: 'invalid-value',
      path: '/version',
      mentions: ['"version"'],
    });
  });

  it('an unknown top-level property → ignored, with an unknown-property warning at its pointer, every record kept', () => {
    const feed = validFeed();
    feed['author'] = 'me';
    const result = parseFeed(feed);
    expect(summary(result)).to.deep.equal([{code: 'unknown-property', path: '/author', severity: 'warning'}]);
    for (const text of ['the feed', '"author"', '"x-"']) expect(result.issues[0]!.message).to.contain(text);
    expect(ids(result, 'events')).to.deep.equal(EVENT_IDS);
  });

  it('a top-level x- extension and $schema are accepted', () => {
    const feed = {
      ...validFeed(),
      'x-generator': {name: 'tool', nested: [1, {deep: true}]},
      $schema: 'https://example.org/s.json',
    };
    const result = parseFeed(feed);
    expect(result.issues).to.deep.equal([]);
    expect(ids(result, 'events')).to.deep.equal(EVENT_IDS);
  });

  it('language not a BCP 47 tag → invalid-language at /language, language "und"', () => {
    const result = reportsFeedField((feed) => (feed['language'] = 'fr_FR'), {
      code: 'invalid-language',
      path: '/language',
      mentions: ['"language"', '"fr_FR"'],
    });
    expect(result.feed?.language).to.equal('und');
  });

  it('language tags of every accepted form are accepted (fr, fra, en-GB, zh-Hant, es-419)', () => {
    for (const language of ['fr', 'fra', 'en-GB', 'zh-Hant', 'es-419']) {
      const result = parseFeed({...validFeed(), language});
      expect(result.issues, language).to.deep.equal([]);
      expect(result.feed?.language).to.equal(language);
    }
  });

  it('feed title empty → invalid-length at /title', () => {
    reportsFeedField((feed) => (feed['title'] = ''), {
      code: 'invalid-length',
      path: '/title',
      mentions: ['"title"', 'must not be empty'],
    });
  });

  it('feed description as a number → invalid-text at /description', () => {
    reportsFeedField((feed) => (feed['description'] = 7), {
      code: 'invalid-text',
      path: '/description',
      mentions: ['"description"'],
    });
  });

  it('feed published not an ISO date → date-syntax at /published', () => {
    reportsFeedField((feed) => (feed['published'] = '22/10/2024'), {
      code: 'date-syntax',
      path: '/published',
      mentions: ['"published"', '"22/10/2024"'],
    });
  });

  it('feed source not an id → invalid-id at /source', () => {
    reportsFeedField((feed) => (feed['source'] = 'bad id'), {
      code: 'invalid-id',
      path: '/source',
      mentions: ['"source"', '"bad id"'],
    });
  });

  it('actors not an array → invalid-type at /actors, no actors, events and sources kept', () => {
    const feed = validFeed();
    feed['actors'] = 'p';
    const result = parseFeed(feed);
    expect(summary(result)).to.deep.equal([{code: 'invalid-type', path: '/actors', severity: 'error'}]);
    expect(ids(result, 'actors')).to.deep.equal([]);
    expect(ids(result, 'events')).to.deep.equal(EVENT_IDS);
    expect(ids(result, 'sources')).to.deep.equal(SOURCE_IDS);
  });
});

describe('schema: event required fields and identity', () => {
  for (const field of ['title', 'start'] as const) {
    it(`event missing "${field}" → missing-property at /events/1/${field}`, () => {
      rejectsEvent((e) => delete e[field], {
        code: 'missing-property',
        path: `/events/1/${field}`,
        mentions: [`"${field}"`],
      });
    });
  }

  it('an event without "id", "kind" or "status" is kept: derived id, kind and status "unspecified"', () => {
    const feed = validFeed();
    const record = (feed['events'] as Json[])[1]!;
    delete record['id'];
    delete record['kind'];
    delete record['status'];
    const result = parseFeed(feed);
    expect(result.issues).to.deep.equal([]);
    const event = result.feed!.events.find((e) => e.path === '/events/1')!;
    expect(event.id).to.match(/^title-e2-[0-9a-z]{8}$/);
    expect(event.record.id).to.equal(undefined);
    expect(event).to.include({kind: 'unspecified', status: 'unspecified'});
  });

  it('event that is not an object → invalid-type at /events/1', () => {
    const feed = validFeed();
    (feed['events'] as unknown[])[1] = 'e2';
    const result = parseFeed(feed);
    expect(summary(result)).to.deep.equal([{code: 'invalid-type', path: '/events/1', severity: 'error'}]);
    expect(result.issues[0]!.message).to.contain('event (/events/1) must be an object');
    expect(ids(result, 'events')).to.deep.equal(['e1', 'e3']);
  });

  it('id breaking the pattern (leading "-") → invalid-id at /events/1/id', () => {
    rejectsEvent((e) => (e['id'] = '-e2'), {code: 'invalid-id', path: '/events/1/id', mentions: ['field "id"']});
  });

  it('id with a space → invalid-id at /events/1/id', () => {
    rejectsEvent((e) => (e['id'] = 'e 2'), {code: 'invalid-id', path: '/events/1/id', mentions: ['field "id"']});
  });

  it('id of 129 characters → invalid-id; 128 characters and every allowed character are accepted', () => {
    rejectsEvent((e) => (e['id'] = `e${'x'.repeat(128)}`), {
      code: 'invalid-id',
      path: '/events/1/id',
      mentions: ['field "id"'],
    });
    const long = `e${'x'.repeat(127)}`;
    const result = parseFeed({...validFeed(), events: [event(long), event('A1:b_c.d-e')]});
    expect(result.issues).to.deep.equal([]);
    expect(ids(result, 'events')?.sort()).to.deep.equal(['A1:b_c.d-e', long]);
  });

  it('kind outside the enum → invalid-value at /events/1/kind', () => {
    rejectsEvent((e) => (e['kind'] = 'rumour'), {
      code: 'invalid-value',
      path: '/events/1/kind',
      mentions: ['field "kind"', '"rumour"'],
    });
  });

  it('status outside the enum → invalid-value at /events/1/status', () => {
    rejectsEvent((e) => (e['status'] = 'maybe'), {
      code: 'invalid-value',
      path: '/events/1/status',
      mentions: ['field "status"', '"maybe"'],
    });
  });

  it('event with an unknown property → ignored, with an unknown-property warning at /events/1/foo', () => {
    ignoresProperty('events', (e) => (e['foo'] = 1), {path: '/events/1/foo', mentions: ['"foo"']});
  });

  it('event with an x- extension is accepted', () => {
    acceptsEvent((e) => (e['x-foo'] = {any: ['thing']}));
  });
});

describe('schema: localized text (title)', () => {
  it('title as an empty string → invalid-length at /events/1/title', () => {
    rejectsEvent((e) => (e['title'] = ''), {
      code: 'invalid-length',
      path: '/events/1/title',
      mentions: ['field "title"', 'must not be empty'],
    });
  });

  it('a blank title (spaces, no-break spaces, zero-width characters, in any language) → invalid-text at its path', () => {
    for (const blank of ['   ', '\u00a0\u00a0', '\u200b', '\t\n', '\u3000']) {
      rejectsEvent((e) => (e['title'] = blank), {
        code: 'invalid-text',
        path: '/events/1/title',
        mentions: ['field "title"', 'blank'],
      });
    }
    rejectsEvent((e) => (e['title'] = {fr: 'Titre', en: '\u00a0'}), {
      code: 'invalid-text',
      path: '/events/1/title/en',
      mentions: ['blank'],
    });
    rejectsActor((a) => (a['name'] = ' '), {code: 'invalid-text', path: '/actors/1/name', mentions: ['blank']});
    // a title with one visible character among spaces is a title
    acceptsRecord('events', (e) => (e['title'] = '  x  '));
  });

  it('title as a number → invalid-text at /events/1/title', () => {
    rejectsEvent((e) => (e['title'] = 42), {
      code: 'invalid-text',
      path: '/events/1/title',
      mentions: ['field "title"', '42'],
    });
  });

  it('title as an empty object → invalid-length at /events/1/title', () => {
    rejectsEvent((e) => (e['title'] = {}), {
      code: 'invalid-length',
      path: '/events/1/title',
      mentions: ['field "title"'],
    });
  });

  it('title object with a key that is not a language tag → invalid-language at /events/1/title/<key>', () => {
    rejectsEvent((e) => (e['title'] = {fr: 'Titre', 'not a tag': 'x'}), {
      code: 'invalid-language',
      path: '/events/1/title/not a tag',
      mentions: ['field "title"', '"not a tag"'],
    });
  });

  it('title object key with "/" and "~" is escaped in the pointer (~1, ~0)', () => {
    rejectsEvent((e) => (e['title'] = {'a/b~c': 'x'}), {
      code: 'invalid-language',
      path: '/events/1/title/a~1b~0c',
      mentions: ['"a/b~c"'],
    });
  });

  it('title object with an empty text → invalid-length at /events/1/title/fr', () => {
    rejectsEvent((e) => (e['title'] = {fr: '', en: 'Title'}), {
      code: 'invalid-length',
      path: '/events/1/title/fr',
      mentions: ['field "title/fr"'],
    });
  });

  it('title longer than 10000 characters → invalid-length at /events/1/title', () => {
    rejectsEvent((e) => (e['title'] = 'x'.repeat(10001)), {
      code: 'invalid-length',
      path: '/events/1/title',
      mentions: ['field "title"', '10000'],
    });
  });

  it('title as a valid {fr, en} object is accepted', () => {
    const result = acceptsEvent((e) => (e['title'] = {fr: 'Le titre', en: 'The title', 'en-GB': 'The title'}));
    expect(result.feed?.eventById.get('e2')?.title).to.deep.equal({
      fr: 'Le titre',
      en: 'The title',
      'en-GB': 'The title',
    });
  });
});

describe('schema: date strings', () => {
  for (const [label, value] of [
    ['a bad month (13)', '2024-13-01'],
    ['a 5-digit year without sign', '10000'],
    ['a one-digit month', '2024-1-01'],
    ['week 54', '2024-W54'],
    ['hour 24', '2024-10-18T24:00Z'],
    ['lower-case t and z', '2024-10-18t09:30z'],
    ['a French date', '18/10/2024'],
  ] as const) {
    it(`start with ${label} (${value}) → date-syntax at /events/1/start`, () => {
      rejectsEvent((e) => (e['start'] = value), {
        code: 'date-syntax',
        path: '/events/1/start',
        mentions: ['field "start"', JSON.stringify(value)],
      });
    });
  }

  it('start as a number → date-syntax at /events/1/start', () => {
    rejectsEvent((e) => (e['start'] = 2024), {
      code: 'date-syntax',
      path: '/events/1/start',
      mentions: ['field "start"', '2024'],
    });
  });

  it('end with bad syntax → date-syntax at /events/1/end', () => {
    rejectsEvent((e) => (e['end'] = '2024-10-32'), {
      code: 'date-syntax',
      path: '/events/1/end',
      mentions: ['field "end"', '"2024-10-32"'],
    });
  });

  for (const [label, value, iso, precision] of [
    ['a year', '2024', '2024-01-01T00:00:00Z', 'year'],
    ['a month', '2024-06', '2024-06-01T00:00:00Z', 'month'],
    ['an ISO week', '2024-W42', '2024-10-14T00:00:00Z', 'week'],
    ['a day', '2024-10-18', '2024-10-18T00:00:00Z', 'day'],
    ['a datetime with Z', '2024-10-22T03:30Z', '2024-10-22T03:30:00Z', 'minute'],
    ['a datetime with an offset', '2024-10-21T22:30-04:00', '2024-10-22T02:30:00Z', 'minute'],
    ['a datetime with seconds and milliseconds', '2024-10-18T09:30:15.123+09:00', '2024-10-18T00:30:15.123Z', 'second'],
    ['a signed 4-digit year', '+2024-10-18', '2024-10-18T00:00:00Z', 'day'],
    ['an expanded year', '+010000', '+010000-01-01T00:00:00Z', 'year'],
    ['year 0000 (1 BCE)', '0000', '0000-01-01T00:00:00Z', 'year'],
    ['a BCE day (the Ides of March)', '-0043-03-15', '-000043-03-15T00:00:00Z', 'day'],
  ] as const) {
    it(`start with ${label} (${value}) is accepted and resolved`, () => {
      const result = acceptsEvent((e) => (e['start'] = value));
      const start = result.feed?.eventById.get('e2')?.start;
      expect(start?.start).to.equal(Date.parse(iso));
      expect(Number.isFinite(start?.start)).to.equal(true);
      expect(start?.precision).to.equal(precision);
    });
  }
});

describe('schema: a time without an offset', () => {
  it('is read as UTC: the event kept, one date-no-offset warning naming the record and the field', () => {
    const feed = validFeed();
    (feed['events'] as Json[])[1]!['start'] = '2024-10-18T09:30';
    const result = parseFeed(feed);
    expect(summary(result)).to.deep.equal([{code: 'date-no-offset', path: '/events/1/start', severity: 'warning'}]);
    expect(result.issues[0]!.message).to.contain('event "e2" (/events/1) field "start"');
    expect(result.issues[0]!.message).to.contain('read as UTC (2024-10-18T09:30Z)');
    expect(result.feed?.eventById.get('e2')?.start).to.include({
      start: Date.parse('2024-10-18T09:30:00Z'),
      precision: 'minute',
    });
    expect(ids(result, 'events')?.slice().sort()).to.deep.equal(EVENT_IDS);
  });
});

describe('schema: date objects', () => {
  it('both "date" and "relative" → date-syntax at /events/1/start', () => {
    rejectsEvent((e) => (e['start'] = {date: '2024-10-18', relative: {unit: 'day', offset: -1}}), {
      code: 'date-syntax',
      path: '/events/1/start',
      mentions: ['field "start"', '"date"', '"relative"'],
    });
  });

  it('neither "date" nor "relative" → date-syntax at /events/1/start', () => {
    rejectsEvent((e) => (e['start'] = {precision: 'day', approximate: true}), {
      code: 'date-syntax',
      path: '/events/1/start',
      mentions: ['field "start"', '"date"', '"relative"'],
    });
  });

  it('a precision outside the enum → invalid-value at /events/1/start/precision', () => {
    rejectsEvent((e) => (e['start'] = {date: '2024-10-18', precision: 'decade'}), {
      code: 'invalid-value',
      path: '/events/1/start/precision',
      mentions: ['field "start/precision"', '"decade"'],
    });
  });

  it('"date" inside the object with bad syntax → date-syntax at /events/1/start/date', () => {
    rejectsEvent((e) => (e['start'] = {date: '2024-13'}), {
      code: 'date-syntax',
      path: '/events/1/start/date',
      mentions: ['field "start/date"', '"2024-13"'],
    });
  });

  it('"approximate" not a boolean → invalid-type at /events/1/start/approximate', () => {
    rejectsEvent((e) => (e['start'] = {date: '2024-10-18', approximate: 'yes'}), {
      code: 'invalid-type',
      path: '/events/1/start/approximate',
      mentions: ['field "start/approximate"', 'boolean'],
    });
  });

  it('relative with a unit outside the enum → invalid-value at /events/1/start/relative/unit', () => {
    rejectsEvent((e) => (e['start'] = {relative: {unit: 'fortnight', offset: -1}}), {
      code: 'invalid-value',
      path: '/events/1/start/relative/unit',
      mentions: ['field "start/relative/unit"', '"fortnight"'],
    });
  });

  it('relative with a non-integer offset → invalid-type at /events/1/start/relative/offset', () => {
    rejectsEvent((e) => (e['start'] = {relative: {unit: 'week', offset: -1.5}}), {
      code: 'invalid-type',
      path: '/events/1/start/relative/offset',
      mentions: ['field "start/relative/offset"', 'integer'],
    });
  });

  it('relative with an offset beyond ±100000 → out-of-range at /events/1/start/relative/offset', () => {
    rejectsEvent((e) => (e['start'] = {relative: {unit: 'day', offset: -100001}}), {
      code: 'out-of-range',
      path: '/events/1/start/relative/offset',
      mentions: ['field "start/relative/offset"', '-100001'],
    });
  });

  it('relative missing its offset → missing-property at /events/1/start/relative/offset', () => {
    rejectsEvent((e) => (e['start'] = {relative: {unit: 'day'}}), {
      code: 'missing-property',
      path: '/events/1/start/relative/offset',
      mentions: ['"offset"'],
    });
  });

  it('date object with an unknown property → ignored, with an unknown-property warning at /events/1/start/foo', () => {
    ignoresProperty('events', (e) => (e['start'] = {date: '2024-10-18', foo: 1}), {
      path: '/events/1/start/foo',
      mentions: ['"foo"'],
    });
  });

  it('a date object using every field (and an x- extension) is accepted', () => {
    const result = acceptsEvent(
      (e) =>
        (e['start'] = {
          date: '2024-10-18',
          precision: 'month',
          approximate: true,
          wording: {fr: 'en octobre'},
          verified: false,
          'x-raw': 'octobre',
        }),
    );
    const start = result.feed?.eventById.get('e2')?.start;
    expect(start).to.deep.include({
      start: Date.UTC(2024, 9, 1),
      end: Date.UTC(2024, 10, 1),
      precision: 'month',
      approximate: true,
      verified: false,
      relative: false,
    });
    expect(start?.wording).to.deep.equal({fr: 'en octobre'});
  });

  it('a relative date object is accepted when the feed is published', () => {
    const result = acceptsEvent((e) => (e['start'] = {relative: {unit: 'day', offset: -2}}), {published: '2024-10-20'});
    expect(result.feed?.eventById.get('e2')?.start).to.deep.include({
      start: Date.UTC(2024, 9, 18),
      end: Date.UTC(2024, 9, 19),
      precision: 'day',
      relative: true,
    });
  });
});

describe('schema: attribution', () => {
  it('neither actors nor label → missing-property at /events/1/attribution', () => {
    rejectsEvent((e) => (e['attribution'] = {via: ['s1']}), {
      code: 'missing-property',
      path: '/events/1/attribution',
      mentions: ['field "attribution"', '"actors"', '"label"'],
    });
  });

  it('duplicate actor ids → duplicate-item at /events/1/attribution/actors', () => {
    rejectsEvent((e) => (e['attribution'] = {actors: ['p', 'p']}), {
      code: 'duplicate-item',
      path: '/events/1/attribution/actors',
      mentions: ['field "attribution/actors"'],
    });
  });

  it('unknown property → ignored, with an unknown-property warning at /events/1/attribution/foo', () => {
    ignoresProperty('events', (e) => (e['attribution'] = {label: 'un responsable', foo: 1}), {
      path: '/events/1/attribution/foo',
      mentions: ['field "attribution"', '"foo"'],
    });
  });

  it('actors only, label only, and both with an x- extension are accepted', () => {
    acceptsEvent((e) => (e['attribution'] = {actors: ['p']}));
    acceptsEvent((e) => (e['attribution'] = {label: {fr: 'un haut responsable'}}));
    acceptsEvent(
      (e) => (e['attribution'] = {actors: ['p', 'q'], via: ['s1'], label: 'selon le NIS', 'x-confidence': 0.5}),
    );
  });
});

describe('schema: location', () => {
  it('latitude above 90 → out-of-range at /events/1/location/coordinates/lat', () => {
    rejectsEvent((e) => (e['location'] = {name: 'Séoul', coordinates: {lat: 91, lon: 0}}), {
      code: 'out-of-range',
      path: '/events/1/location/coordinates/lat',
      mentions: ['field "location/coordinates/lat"', '91', '90'],
    });
  });

  it('longitude below -180 → out-of-range at /events/1/location/coordinates/lon', () => {
    rejectsEvent((e) => (e['location'] = {name: 'Séoul', coordinates: {lat: 0, lon: -180.5}}), {
      code: 'out-of-range',
      path: '/events/1/location/coordinates/lon',
      mentions: ['field "location/coordinates/lon"', '-180.5'],
    });
  });

  it('coordinates missing lon → missing-property at /events/1/location/coordinates/lon', () => {
    rejectsEvent((e) => (e['location'] = {name: 'Séoul', coordinates: {lat: 0}}), {
      code: 'missing-property',
      path: '/events/1/location/coordinates/lon',
      mentions: ['"lon"'],
    });
  });

  it('location missing its name → missing-property at /events/1/location/name', () => {
    rejectsEvent((e) => (e['location'] = {coordinates: {lat: 1, lon: 2}}), {
      code: 'missing-property',
      path: '/events/1/location/name',
      mentions: ['"name"'],
    });
  });

  it('unknown property → ignored, with an unknown-property warning at /events/1/location/foo', () => {
    ignoresProperty('events', (e) => (e['location'] = {name: 'Séoul', foo: 1}), {
      path: '/events/1/location/foo',
      mentions: ['"foo"'],
    });
  });

  it('boundary coordinates (±90, ±180) and an x- extension are accepted', () => {
    acceptsEvent((e) => (e['location'] = {name: 'Pôle', coordinates: {lat: -90, lon: 180}, 'x-geonames': 1}));
  });
});

describe('schema: quotes', () => {
  it('quote missing speaker → missing-property at /events/1/quotes/0/speaker', () => {
    rejectsEvent((e) => (e['quotes'] = [{text: 'Nous démentons.'}]), {
      code: 'missing-property',
      path: '/events/1/quotes/0/speaker',
      mentions: ['field "quotes/0"', '"speaker"'],
    });
  });

  it('quote missing text → missing-property at /events/1/quotes/0/text', () => {
    rejectsEvent((e) => (e['quotes'] = [{speaker: 'KCNA'}]), {
      code: 'missing-property',
      path: '/events/1/quotes/0/text',
      mentions: ['"text"'],
    });
  });

  it('quote language not a tag → invalid-language at /events/1/quotes/0/language', () => {
    rejectsEvent((e) => (e['quotes'] = [{text: 't', speaker: 's', language: 'fr_FR'}]), {
      code: 'invalid-language',
      path: '/events/1/quotes/0/language',
      mentions: ['"fr_FR"'],
    });
  });

  it('unknown property → ignored, with an unknown-property warning at /events/1/quotes/0/foo', () => {
    ignoresProperty('events', (e) => (e['quotes'] = [{text: 't', speaker: 's', foo: 1}]), {
      path: '/events/1/quotes/0/foo',
      mentions: ['"foo"'],
    });
  });

  it('a quote with every field and an x- extension is accepted', () => {
    acceptsEvent(
      (e) =>
        (e['quotes'] = [
          {
            text: {ko: '…', fr: '…'},
            speaker: 'KCNA',
            actor: 'p',
            language: 'ko',
            translated: true,
            source: 's1',
            'x-ts': 3,
          },
        ]),
    );
  });
});

describe('schema: relations', () => {
  it('relation type outside the enum → invalid-value at /events/1/relations/0/type', () => {
    rejectsEvent((e) => (e['relations'] = [{type: 'likes', target: 'e1'}]), {
      code: 'invalid-value',
      path: '/events/1/relations/0/type',
      mentions: ['field "relations/0/type"', '"likes"'],
    });
  });

  it('relation missing target → missing-property at /events/1/relations/0/target', () => {
    rejectsEvent((e) => (e['relations'] = [{type: 'denies'}]), {
      code: 'missing-property',
      path: '/events/1/relations/0/target',
      mentions: ['field "relations/0"', '"target"'],
    });
  });

  it('relation target not an id → invalid-id at /events/1/relations/0/target', () => {
    rejectsEvent((e) => (e['relations'] = [{type: 'denies', target: 'e 1'}]), {
      code: 'invalid-id',
      path: '/events/1/relations/0/target',
      mentions: ['"e 1"'],
    });
  });

  it('unknown property → ignored, with an unknown-property warning at /events/1/relations/0/foo', () => {
    ignoresProperty('events', (e) => (e['relations'] = [{type: 'denies', target: 'e1', foo: 1}]), {
      path: '/events/1/relations/0/foo',
      mentions: ['"foo"'],
    });
  });

  it('a relation with a note and an x- extension is accepted and kept', () => {
    const result = acceptsEvent((e) => (e['relations'] = [{type: 'denies', target: 'e1', note: 'démenti', 'x-w': 1}]));
    expect(result.feed?.eventById.get('e2')?.relations).to.deep.equal([
      {type: 'denies', target: 'e1', note: 'démenti', 'x-w': 1},
    ]);
  });
});

describe('schema: status updates', () => {
  it('status update with a status outside the enum → invalid-value at /events/1/statusUpdates/0/status', () => {
    rejectsEvent((e) => (e['statusUpdates'] = [{status: 'later', date: '2024'}]), {
      code: 'invalid-value',
      path: '/events/1/statusUpdates/0/status',
      mentions: ['"later"'],
    });
  });

  it('status update missing its date → missing-property at /events/1/statusUpdates/0/date', () => {
    rejectsEvent((e) => (e['statusUpdates'] = [{status: 'confirmed'}]), {
      code: 'missing-property',
      path: '/events/1/statusUpdates/0/date',
      mentions: ['"date"'],
    });
  });

  it('unknown property → ignored, with an unknown-property warning at /events/1/statusUpdates/0/foo', () => {
    ignoresProperty('events', (e) => (e['statusUpdates'] = [{status: 'confirmed', date: '2024', foo: 1}]), {
      path: '/events/1/statusUpdates/0/foo',
      mentions: ['"foo"'],
    });
  });

  it('a status update with every field and an x- extension is accepted', () => {
    acceptsEvent(
      (e) =>
        (e['statusUpdates'] = [{status: 'confirmed', date: {date: '2024-11'}, event: 'e1', note: 'n', 'x-by': 'desk'}]),
    );
  });
});

describe('schema: tags, actors and sources lists, importance', () => {
  it('duplicate tags → duplicate-item at /events/1/tags', () => {
    rejectsEvent((e) => (e['tags'] = ['corée', 'russie', 'corée']), {
      code: 'duplicate-item',
      path: '/events/1/tags',
      mentions: ['field "tags"'],
    });
  });

  it('an empty tag → invalid-length at /events/1/tags/0', () => {
    rejectsEvent((e) => (e['tags'] = ['']), {
      code: 'invalid-length',
      path: '/events/1/tags/0',
      mentions: ['field "tags/0"'],
    });
  });

  it('lengths count characters (code points), not UTF-16 units: 100 emoji make a valid tag, 101 do not', () => {
    // each emoji is two UTF-16 units: 200 units for the valid one
    acceptsEvent((e) => (e['tags'] = ['🇰🇵'.slice(0, 2).repeat(100)]));
    acceptsEvent((e) => (e['tags'] = [`${'é'.repeat(60)}${'😀'.repeat(40)}`]));
    rejectsEvent((e) => (e['tags'] = ['😀'.repeat(101)]), {
      code: 'invalid-length',
      path: '/events/1/tags/0',
      mentions: ['field "tags/0"'],
    });
    rejectsEvent((e) => (e['tags'] = ['x'.repeat(101)]), {
      code: 'invalid-length',
      path: '/events/1/tags/0',
      mentions: ['field "tags/0"'],
    });
    // one emoji is one character: a valid (non-empty) tag
    acceptsEvent((e) => (e['tags'] = ['😀']));
  });

  it('duplicate actor ids on an event → duplicate-item at /events/1/actors', () => {
    rejectsEvent((e) => (e['actors'] = ['p', 'q', 'p']), {
      code: 'duplicate-item',
      path: '/events/1/actors',
      mentions: ['field "actors"'],
    });
  });

  it('duplicate source ids on an event → duplicate-item at /events/1/sources', () => {
    rejectsEvent((e) => (e['sources'] = ['s1', 's1']), {
      code: 'duplicate-item',
      path: '/events/1/sources',
      mentions: ['field "sources"'],
    });
  });

  it('importance 0 → out-of-range at /events/1/importance', () => {
    rejectsEvent((e) => (e['importance'] = 0), {
      code: 'out-of-range',
      path: '/events/1/importance',
      mentions: ['field "importance"', '≥ 1'],
    });
  });

  it('importance 6 → out-of-range at /events/1/importance', () => {
    rejectsEvent((e) => (e['importance'] = 6), {
      code: 'out-of-range',
      path: '/events/1/importance',
      mentions: ['field "importance"', '≤ 5'],
    });
  });

  it('importance 2.5 → invalid-type at /events/1/importance', () => {
    rejectsEvent((e) => (e['importance'] = 2.5), {
      code: 'invalid-type',
      path: '/events/1/importance',
      mentions: ['field "importance"', 'integer'],
    });
  });

  it('importance 1 and 5 are accepted', () => {
    expect(acceptsEvent((e) => (e['importance'] = 1)).feed?.eventById.get('e2')?.importance).to.equal(1);
    expect(acceptsEvent((e) => (e['importance'] = 5)).feed?.eventById.get('e2')?.importance).to.equal(5);
  });
});

describe('schema: media', () => {
  const image = (extra: Json = {}): Json => ({
    type: 'image',
    url: 'https://example.org/a.jpg',
    alt: 'alt',
    credit: 'credit',
    ...extra,
  });

  it('media missing credit → missing-property at /events/1/media/credit', () => {
    rejectsEvent(
      (e) => {
        const media = image();
        delete media['credit'];
        e['media'] = media;
      },
      {code: 'missing-property', path: '/events/1/media/credit', mentions: ['field "media"', '"credit"']},
    );
  });

  it('media missing alt → missing-property at /events/1/media/alt', () => {
    rejectsEvent(
      (e) => {
        const media = image();
        delete media['alt'];
        e['media'] = media;
      },
      {code: 'missing-property', path: '/events/1/media/alt', mentions: ['field "media"', '"alt"']},
    );
  });

  it('media of another type than image → invalid-value at /events/1/media/type', () => {
    rejectsEvent((e) => (e['media'] = image({type: 'video'})), {
      code: 'invalid-value',
      path: '/events/1/media/type',
      mentions: ['"video"'],
    });
  });

  it('a URL the pattern lets through but a browser cannot parse → unsafe-url at its path, at parse time', () => {
    // an IPv6 host missing its closing bracket, a port out of range, a host with a space-like character
    for (const url of ['http://[::1/page', 'https://example.org:99999/', 'http://exa\u0000mple.org/']) {
      rejectsSource((record) => (record['url'] = url), {
        code: 'unsafe-url',
        path: '/sources/1/url',
        mentions: ['field "url"'],
      });
      rejectsEvent((e) => (e['media'] = image({url})), {
        code: 'unsafe-url',
        path: '/events/1/media/url',
        mentions: ['field "media/url"'],
      });
    }
    // what parses is kept, as the browser will show it
    acceptsRecord('sources', (record) => (record['url'] = 'https://[2001:db8::1]/a'));
  });

  it('media URL javascript: → unsafe-url at /events/1/media/url', () => {
    rejectsEvent((e) => (e['media'] = image({url: 'javascript:alert(1)'})), {
      code: 'unsafe-url',
      path: '/events/1/media/url',
      mentions: ['field "media/url"', '"javascript:alert(1)"'],
    });
  });

  it('media URL data: → unsafe-url at /events/1/media/url', () => {
    rejectsEvent((e) => (e['media'] = image({url: 'data:image/svg+xml,<svg onload=alert(1)>'})), {
      code: 'unsafe-url',
      path: '/events/1/media/url',
      mentions: ['field "media/url"'],
    });
  });

  // BUG: media.url uses the shared $defs/url, which allows mailto:, while the one URL choke point
  // (safeUrl(url, 'media')) and DESIGN.md allow only http and https for images. The schema accepts a
  // feed that the renderer will then silently drop; the unsafe-url message even says mailto is allowed.
  it('media URL mailto: → unsafe-url at /events/1/media/url (images are http/https only)', () => {
    rejectsEvent((e) => (e['media'] = image({url: 'mailto:photo@example.org'})), {
      code: 'unsafe-url',
      path: '/events/1/media/url',
      mentions: ['field "media/url"'],
    });
  });

  it('unknown property → ignored, with an unknown-property warning at /events/1/media/foo', () => {
    ignoresProperty('events', (e) => (e['media'] = image({foo: 1})), {
      path: '/events/1/media/foo',
      mentions: ['"foo"'],
    });
  });

  it('media with a caption and an x- extension is accepted', () => {
    acceptsEvent((e) => (e['media'] = image({caption: {fr: 'légende'}, 'x-width': 800})));
  });
});

describe('schema: actors', () => {
  it('actor missing its name → missing-property at /actors/1/name', () => {
    rejectsActor((a) => delete a['name'], {code: 'missing-property', path: '/actors/1/name', mentions: ['"name"']});
  });

  it('actor missing its type → missing-property at /actors/1/type', () => {
    rejectsActor((a) => delete a['type'], {code: 'missing-property', path: '/actors/1/type', mentions: ['"type"']});
  });

  it('actor type outside the enum → invalid-value at /actors/1/type', () => {
    rejectsActor((a) => (a['type'] = 'alien'), {
      code: 'invalid-value',
      path: '/actors/1/type',
      mentions: ['field "type"', '"alien"'],
    });
  });

  it('actor colour "red" → invalid-color at /actors/1/color', () => {
    rejectsActor((a) => (a['color'] = 'red'), {
      code: 'invalid-color',
      path: '/actors/1/color',
      mentions: ['field "color"', '"red"'],
    });
  });

  it('actor colour "#12345" → invalid-color at /actors/1/color', () => {
    rejectsActor((a) => (a['color'] = '#12345'), {
      code: 'invalid-color',
      path: '/actors/1/color',
      mentions: ['field "color"', '"#12345"'],
    });
  });

  it('actor colour "#abc" and "#A1B2C3" are accepted', () => {
    acceptsRecord('actors', (a) => (a['color'] = '#abc'));
    acceptsRecord('actors', (a) => (a['color'] = '#A1B2C3'));
  });

  it('actor country not two upper-case letters → invalid-value at /actors/1/country', () => {
    rejectsActor((a) => (a['country'] = 'fr'), {
      code: 'invalid-value',
      path: '/actors/1/country',
      mentions: ['field "country"', '"fr"'],
    });
  });

  it('actor memberOf not an id → invalid-id at /actors/1/memberOf', () => {
    rejectsActor((a) => (a['memberOf'] = '#p'), {
      code: 'invalid-id',
      path: '/actors/1/memberOf',
      mentions: ['field "memberOf"'],
    });
  });

  it('unknown property → ignored, with an unknown-property warning at /actors/1/foo', () => {
    ignoresProperty('actors', (a) => (a['foo'] = 1), {path: '/actors/1/foo', mentions: ['"foo"']});
  });

  it('an actor with every field and an x- extension is accepted', () => {
    acceptsRecord('actors', (a) =>
      Object.assign(a, {
        shortName: 'Q',
        country: 'KR',
        memberOf: 'p',
        color: '#123456',
        description: {en: 'd'},
        'x-wikidata': 'Q1',
      }),
    );
  });
});

describe('schema: sources', () => {
  it('source missing publisher → missing-property at /sources/1/publisher', () => {
    rejectsSource((s) => delete s['publisher'], {
      code: 'missing-property',
      path: '/sources/1/publisher',
      mentions: ['"publisher"'],
    });
  });

  it('source publisher empty → invalid-length at /sources/1/publisher', () => {
    rejectsSource((s) => (s['publisher'] = ''), {
      code: 'invalid-length',
      path: '/sources/1/publisher',
      mentions: ['field "publisher"'],
    });
  });

  it('source kind outside the enum → invalid-value at /sources/1/kind', () => {
    rejectsSource((s) => (s['kind'] = 'blog'), {code: 'invalid-value', path: '/sources/1/kind', mentions: ['"blog"']});
  });

  it('source published not an ISO date → date-syntax at /sources/1/published', () => {
    rejectsSource((s) => (s['published'] = 'yesterday'), {
      code: 'date-syntax',
      path: '/sources/1/published',
      mentions: ['"yesterday"'],
    });
  });

  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    ' https://example.org/',
    'https:///path',
    '//example.org/a',
    '/relative/path',
    'https://example.org/a b',
  ]) {
    it(`source url ${JSON.stringify(url)} → unsafe-url at /sources/1/url`, () => {
      rejectsSource((s) => (s['url'] = url), {
        code: 'unsafe-url',
        path: '/sources/1/url',
        mentions: ['field "url"', JSON.stringify(url)],
      });
    });
  }

  for (const url of [
    'http://example.org',
    'https://example.org/a?b=c#d',
    'HTTPS://EXAMPLE.ORG/',
    'mailto:desk@example.org',
  ]) {
    it(`source url ${JSON.stringify(url)} is accepted`, () => {
      const result = acceptsRecord('sources', (s) => (s['url'] = url));
      expect(result.feed?.sourceById.get('s2')?.url).to.equal(url);
    });
  }

  it('unknown property → ignored, with an unknown-property warning at /sources/1/foo', () => {
    ignoresProperty('sources', (s) => (s['foo'] = 1), {path: '/sources/1/foo', mentions: ['"foo"']});
  });

  it('a source with every field and an x- extension is accepted', () => {
    acceptsRecord('sources', (s) =>
      Object.assign(s, {
        title: 't',
        url: 'https://example.org',
        published: '2024-10-22',
        language: 'ko',
        kind: 'wire',
        note: {fr: 'n'},
        'x-paywall': true,
      }),
    );
  });
});

describe('schema: x- extensions are accepted on every object that carries data', () => {
  // BUG: the schema says "Properties starting with `x-` are extensions and are ignored", but
  // location.coordinates and relativeDate have additionalProperties: false without patternProperties
  // "^x-", so an x- property there is rejected with the self-contradictory message
  // 'has an unknown property "x-a" (extensions must start with "x-")'.
  it('x- extension on location.coordinates and on a relative date is accepted', () => {
    acceptsEvent((e) => (e['location'] = {name: 'Séoul', coordinates: {lat: 1, lon: 2, 'x-datum': 'WGS84'}}));
    acceptsEvent((e) => (e['start'] = {relative: {unit: 'day', offset: 0, 'x-raw': 'today'}}), {
      published: '2024-10-18',
    });
  });
});
