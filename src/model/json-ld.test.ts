import {expect} from '@open-wc/testing';
import seed from '../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import {parseFeed} from './parse.js';
import {CLAIM_RATINGS, isoDate, ratingName, toJSONLD, toJSONLDScript, type JsonLdNode} from './json-ld.js';
import {normalizeFilter} from './filter.js';
import type {FriseFeed, FriseFeedDocument} from './types.js';
import {statusName} from '../i18n/names.js';
import {UI_LANGUAGES} from '../i18n/index.js';

function parsed(document: unknown): FriseFeed {
  const {feed, issues} = parseFeed(document);
  expect(issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
  return feed!;
}

const list = (ld: {'@graph': JsonLdNode[]}) => ld['@graph'][0]!;
const items = (ld: {'@graph': JsonLdNode[]}) =>
  (list(ld)['itemListElement'] as JsonLdNode[]).map((element) => element['item'] as JsonLdNode);
const reviews = (ld: {'@graph': JsonLdNode[]}) => ld['@graph'].filter((node) => node['@type'] === 'ClaimReview');
const itemNamed = (ld: {'@graph': JsonLdNode[]}, id: string) =>
  items(ld).find((item) => item['@id'] === `#frise-event-${id}`)!;
const reviewOf = (ld: {'@graph': JsonLdNode[]}, id: string) =>
  reviews(ld).find((review) => review['@id'] === `#frise-review-${id}`);

/** The seed, with a fact-checking organisation among its actors named as the feed's reviewer. */
function reviewedSeed(): FriseFeedDocument {
  const copy = structuredClone(seed) as FriseFeedDocument;
  copy.actors = [...(copy.actors ?? []), {id: 'fact-checker', name: 'AFP Factuel', type: 'media'}];
  copy.reviewer = 'fact-checker';
  return copy;
}

/** Events of every status, said by actors of several types, one by a label only. */
const rated: FriseFeedDocument = {
  title: {en: 'Rated claims', fr: 'Affirmations notées'},
  language: 'en',
  published: '2024-10-22',
  reviewer: 'checker',
  actors: [
    {id: 'checker', name: 'Check Desk', type: 'organisation'},
    {id: 'nis', name: 'NIS', type: 'agency'},
    {id: 'kim', name: 'Kim Yo Jong', type: 'person'},
    {id: 'paper', name: 'The Daily', type: 'media'},
  ],
  sources: [
    {id: 'web', publisher: 'The Daily', url: 'https://daily.example/story', published: '2024-10-19', title: 'Troops'},
    {id: 'print', publisher: 'Print only', published: '2024-10-17'},
    {id: 'wire', publisher: 'Wire', url: 'https://wire.example/1', published: '2024-10-18'},
  ],
  events: [
    {
      id: 'troops',
      title: {en: 'Troops were sent', fr: 'Des troupes ont été envoyées'},
      start: '2024-10',
      kind: 'military',
      status: 'confirmed',
      attribution: {actors: ['nis'], via: ['wire']},
      sources: ['web', 'print'],
    },
    {
      id: 'denial',
      title: 'No troops were sent',
      start: '2024-10-21',
      kind: 'denial',
      status: 'denied',
      attribution: {actors: ['kim']},
    },
    {
      id: 'contested',
      title: 'Casualties at the front',
      start: '2024-11-01',
      kind: 'claim',
      status: 'disputed',
      attribution: {label: 'an unnamed official'},
    },
    {id: 'reported', title: 'Reported only', start: '2024-10-20', status: 'reported', attribution: {actors: ['paper']}},
    {id: 'unverified', title: 'Unverified', start: '2024-10-20', status: 'unverified'},
    {id: 'unsaid', title: 'No status given', start: '2024-10-20'},
    {
      id: 'confirmed-later',
      title: 'Reported, then confirmed',
      start: '2024-10-10',
      kind: 'report',
      status: 'reported',
      statusUpdates: [
        {status: 'confirmed', date: '2025-04-26', note: 'Acknowledged by Moscow.'},
        {status: 'disputed', date: '2025-01-10'},
      ],
    },
    {
      id: 'no-longer-rated',
      title: 'Confirmed, then back to reported',
      start: '2024-10-11',
      status: 'confirmed',
      statusUpdates: [{status: 'reported', date: '2024-12'}],
    },
  ],
};

describe('toJSONLD: the feed as schema.org JSON-LD', () => {
  it('lists every seed event once, in time order, as a ListItem of an Event with its position', () => {
    const feed = parsed(seed);
    const ld = toJSONLD(feed);
    expect(ld['@context']).to.equal('https://schema.org');
    expect(list(ld)['@type']).to.equal('ItemList');
    expect(list(ld)['numberOfItems']).to.equal(34);
    const elements = list(ld)['itemListElement'] as JsonLdNode[];
    expect(elements.map((element) => element['@type'])).to.deep.equal(elements.map(() => 'ListItem'));
    expect(elements.map((element) => element['position'])).to.deep.equal(feed.events.map((_, i) => i + 1));
    const ids = items(ld).map((item) => item['@id']);
    expect(ids).to.deep.equal(feed.events.map((event) => `#frise-event-${event.id}`));
    expect(new Set(ids).size).to.equal(34);
    for (const item of items(ld)) expect(item['@type']).to.equal('Event');
    // no reviewer in the seed: no review is claimed
    expect(ld['@graph']).to.have.length(1);
  });

  it('picks text in the language asked for, the feed’s by default', () => {
    const feed = parsed(seed);
    const french = toJSONLD(feed);
    const english = toJSONLD(feed, {language: 'en'});
    expect(list(french)['name']).to.equal(seed.title.fr);
    expect(list(french)['inLanguage']).to.equal('fr');
    expect(list(english)['name']).to.equal(seed.title.en);
    expect(list(english)['inLanguage']).to.equal('en');
    const report = seed.events.find((event) => event.id === 'nis-12000-troops-report')!;
    expect(itemNamed(english, 'nis-12000-troops-report')['name']).to.equal(report.title.en);
    expect(itemNamed(french, 'nis-12000-troops-report')['name']).to.equal(report.title.fr);
  });

  it('gives each date at the precision the feed knows it (year, month, week, day, minute, second; BCE too)', () => {
    const feed = parsed({
      published: '2024-10-22',
      events: [
        {id: 'year', title: 'Y', start: '2022'},
        {id: 'month', title: 'M', start: '2024-06'},
        {id: 'week', title: 'W', start: '2024-W42'},
        {id: 'last-week', title: 'LW', start: {relative: {unit: 'week', offset: -1}}},
        {id: 'day', title: 'D', start: '2024-10-18'},
        {id: 'coarsened', title: 'C', start: {date: '2024-06-19', precision: 'month'}},
        {id: 'minute', title: 'Mi', start: '2024-10-21T22:30-04:00'},
        {id: 'second', title: 'S', start: '2024-10-21T22:30:15Z'},
        {id: 'range', title: 'R', start: '2024-07-01', end: '2024-09'},
        {id: 'caesar', title: 'Ides of March', start: '-0043-03-15'},
        {id: 'year-zero', title: '1 BCE', start: '0000'},
        {id: 'far', title: 'Far future', start: '+010000-02'},
      ],
    });
    const ld = toJSONLD(feed);
    const dates = Object.fromEntries(
      items(ld).map((item) => [
        String(item['@id']).replace('#frise-event-', ''),
        [item['startDate'], item['endDate']].filter(Boolean).join(' / '),
      ]),
    );
    expect(dates).to.deep.equal({
      year: '2022',
      month: '2024-06',
      week: '2024-W42',
      'last-week': '2024-W42',
      day: '2024-10-18',
      coarsened: '2024-06',
      minute: '2024-10-22T02:30Z',
      second: '2024-10-21T22:30:15Z',
      range: '2024-07-01 / 2024-09',
      caesar: '-000043-03-15',
      'year-zero': '0000',
      far: '+010000-02',
    });
    // the expanded forms read back as the same instants
    expect(Date.parse('-000043-03-15T00:00:00Z')).to.equal(feed.eventById.get('caesar')!.start.start);
  });

  it('writes the same forms as <time datetime> inside years 1–9999, and the expanded ones outside', () => {
    const at = (start: number, precision: 'year' | 'week' | 'day') => ({
      start,
      end: start + 1,
      precision,
      approximate: false,
      relative: false,
      verified: true,
    });
    expect(isoDate(at(Date.UTC(2020, 11, 28), 'week'))).to.equal('2020-W53');
    expect(isoDate(at(Date.UTC(2025, 11, 29), 'week'))).to.equal('2026-W01');
    expect(isoDate(at(-8.64e15, 'day'))).to.equal('-271821-04-20');
    expect(isoDate(at(NaN, 'year'))).to.equal(undefined);
  });

  it('gives a place its name and coordinates, the main actor as organizer, every actor as about, sources as subjectOf', () => {
    const ld = toJSONLD(parsed(seed), {language: 'en'});
    const video = items(ld).find((item) => (item['location'] as JsonLdNode | undefined)?.['geo'] !== undefined)!;
    const place = video['location'] as JsonLdNode;
    expect(place['@type']).to.equal('Place');
    expect(place['geo']).to.include({'@type': 'GeoCoordinates'});
    expect(typeof (place['geo'] as JsonLdNode)['latitude']).to.equal('number');

    const feed = parsed(rated);
    const troops = itemNamed(toJSONLD(feed), 'troops');
    expect(troops['subjectOf']).to.deep.equal([
      {
        '@type': 'CreativeWork',
        headline: 'Troops',
        url: 'https://daily.example/story',
        publisher: {'@type': 'Organization', name: 'The Daily'},
        datePublished: '2024-10-19',
      },
      {'@type': 'CreativeWork', publisher: {'@type': 'Organization', name: 'Print only'}, datePublished: '2024-10-17'},
    ]);
    const withActors = toJSONLD(
      parsed({
        actors: [
          {id: 'kr', name: 'South Korea', shortName: 'Seoul', type: 'state'},
          {id: 'nis', name: 'NIS', type: 'agency', memberOf: 'kr'},
        ],
        events: [{id: 'e', title: 'E', start: '2024', actors: ['nis', 'kr']}],
      }),
    );
    const event = items(withActors)[0]!;
    expect(event['organizer']).to.deep.equal({
      '@type': 'GovernmentOrganization',
      '@id': '#frise-actor-nis',
      name: 'NIS',
      parentOrganization: {'@id': '#frise-actor-kr'},
    });
    expect((event['about'] as JsonLdNode[]).map((actor) => actor['name'])).to.deep.equal(['NIS', 'South Korea']);
    expect((event['about'] as JsonLdNode[])[1]!['alternateName']).to.equal('Seoul');
  });

  it('gives an event the url the page names for it, absolute or relative, but never a script URL', () => {
    const feed = parsed(rated);
    const urls: Record<string, string> = {
      troops: 'https://news.example/rated#troops',
      denial: '#denial',
      contested: 'javascript:alert(1)',
      reported: 'data:text/html,<b>x</b>',
    };
    const ld = toJSONLD(feed, {eventUrl: (id) => urls[id]});
    expect(itemNamed(ld, 'troops')['url']).to.equal('https://news.example/rated#troops');
    expect(itemNamed(ld, 'denial')['url']).to.equal('#denial');
    expect(itemNamed(ld, 'contested')).not.to.have.property('url');
    expect(itemNamed(ld, 'reported')).not.to.have.property('url');
    expect(itemNamed(ld, 'unsaid')).not.to.have.property('url');
    expect(reviewOf(ld, 'troops')!['url']).to.equal('https://news.example/rated#troops');
  });

  it('lists only the events a filter shows, each once, positions from 1', () => {
    const feed = parsed(rated);
    const ld = toJSONLD(feed, {filter: normalizeFilter({hiddenStatuses: ['denied', 'unspecified']})});
    const ids = items(ld).map((item) => item['@id']);
    expect(ids).not.to.include('#frise-event-denial');
    expect(ids).not.to.include('#frise-event-unsaid');
    expect(ids).to.have.length(feed.events.length - 2);
    expect(list(ld)['numberOfItems']).to.equal(feed.events.length - 2);
    // nor a review of what is not shown
    expect(reviewOf(ld, 'denial')).to.equal(undefined);
  });
});

describe('toJSONLD: ClaimReview', () => {
  it('reviews only the events rated confirmed, denied or disputed, and only when the feed names its reviewer', () => {
    const feed = parsed(rated);
    const ld = toJSONLD(feed);
    const reviewed = reviews(ld).map((review) => String(review['@id']).replace('#frise-review-', ''));
    expect(reviewed).to.have.members(['troops', 'denial', 'contested', 'confirmed-later']);
    const withoutReviewer = structuredClone(rated);
    delete withoutReviewer.reviewer;
    const unreviewed = parsed(withoutReviewer);
    expect(unreviewed.reviewer).to.equal(undefined);
    expect(reviews(toJSONLD(unreviewed))).to.deep.equal([]);
    // a reviewer who is not among the actors is dropped by parseFeed: no review either
    const {feed: unknownReviewer} = parseFeed({...rated, reviewer: 'nobody'});
    expect(reviews(toJSONLD(unknownReviewer!))).to.deep.equal([]);
  });

  it('rates on a documented 1–5 scale with the status’s name in the language: denied 1, disputed 3, confirmed 5', () => {
    const feed = parsed(rated);
    const rating = (ld: {'@graph': JsonLdNode[]}, id: string) => reviewOf(ld, id)!['reviewRating'] as JsonLdNode;
    const english = toJSONLD(feed);
    const french = toJSONLD(feed, {language: 'fr'});
    expect(rating(english, 'denial')).to.deep.equal({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Denied',
    });
    expect(rating(french, 'denial')['alternateName']).to.equal('Démenti');
    expect(rating(english, 'contested')).to.include({ratingValue: 3, alternateName: 'Disputed'});
    expect(rating(english, 'troops')).to.include({ratingValue: 5, alternateName: 'Confirmed'});
    expect(CLAIM_RATINGS).to.deep.equal({denied: 1, disputed: 3, confirmed: 5});
  });

  it('names ratings with the same words as the interface’s status names, in every UI language', () => {
    for (const language of UI_LANGUAGES) {
      for (const status of ['denied', 'disputed', 'confirmed'] as const) {
        expect(ratingName(status, language), `${language} ${status}`).to.equal(statusName(status, language));
      }
    }
    expect(ratingName('denied', 'fr-CA')).to.equal('Démenti');
    expect(ratingName('denied', 'de')).to.equal('Denied');
  });

  it('reviews the claim its attribution makes: who claims it, when, and where it appeared', () => {
    const feed = parsed(rated);
    const ld = toJSONLD(feed, {language: 'fr'});
    const troops = reviewOf(ld, 'troops')!;
    expect(troops['claimReviewed']).to.equal('Des troupes ont été envoyées');
    expect(troops['inLanguage']).to.equal('fr');
    expect(troops['author']).to.deep.equal({
      '@type': 'Organization',
      '@id': '#frise-actor-checker',
      name: 'Check Desk',
    });
    expect(troops['datePublished']).to.equal('2024-10-22');
    expect(troops['itemReviewed']).to.deep.equal({
      '@type': 'Claim',
      about: {'@id': '#frise-event-troops'},
      author: {'@type': 'GovernmentOrganization', '@id': '#frise-actor-nis', name: 'NIS'},
      // not something said: the claim dates from its earliest source
      datePublished: '2024-10-17',
      // sources with a link only, the one that relayed it included
      appearance: [
        {
          '@type': 'CreativeWork',
          headline: 'Troops',
          url: 'https://daily.example/story',
          publisher: {'@type': 'Organization', name: 'The Daily'},
          datePublished: '2024-10-19',
        },
        {
          '@type': 'CreativeWork',
          url: 'https://wire.example/1',
          publisher: {'@type': 'Organization', name: 'Wire'},
          datePublished: '2024-10-18',
        },
      ],
    });
    const denial = reviewOf(ld, 'denial')!['itemReviewed'] as JsonLdNode;
    expect(denial['author']).to.deep.equal({'@type': 'Person', '@id': '#frise-actor-kim', name: 'Kim Yo Jong'});
    // a denial is something said: the claim was made when it happened
    expect(denial['datePublished']).to.equal('2024-10-21');
    const contested = reviewOf(ld, 'contested')!['itemReviewed'] as JsonLdNode;
    expect(contested['author']).to.deep.equal({'@type': 'Organization', name: 'an unnamed official'});
  });

  it('rates an event by its latest status update, dated by it, with its note as the review’s body', () => {
    const ld = toJSONLD(parsed(rated));
    const later = reviewOf(ld, 'confirmed-later')!;
    expect(later['reviewRating']).to.include({ratingValue: 5, alternateName: 'Confirmed'});
    expect(later['datePublished']).to.equal('2025-04-26');
    expect(later['reviewBody']).to.equal('Acknowledged by Moscow.');
    // back to reported: no longer a rating
    expect(reviewOf(ld, 'no-longer-rated')).to.equal(undefined);
  });

  it('reviews the seed through parseFeed once it names a reviewer: one review per rated event, each event once', () => {
    const feed = parsed(reviewedSeed());
    expect(feed.reviewer).to.equal('fact-checker');
    const ld = toJSONLD(feed, {language: 'en'});
    const all = reviews(ld);
    expect(all.length).to.be.greaterThan(20);
    const ids = all.map((review) => review['@id']);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const review of all) {
      const about = ((review['itemReviewed'] as JsonLdNode)['about'] as JsonLdNode)['@id'];
      const event = feed.eventById.get(String(about).replace('#frise-event-', ''))!;
      expect(event, String(about)).to.not.equal(undefined);
      expect(review['author']).to.include({name: 'AFP Factuel', '@type': 'NewsMediaOrganization'});
      expect([1, 3, 5]).to.include((review['reviewRating'] as JsonLdNode)['ratingValue']);
    }
    expect(items(ld)).to.have.length(34);
  });
});

describe('toJSONLDScript: the text of a <script type="application/ld+json">', () => {
  const hostile = '</script><script>alert(1)</script><!-- & \u2028 \u2029 ]]>';
  const feed = () =>
    parsed({
      title: hostile,
      language: 'en',
      reviewer: 'x',
      actors: [{id: 'x', name: `<img src=x onerror=alert(1)>${hostile}`, type: 'organisation'}],
      events: [
        {id: 'e', title: hostile, summary: hostile, start: '2024', status: 'denied', attribution: {label: hostile}},
      ],
    });

  it('escapes every <, > and & so that no feed text can end the element or open a comment', () => {
    const script = toJSONLDScript(feed());
    expect(script).not.to.match(/[<>&\u2028\u2029]/);
    expect(script.toLowerCase()).not.to.include('</script');
    expect(script).to.include('\\u003c/script\\u003e');
    // still the same JSON value
    expect(JSON.parse(script)).to.deep.equal(toJSONLD(feed()));
  });

  it('stays one script element whose text is the JSON when an HTML parser reads the page', () => {
    const script = toJSONLDScript(feed());
    const page = new DOMParser().parseFromString(
      `<!doctype html><head><script type="application/ld+json">${script}</script></head><body><p>after</p></body>`,
      'text/html',
    );
    const scripts = page.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(page.querySelectorAll('img')).to.have.length(0);
    expect(page.body.textContent).to.equal('after');
    expect(JSON.parse(scripts[0]!.textContent!)).to.deep.equal(toJSONLD(feed()));
    const data = JSON.parse(scripts[0]!.textContent!) as {'@graph': JsonLdNode[]};
    expect(items(data)[0]!['name']).to.equal(hostile);
  });
});
