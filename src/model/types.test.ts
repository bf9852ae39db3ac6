import {expect} from '@open-wc/testing';
import schema from '../../data/frise-feed.schema.json' with {type: 'json'};
import {parseFeed} from './parse.js';
import {PRECISION_ORDER} from './dates.js';
import {KINDS, RELATION_TYPES, STATUSES} from './types.js';
import type {FriseEventRecord, FriseFeedDocument, FriseMedia, FriseRelation} from './generated/feed-types.js';

/** The sorted, de-duplicated members of a list, so two lists can be compared as sets. */
const asSet = (values: readonly unknown[]): string[] => [...new Set(values.map(String))].sort();

describe('types.ts and the schema cannot drift', () => {
  it("KINDS equals the schema's $defs.kind.enum, without duplicates", () => {
    const fromSchema = schema.$defs.kind.enum;
    expect(asSet(KINDS)).to.deep.equal(asSet(fromSchema));
    expect(KINDS.length, 'KINDS has a duplicate').to.equal(new Set(KINDS).size);
    expect(fromSchema.length).to.equal(12);
  });

  it("STATUSES equals the schema's $defs.status.enum, without duplicates", () => {
    const fromSchema = schema.$defs.status.enum;
    expect(asSet(STATUSES)).to.deep.equal(asSet(fromSchema));
    expect(STATUSES.length, 'STATUSES has a duplicate').to.equal(new Set(STATUSES).size);
    expect(fromSchema.length).to.equal(5);
  });

  it("RELATION_TYPES equals the schema's $defs.relation.properties.type.enum, without duplicates", () => {
    const fromSchema = schema.$defs.relation.properties.type.enum;
    expect(asSet(RELATION_TYPES)).to.deep.equal(asSet(fromSchema));
    expect(RELATION_TYPES.length, 'RELATION_TYPES has a duplicate').to.equal(new Set(RELATION_TYPES).size);
    expect(fromSchema.length).to.equal(13);
  });

  it("PRECISION_ORDER (dates.ts) equals the schema's $defs.precision.enum, coarse to fine", () => {
    expect([...PRECISION_ORDER]).to.deep.equal(schema.$defs.precision.enum);
  });

  it('every kind, status and relation type of types.ts passes the validator', () => {
    const events: FriseEventRecord[] = KINDS.flatMap((kind, k) =>
      STATUSES.map((status, s) => ({
        id: `e-${k}-${s}`,
        title: `${kind} ${status}`,
        start: '2024-10-18',
        kind,
        status,
      })),
    );
    const relations: FriseRelation[] = RELATION_TYPES.map((type) => ({type, target: 'e-0-0'}));
    events.push({id: 'linker', title: 'links', start: '2024-10-19', kind: 'report', status: 'reported', relations});
    const {feed, issues} = parseFeed({version: 1, title: 'all values', language: 'en', events});
    expect(issues).to.deep.equal([]);
    expect(feed?.events.length).to.equal(KINDS.length * STATUSES.length + 1);
    expect(feed?.eventById.get('linker')?.relations.map((r) => r.type)).to.deep.equal([...RELATION_TYPES]);
  });
});

describe('the generated types accept what the schema accepts', () => {
  // Typed with the generated type: if the generated types drift from the schema (a renamed or
  // retyped field), `npx tsc` fails here; if the schema stops accepting one of these fields,
  // parseFeed reports it and the test below fails.
  const media: FriseMedia = {
    type: 'image',
    url: 'https://example.org/photo.jpg',
    alt: {fr: 'Le bâtiment du NIS à Séoul', en: 'The NIS building in Seoul'},
    caption: 'Séoul, 18 octobre 2024',
    credit: 'Photo : Example Press',
    'x-width': 1200,
  };
  const doc: FriseFeedDocument = {
    $schema: 'https://example.org/frise-feed.schema.json',
    version: 1,
    title: {fr: 'Des soldats nord-coréens en Russie', en: 'North Korean troops in Russia'},
    description: 'Qui dit quoi, et quand.',
    language: 'fr',
    published: '2024-10-22T09:30+09:00',
    source: 'article',
    'x-generator': {name: 'hand', version: 1},
    actors: [
      {
        id: 'kr',
        name: {fr: 'Corée du Sud', en: 'South Korea'},
        shortName: 'KR',
        type: 'state',
        country: 'KR',
        color: '#1f77b4',
        description: 'République de Corée',
        'x-wikidata': 'Q884',
      },
      {
        id: 'nis',
        name: 'Service national de renseignement',
        shortName: {fr: 'NIS', en: 'NIS'},
        type: 'agency',
        country: 'KR',
        memberOf: 'kr',
        color: '#f80',
        description: {en: "South Korea's intelligence agency"},
      },
      {id: 'kp', name: 'Corée du Nord', type: 'state', country: 'KP'},
    ],
    sources: [
      {
        id: 'article',
        publisher: 'Le Journal',
        title: {fr: 'Des soldats nord-coréens envoyés en Russie'},
        url: 'https://example.org/article?id=1#top',
        published: '2024-10-22',
        language: 'fr',
        kind: 'original',
        note: 'Édition du matin',
        'x-paywall': true,
      },
      {id: 'yonhap', publisher: 'Yonhap', url: 'mailto:desk@example.org', kind: 'wire'},
    ],
    events: [
      {
        id: 'nis-report',
        title: {fr: 'Le NIS affirme que des soldats ont été envoyés', en: 'NIS says troops were sent'},
        summary: 'Environ 1 500 soldats auraient été transférés.',
        start: {
          date: '2024-10-18T09:30+09:00',
          precision: 'day',
          approximate: false,
          wording: {fr: 'vendredi'},
          verified: true,
          'x-raw': 'vendredi',
        },
        end: {relative: {unit: 'day', offset: 0}, approximate: true, wording: "aujourd'hui", verified: false},
        kind: 'report',
        status: 'confirmed',
        statusUpdates: [
          {status: 'reported', date: '2024-10-18', note: 'premier signalement', 'x-by': 'desk'},
          {status: 'confirmed', date: {date: '2024-W43'}, event: 'kp-denial', note: {en: 'confirmed after the denial'}},
        ],
        actors: ['nis', 'kr'],
        attribution: {actors: ['nis'], via: ['yonhap'], label: {fr: 'selon le NIS'}, 'x-confidence': 'high'},
        location: {name: {fr: 'Séoul', en: 'Seoul'}, coordinates: {lat: 37.5665, lon: 126.978}, 'x-geonames': 1835848},
        quotes: [
          {
            text: 'Des troupes ont été transférées.',
            speaker: 'un porte-parole du NIS',
            actor: 'nis',
            language: 'ko',
            translated: true,
            source: 'article',
            'x-ts': 12,
          },
        ],
        sources: ['article', 'yonhap'],
        relations: [{type: 'context-for', target: 'kp-denial', note: 'le démenti répond au rapport', 'x-weight': 2}],
        tags: ['corée', 'russie'],
        importance: 5,
        media,
        notes: {fr: 'Les chiffres varient selon les sources.'},
        'x-editor': 'jd',
      },
      {
        id: 'kp-denial',
        title: 'Pyongyang dément',
        start: {relative: {unit: 'week', offset: 0}, precision: 'month'},
        kind: 'denial',
        status: 'denied',
        relations: [{type: 'denies', target: 'nis-report'}],
        importance: 1,
      },
      {id: 'caesar', title: 'Ides de mars', start: '-0043-03-15', end: '-0043', kind: 'context', status: 'confirmed'},
    ],
  };

  it('a FriseFeedDocument using every optional field passes parseFeed with zero issues', () => {
    const {feed, issues} = parseFeed(doc);
    expect(issues).to.deep.equal([]);
    expect(feed).to.not.equal(null);
    expect(feed?.events.map((e) => e.id)).to.deep.equal(['caesar', 'kp-denial', 'nis-report']);
    expect(feed?.actors.map((a) => a.id)).to.deep.equal(['kr', 'nis', 'kp']);
    expect(feed?.sources.map((s) => s.id)).to.deep.equal(['article', 'yonhap']);
    expect(feed?.source).to.equal('article');
    const report = feed?.eventById.get('nis-report');
    expect(report?.actors).to.deep.equal(['nis', 'kr']);
    expect(report?.sources).to.deep.equal(['article', 'yonhap']);
    expect(report?.relations).to.deep.equal([
      {type: 'context-for', target: 'kp-denial', note: 'le démenti répond au rapport', 'x-weight': 2},
    ]);
    expect(report?.quotes[0]?.actor).to.equal('nis');
    expect(report?.importance).to.equal(5);
    expect(report?.isRange).to.equal(true);
  });

  it('the compile-time negatives: the generated types reject values the schema rejects', () => {
    // Each @ts-expect-error fails `tsc` if the generated type became too loose (e.g. `string`).
    // @ts-expect-error 'rumour' is not a kind
    const kind: FriseEventRecord['kind'] = 'rumour';
    // @ts-expect-error 'maybe' is not a status
    const status: FriseEventRecord['status'] = 'maybe';
    // @ts-expect-error version is the constant 1
    const version: FriseFeedDocument['version'] = 2;
    // @ts-expect-error media is an image
    const mediaType: FriseMedia['type'] = 'video';
    // and the schema rejects them at runtime too
    const {issues} = parseFeed({
      version,
      title: 't',
      language: 'en',
      events: [{id: 'a', title: 't', start: '2024', kind, status, media: {...media, type: mediaType}}],
    });
    expect(issues.map((i) => `${i.code} ${i.path}`).sort()).to.deep.equal([
      'invalid-value /events/0/kind',
      'invalid-value /events/0/media/type',
      'invalid-value /events/0/status',
      'invalid-value /version',
    ]);
  });
});
