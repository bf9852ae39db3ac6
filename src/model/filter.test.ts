import {expect} from '@open-wc/testing';
import {parseFeed} from './parse.js';
import {
  EMPTY_FILTER,
  foldText,
  hidesEvents,
  isShown,
  matchesQuery,
  normalizeFilter,
  type FriseFilter,
} from './filter.js';
import {countFacets, countMatches, hidesAnything, isHidden, showAll, toggleHidden, withQuery} from './filter-facets.js';
import type {FriseEvent, FriseFeed, FriseFeedDocument} from './types.js';

const doc: FriseFeedDocument = {
  version: 1,
  title: 'Filtres',
  language: 'fr',
  actors: [
    {
      id: 'kr',
      name: {fr: 'Corée du Sud', en: 'South Korea'},
      shortName: {fr: 'Séoul', en: 'Seoul'},
      type: 'state',
      color: '#1f77b4',
    },
    {id: 'ru', name: {fr: 'Russie', en: 'Russia'}, type: 'state'},
    {id: 'kp', name: {fr: 'Corée du Nord', en: 'North Korea'}, type: 'state'},
  ],
  events: [
    {
      id: 'e-report',
      title: {fr: 'Le NIS évoque 12 000 soldats', en: 'NIS reports 12,000 troops'},
      start: '2024-10-18',
      kind: 'report',
      status: 'confirmed',
      actors: ['kr', 'kp'],
      tags: ['renseignement'],
    },
    {
      id: 'e-denial',
      title: 'Démenti',
      summary: {fr: 'Le Kremlin parle de « fausses nouvelles ».', en: 'The Kremlin calls it fake news.'},
      start: '2024-10-21',
      kind: 'denial',
      status: 'denied',
      actors: ['ru'],
      relations: [
        {type: 'denies', target: 'e-report'},
        {type: 'contradicts', target: 'e-report'},
      ],
    },
    {
      id: 'e-pact',
      title: 'Pacte',
      start: '2024-06-19',
      kind: 'agreement',
      status: 'disputed',
      actors: ['ru', 'kr'],
      location: {name: {fr: 'Pyongyang (Corée du Nord)', en: 'Pyongyang (North Korea)'}},
      relations: [{type: 'part-of', target: 'e-report'}],
    },
    {
      id: 'e-none',
      title: 'Contexte sans acteur',
      start: '2024-07-01',
      kind: 'context',
      status: 'unverified',
      tags: ['Négociation'],
    },
  ],
};

function parsed(): FriseFeed {
  const {feed, issues} = parseFeed(doc);
  if (!feed) throw new Error('test feed does not parse');
  expect(issues, JSON.stringify(issues)).to.deep.equal([]);
  return feed;
}

const feed = parsed();
const event = (id: string): FriseEvent => feed.eventById.get(id)!;
const filter = (partial: Partial<FriseFilter>): FriseFilter => ({...EMPTY_FILTER, ...partial});
const shownIds = (f: FriseFilter) =>
  feed.events
    .filter((e) => isShown(e, f))
    .map((e) => e.id)
    .sort();
const matchingIds = (query: string) =>
  feed.events
    .filter((e) => matchesQuery(e, query, feed))
    .map((e) => e.id)
    .sort();

describe('hidesEvents', () => {
  it('is true exactly when a kind, status or actor is hidden (a query or hidden relations hide no event)', () => {
    expect(hidesEvents(EMPTY_FILTER)).to.equal(false);
    expect(hidesEvents(normalizeFilter({query: 'pact', hiddenRelations: ['denies']}))).to.equal(false);
    expect(hidesEvents(normalizeFilter({hiddenKinds: ['denial']}))).to.equal(true);
    expect(hidesEvents(normalizeFilter({hiddenStatuses: ['denied']}))).to.equal(true);
    expect(hidesEvents(normalizeFilter({hiddenActors: ['kim']}))).to.equal(true);
  });
});

describe('isShown', () => {
  it('shows every event with the empty filter', () => {
    expect(shownIds(EMPTY_FILTER)).to.deep.equal(['e-denial', 'e-none', 'e-pact', 'e-report']);
  });

  it('hides the events of a hidden kind, and only those', () => {
    expect(shownIds(filter({hiddenKinds: ['denial']}))).to.deep.equal(['e-none', 'e-pact', 'e-report']);
    expect(shownIds(filter({hiddenKinds: ['denial', 'context']}))).to.deep.equal(['e-pact', 'e-report']);
  });

  it('hides the events of a hidden status, and only those', () => {
    expect(shownIds(filter({hiddenStatuses: ['confirmed']}))).to.deep.equal(['e-denial', 'e-none', 'e-pact']);
    expect(shownIds(filter({hiddenStatuses: ['unverified', 'disputed']}))).to.deep.equal(['e-denial', 'e-report']);
  });

  it('hides an event when its main (first) actor is hidden, not when another of its actors is', () => {
    expect(shownIds(filter({hiddenActors: ['ru']}))).to.deep.equal(['e-none', 'e-report']);
    // kp is only the second actor of e-report; kr is second in e-pact
    expect(shownIds(filter({hiddenActors: ['kp']}))).to.deep.equal(['e-denial', 'e-none', 'e-pact', 'e-report']);
    expect(shownIds(filter({hiddenActors: ['kr']}))).to.deep.equal(['e-denial', 'e-none', 'e-pact']);
  });

  it('keeps events without actors whatever actors are hidden', () => {
    expect(isShown(event('e-none'), filter({hiddenActors: ['kr', 'ru', 'kp']}))).to.equal(true);
  });

  it('never hides an event for its relation types or for the query', () => {
    expect(shownIds(filter({hiddenRelations: ['denies', 'contradicts', 'part-of']}))).to.have.length(4);
    expect(shownIds(filter({query: 'nothing matches this'}))).to.have.length(4);
  });
});

describe('matchesQuery', () => {
  it('matches everything for an empty or blank query', () => {
    expect(matchingIds('')).to.have.length(4);
    expect(matchingIds('   \t ')).to.have.length(4);
  });

  it('ignores case and accents, both in the query and in the text', () => {
    expect(matchingIds('DEMENTI')).to.deep.equal(['e-denial']);
    expect(matchingIds('démenti')).to.deep.equal(['e-denial']);
    expect(matchingIds('negociation')).to.deep.equal(['e-none']);
    expect(matchingIds('NÉGOCIATION')).to.deep.equal(['e-none']);
  });

  it('searches the title in every language', () => {
    expect(matchingIds('soldats')).to.deep.equal(['e-report']);
    expect(matchingIds('troops')).to.deep.equal(['e-report']);
  });

  it('searches the summary', () => {
    expect(matchingIds('kremlin')).to.deep.equal(['e-denial']);
    expect(matchingIds('fake news')).to.deep.equal(['e-denial']);
  });

  it('searches the tags', () => {
    expect(matchingIds('renseignement')).to.deep.equal(['e-report']);
  });

  it('searches the location name', () => {
    expect(matchingIds('pyongyang')).to.deep.equal(['e-pact']);
  });

  it('searches the names and short names of all the event’s actors, in any language', () => {
    expect(matchingIds('russie')).to.deep.equal(['e-denial', 'e-pact']);
    expect(matchingIds('russia')).to.deep.equal(['e-denial', 'e-pact']);
    expect(matchingIds('seoul')).to.deep.equal(['e-pact', 'e-report']);
    expect(matchingIds('nord')).to.deep.equal(['e-pact', 'e-report']);
  });

  it('requires every word (AND), in any order and any field', () => {
    expect(matchingIds('pacte russie')).to.deep.equal(['e-pact']);
    expect(matchingIds('russie pacte')).to.deep.equal(['e-pact']);
    expect(matchingIds('seoul kremlin')).to.deep.equal([]);
    expect(matchingIds('coree  nord   nis')).to.deep.equal(['e-report']);
  });

  it('finds nothing for a word that is nowhere', () => {
    expect(matchingIds('zanzibar')).to.deep.equal([]);
  });

  it('foldText lowercases and strips diacritics', () => {
    expect(foldText('Négocié À Séoul')).to.equal('negocie a seoul');
  });
});

describe('normalizeFilter', () => {
  it('gives the empty filter for null, undefined and an empty object', () => {
    for (const input of [null, undefined, {}]) expect(normalizeFilter(input)).to.deep.equal(EMPTY_FILTER);
  });

  it('keeps valid fields', () => {
    const input = {
      hiddenKinds: ['report'],
      hiddenStatuses: ['denied'],
      hiddenActors: ['ru'],
      hiddenRelations: ['follows'],
      query: 'pacte',
    };
    expect(normalizeFilter(input)).to.deep.equal(input);
  });

  it('drops junk: non-array lists, non-string entries, a non-string query, unknown fields', () => {
    const junk = {
      hiddenKinds: 'report',
      hiddenStatuses: [1, null, 'denied', {status: 'x'}, ['reported']],
      hiddenActors: {0: 'ru', length: 1},
      hiddenRelations: [undefined, 'follows'],
      query: 42,
      extra: true,
    } as unknown as Partial<FriseFilter>;
    const normal = normalizeFilter(junk);
    expect(normal).to.deep.equal({
      hiddenKinds: [],
      hiddenStatuses: ['denied'],
      hiddenActors: [],
      hiddenRelations: ['follows'],
      query: '',
    });
    expect(Object.keys(normal).sort()).to.deep.equal([
      'hiddenActors',
      'hiddenKinds',
      'hiddenRelations',
      'hiddenStatuses',
      'query',
    ]);
  });

  it('returns new arrays, so changing the result never changes the input', () => {
    const input = {hiddenKinds: ['report']};
    const normal = normalizeFilter(input);
    expect(normal.hiddenKinds).to.not.equal(input.hiddenKinds);
    (normal.hiddenKinds as string[]).push('claim');
    expect(input.hiddenKinds).to.deep.equal(['report']);
  });
});

describe('filter facets', () => {
  it('counts kinds, statuses, main actors and relation types of the whole feed', () => {
    const counts = countFacets(feed);
    expect([...counts.kinds]).to.deep.equal([
      ['report', 1],
      ['denial', 1],
      ['agreement', 1],
      ['context', 1],
    ]);
    expect([...counts.statuses]).to.deep.equal([
      ['confirmed', 1],
      ['denied', 1],
      ['disputed', 1],
      ['unverified', 1],
    ]);
    // main actors only, in registry order: kp is never first
    expect([...counts.actors]).to.deep.equal([
      ['kr', 1],
      ['ru', 2],
    ]);
    expect([...counts.relations]).to.deep.equal([
      ['denies', 1],
      ['contradicts', 1],
      ['part-of', 1],
    ]);
  });

  it('toggleHidden hides then shows again, returning new objects and leaving the input alone', () => {
    const start = Object.freeze({...EMPTY_FILTER, hiddenKinds: Object.freeze(['report']), query: 'q'});
    const hidden = toggleHidden(start, 'kinds', 'denial');
    expect(hidden).to.not.equal(start);
    expect(hidden.hiddenKinds).to.deep.equal(['report', 'denial']);
    expect(start.hiddenKinds).to.deep.equal(['report']);
    expect(hidden.query).to.equal('q');
    const shown = toggleHidden(hidden, 'kinds', 'report');
    expect(shown.hiddenKinds).to.deep.equal(['denial']);
    expect(toggleHidden(EMPTY_FILTER, 'statuses', 'denied').hiddenStatuses).to.deep.equal(['denied']);
    expect(toggleHidden(EMPTY_FILTER, 'actors', 'ru').hiddenActors).to.deep.equal(['ru']);
    expect(toggleHidden(EMPTY_FILTER, 'relations', 'follows').hiddenRelations).to.deep.equal(['follows']);
    expect(EMPTY_FILTER.hiddenStatuses).to.deep.equal([]);
  });

  it('isHidden and hidesAnything read the hidden lists; the query hides nothing', () => {
    const f = filter({hiddenActors: ['ru']});
    expect(isHidden(f, 'actors', 'ru')).to.equal(true);
    expect(isHidden(f, 'kinds', 'ru')).to.equal(false);
    expect(hidesAnything(f)).to.equal(true);
    expect(hidesAnything(filter({query: 'x'}))).to.equal(false);
  });

  it('showAll empties every hidden list and keeps the query; withQuery changes only the query', () => {
    const f = filter({
      hiddenKinds: ['report'],
      hiddenStatuses: ['denied'],
      hiddenActors: ['ru'],
      hiddenRelations: ['follows'],
      query: 'pacte',
    });
    expect(showAll(f)).to.deep.equal({...EMPTY_FILTER, query: 'pacte'});
    expect(f.hiddenKinds).to.deep.equal(['report']);
    expect(withQuery(f, 'kremlin')).to.deep.equal({...f, query: 'kremlin'});
  });

  it('countMatches counts the events matching a query', () => {
    expect(countMatches(feed, 'russie')).to.equal(2);
    expect(countMatches(feed, '')).to.equal(4);
    expect(countMatches(feed, 'zanzibar')).to.equal(0);
  });
});
