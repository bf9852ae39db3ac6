import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-legend.js';
import type {FriseLegend} from './frise-legend.js';
import {LegendHarness} from './harness.js';
import {parseFeed} from '../../model/parse.js';
import {EMPTY_FILTER, matchesQuery, type FriseFilter} from '../../model/filter.js';
import {kindSymbol} from '../../layout/symbols.js';
import {actorColor, DERIVED_ACTOR_COLORS} from '../../model/actor-display.js';
import {relationDash} from '../../layout/relation-styles.js';
import {RELATION_TYPES, type FriseFeed, type FriseKind} from '../../model/types.js';
import type {FriseFilterChangeEvent} from '../../events/frise-filterchange.js';

const {feed: parsedSeed, issues: seedIssues} = parseFeed(seed);
const feed = parsedSeed as FriseFeed;

/** The seed as plain JSON, read without the model: the independent source of expected numbers. */
interface RawEvent {
  id: string;
  kind: string;
  status: string;
  title: string | Record<string, string>;
  summary?: string | Record<string, string>;
  tags?: string[];
  actors?: string[];
  location?: {name?: string | Record<string, string>};
  relations?: {type: string; target: string}[];
}
interface RawActor {
  id: string;
  name: string | Record<string, string>;
  shortName?: string | Record<string, string>;
  color?: string;
}
const raw = seed as unknown as {events: RawEvent[]; actors: RawActor[]};

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const texts = (text: string | Record<string, string> | undefined) =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Events of the JSON whose id, titles, summaries, tags, place or actors' names contain every word. */
function rawMatches(query: string): string[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const actors = new Map(raw.actors.map((actor) => [actor.id, actor]));
  return raw.events
    .filter((event) => {
      const parts = [
        event.id,
        ...texts(event.title),
        ...texts(event.summary),
        ...(event.tags ?? []),
        ...texts(event.location?.name),
      ];
      for (const id of event.actors ?? [])
        parts.push(...texts(actors.get(id)?.name), ...texts(actors.get(id)?.shortName));
      const haystack = fold(parts.join('\n'));
      return words.every((word) => haystack.includes(word));
    })
    .map((event) => event.id);
}

async function legend(
  template = html`<frise-legend .feed=${feed}></frise-legend>`,
): Promise<{el: FriseLegend; h: LegendHarness}> {
  const el = await fixture<FriseLegend>(template);
  await el.updateComplete;
  return {el, h: new LegendHarness(el)};
}

function record(el: FriseLegend): FriseFilterChangeEvent[] {
  const fired: FriseFilterChangeEvent[] = [];
  el.addEventListener('frise-filterchange', (event) => fired.push(event));
  return fired;
}

function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('<frise-legend>', () => {
  it('is given a seed feed without problems', () => {
    expect(seedIssues).to.deep.equal([]);
    expect(feed.events.length).to.equal(raw.events.length);
  });

  it('counts each kind of the whole seed feed as the JSON does', async () => {
    const {h} = await legend();
    const expected = tally(raw.events.map((event) => event.kind));
    expect(h.counts('kinds')).to.deep.equal(expected);
  });

  it('counts each status as the JSON does, leaving out statuses no event has', async () => {
    const {h} = await legend();
    const expected = tally(raw.events.map((event) => event.status));
    expect(h.counts('statuses')).to.deep.equal(expected);
    expect(h.values('statuses')).to.not.include('unverified'); // no seed event is unverified
  });

  it('lists only main actors (first actor of an event), in registry order, with their counts', async () => {
    const {h} = await legend();
    const expected = tally(raw.events.flatMap((event) => (event.actors?.[0] ? [event.actors[0]] : [])));
    expect(h.counts('actors')).to.deep.equal(expected);
    const registryOrder = raw.actors.map((actor) => actor.id).filter((id) => id in expected);
    expect(h.values('actors')).to.deep.equal(registryOrder);
    expect(h.values('actors')).to.not.include('nis'); // an actor of the feed, never a main one
  });

  it('counts the relations of each type as the JSON does, in the schema’s order', async () => {
    const {h} = await legend();
    const expected = tally(raw.events.flatMap((event) => (event.relations ?? []).map((relation) => relation.type)));
    expect(h.counts('relations')).to.deep.equal(expected);
    expect(h.values('relations')).to.deep.equal(RELATION_TYPES.filter((type) => type in expected));
  });

  it('gives each toggle an accessible name with its name and count', async () => {
    const {h} = await legend();
    const denial = h.item('kinds', 'denial')!;
    expect(denial.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Démenti 3 événements');
    // the unit is read by assistive technology but not shown: visually hidden, not removed from the tree
    const unit = denial.querySelector<HTMLElement>('[part~="count"] .visually-hidden')!;
    expect(unit.closest('[aria-hidden="true"]')).to.equal(null);
    expect(getComputedStyle(unit).display).to.not.equal('none');
    expect(unit.getBoundingClientRect().width).to.be.at.most(1);
    expect(denial.getAttribute('aria-label')).to.equal(null); // the name is the content, so it contains the visible text
  });

  it('makes every toggle and the reset button at least 24 × 24 px, in both layouts', async () => {
    for (const compact of [false, true]) {
      const {h} = await legend(html`<frise-legend .feed=${feed} ?compact=${compact}></frise-legend>`);
      const buttons = [
        ...h.items('kinds'),
        ...h.items('statuses'),
        ...h.items('actors'),
        ...h.items('relations'),
        h.reset()!,
      ];
      expect(buttons.length).to.be.greaterThan(20);
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        expect(box.width, button.textContent!).to.be.at.least(24);
        expect(box.height, button.textContent!).to.be.at.least(24);
      }
    }
  });

  it('hides a kind when its toggle is clicked, announcing a new filter, and shows it again on a second click', async () => {
    const {el, h} = await legend();
    const fired = record(el);
    const onDocument: Event[] = [];
    const listener = (event: Event) => onDocument.push(event);
    document.addEventListener('frise-filterchange', listener);
    h.item('kinds', 'claim')!.click();
    await el.updateComplete;
    expect(fired).to.have.length(1);
    expect(fired[0]!.filter.hiddenKinds).to.deep.equal(['claim']);
    expect(onDocument).to.have.length(1); // bubbles and composed
    expect(el.filter).to.equal(fired[0]!.filter);
    expect(h.pressed('kinds', 'claim')).to.equal(false);
    expect(h.pressed('kinds', 'report')).to.equal(true);
    h.item('kinds', 'claim')!.click();
    await el.updateComplete;
    expect(fired).to.have.length(2);
    expect(fired[1]!.filter.hiddenKinds).to.deep.equal([]);
    expect(h.pressed('kinds', 'claim')).to.equal(true);
    document.removeEventListener('frise-filterchange', listener);
  });

  it('toggles statuses, actors and relation types into their own hidden lists, from the keyboard too', async () => {
    const {el, h} = await legend();
    const fired = record(el);
    h.item('statuses', 'reported')!.focus();
    await sendKeys({press: 'Space'});
    h.item('actors', 'russia')!.focus();
    await sendKeys({press: 'Enter'});
    h.item('relations', 'follows')!.click();
    await el.updateComplete;
    expect(fired.map((event) => event.filter)).to.have.length(3);
    expect(el.filter).to.deep.equal({
      hiddenKinds: [],
      hiddenStatuses: ['reported'],
      hiddenActors: ['russia'],
      hiddenRelations: ['follows'],
      query: '',
    });
    expect([
      h.pressed('statuses', 'reported'),
      h.pressed('actors', 'russia'),
      h.pressed('relations', 'follows'),
    ]).to.deep.equal([false, false, false]);
  });

  it('never mutates the filter it was given', async () => {
    const given: FriseFilter = {
      hiddenKinds: ['report'],
      hiddenStatuses: [],
      hiddenActors: ['ukraine'],
      hiddenRelations: [],
      query: 'pacte',
    };
    const before = deepCopy(given);
    const {el, h} = await legend(html`<frise-legend .feed=${feed} .filter=${given}></frise-legend>`);
    const fired = record(el);
    h.item('kinds', 'claim')!.click();
    h.item('kinds', 'report')!.click();
    h.item('actors', 'russia')!.click();
    await el.updateComplete;
    h.reset()!.click();
    await el.updateComplete;
    expect(given).to.deep.equal(before);
    expect(fired.every((event) => event.filter !== given && event.filter.hiddenKinds !== given.hiddenKinds)).to.equal(
      true,
    );
    // the default filter is shared: it must stay empty too
    const {h: other} = await legend();
    other.item('statuses', 'denied')!.click();
    expect(EMPTY_FILTER).to.deep.equal({
      hiddenKinds: [],
      hiddenStatuses: [],
      hiddenActors: [],
      hiddenRelations: [],
      query: '',
    });
  });

  it('shows everything again with "Tout afficher", keeping the query', async () => {
    const given: FriseFilter = {
      hiddenKinds: ['claim'],
      hiddenStatuses: ['confirmed'],
      hiddenActors: ['russia'],
      hiddenRelations: ['follows'],
      query: 'traité',
    };
    const {el, h} = await legend(html`<frise-legend .feed=${feed} .filter=${given}></frise-legend>`);
    const fired = record(el);
    expect(h.reset()!.textContent!.trim()).to.equal('Tout afficher');
    expect(h.reset()!.getAttribute('aria-disabled')).to.equal('false');
    h.reset()!.click();
    await el.updateComplete;
    expect(fired).to.have.length(1);
    expect(fired[0]!.filter).to.deep.equal({
      hiddenKinds: [],
      hiddenStatuses: [],
      hiddenActors: [],
      hiddenRelations: [],
      query: 'traité',
    });
    for (const section of ['kinds', 'statuses', 'actors', 'relations']) {
      expect(
        h.items(section).every((item) => item.getAttribute('aria-pressed') === 'true'),
        section,
      ).to.equal(true);
    }
    expect(h.reset()!.getAttribute('aria-disabled')).to.equal('true');
    h.reset()!.click(); // nothing is hidden: nothing to announce
    expect(fired).to.have.length(1);
  });

  it('applies typed text as the query after a pause, with one event, and shows how many events match', async () => {
    const {el, h} = await legend();
    const fired = record(el);
    expect(h.results()).to.equal('');
    h.searchInput()!.focus();
    await sendKeys({type: 'Kremlin'});
    expect(h.searchInput()!.value).to.equal('Kremlin');
    await waitUntil(() => fired.length > 0, 'query applied', {timeout: 2000});
    await aTimeout(300);
    expect(fired).to.have.length(1); // debounced: not one event per key
    expect(fired[0]!.filter.query).to.equal('Kremlin');
    expect(el.filter.query).to.equal('Kremlin');
    await el.updateComplete;
    const expected = rawMatches('Kremlin');
    expect(expected.length).to.be.greaterThan(0);
    expect(
      feed.events
        .filter((event) => matchesQuery(event, 'Kremlin', feed))
        .map((event) => event.id)
        .sort(),
    ).to.deep.equal([...expected].sort());
    expect(h.results()).to.equal(`${expected.length} résultats`);
    // hidden lists are untouched by a search
    expect(fired[0]!.filter.hiddenKinds).to.deep.equal([]);
  });

  it('does not apply the query before the pause is over', async () => {
    const {el, h} = await legend();
    const fired = record(el);
    h.searchInput()!.focus();
    await sendKeys({type: 'pacte'});
    expect(fired).to.have.length(0);
    expect(el.filter.query).to.equal('');
    await waitUntil(() => fired.length === 1, 'query applied', {timeout: 2000});
  });

  it('reflects a filter set from outside in its toggles, search box and results', async () => {
    const {el, h} = await legend();
    el.filter = {
      hiddenKinds: ['claim'],
      hiddenStatuses: ['confirmed'],
      hiddenActors: ['russia'],
      hiddenRelations: ['follows'],
      query: 'traité',
    };
    await el.updateComplete;
    expect(h.pressed('kinds', 'claim')).to.equal(false);
    expect(h.pressed('kinds', 'report')).to.equal(true);
    expect(h.pressed('statuses', 'confirmed')).to.equal(false);
    expect(h.pressed('statuses', 'reported')).to.equal(true);
    expect(h.pressed('actors', 'russia')).to.equal(false);
    expect(h.pressed('actors', 'south-korea')).to.equal(true);
    expect(h.pressed('relations', 'follows')).to.equal(false);
    expect(h.pressed('relations', 'denies')).to.equal(true);
    expect(h.searchInput()!.value).to.equal('traité');
    expect(h.results()).to.equal(`${rawMatches('traité').length} résultats`);
    // a partial object from a page is read as a filter
    el.filter = {hiddenStatuses: ['denied']} as unknown as FriseFilter;
    await el.updateComplete;
    expect(h.pressed('statuses', 'denied')).to.equal(false);
    expect(h.pressed('kinds', 'claim')).to.equal(true);
    expect(h.searchInput()!.value).to.equal('');
  });

  it('makes hidden items look hidden: struck through, muted and with a faded symbol', async () => {
    const {el, h} = await legend();
    h.item('kinds', 'claim')!.click();
    await el.updateComplete;
    const hiddenName = getComputedStyle(h.item('kinds', 'claim')!.querySelector('.name')!);
    const shownName = getComputedStyle(h.item('kinds', 'report')!.querySelector('.name')!);
    expect(hiddenName.textDecorationLine).to.contain('line-through');
    expect(shownName.textDecorationLine).to.not.contain('line-through');
    expect(hiddenName.color).to.not.equal(shownName.color);
    expect(Number(getComputedStyle(h.swatch('kinds', 'claim')!).opacity)).to.be.below(0.5);
    expect(Number(getComputedStyle(h.swatch('kinds', 'report')!).opacity)).to.equal(1);
  });

  it('shows only the sections asked for, in display order', async () => {
    const {h} = await legend(html`<frise-legend .feed=${feed} sections="kinds search"></frise-legend>`);
    expect(h.sections()).to.deep.equal(['search', 'kinds']);
    expect(h.items('statuses')).to.have.length(0);
    const {h: all} = await legend();
    expect(all.sections()).to.deep.equal(['search', 'kinds', 'statuses', 'actors', 'relations']);
    const {h: noSearch} = await legend(html`<frise-legend .feed=${feed} sections="relations actors"></frise-legend>`);
    expect(noSearch.sections()).to.deep.equal(['actors', 'relations']);
    expect(noSearch.searchInput()).to.equal(null);
  });

  it('draws each kind with the timeline’s shape for it', async () => {
    const {h} = await legend();
    for (const kind of h.values('kinds')) {
      expect(h.swatch('kinds', kind)!.querySelector('path')!.getAttribute('d'), kind).to.equal(
        kindSymbol(kind as FriseKind, 5.5),
      );
    }
  });

  it('draws each status in the timeline’s style: filled, hollow, struck, dashed, dotted', async () => {
    const small = parseFeed({
      version: 1,
      title: 't',
      language: 'en',
      events: (['confirmed', 'reported', 'denied', 'disputed', 'unverified'] as const).map((status, i) => ({
        id: status,
        title: status,
        start: `2024-01-0${i + 1}`,
        kind: 'report',
        status,
      })),
    }).feed!;
    const {h} = await legend(html`<frise-legend .feed=${small}></frise-legend>`);
    const symbol = (status: string) => getComputedStyle(h.swatch('statuses', status)!.querySelector('.status-symbol')!);
    expect(symbol('confirmed').fill).to.equal(symbol('confirmed').stroke);
    expect(symbol('reported').fill).to.not.equal(symbol('reported').stroke);
    expect(symbol('denied').fill).to.not.equal(symbol('denied').stroke);
    expect(h.swatch('statuses', 'denied')!.querySelector('.status-strike')).to.exist;
    expect(h.swatch('statuses', 'reported')!.querySelector('.status-strike')).to.equal(null);
    expect(symbol('confirmed').strokeDasharray).to.equal('none');
    expect(symbol('disputed').strokeDasharray).to.not.equal('none');
    expect(symbol('unverified').strokeDasharray).to.not.equal('none');
    expect(symbol('unverified').strokeDasharray).to.not.equal(symbol('disputed').strokeDasharray);
    const strokes = new Set(['confirmed', 'reported', 'denied', 'disputed', 'unverified'].map((s) => symbol(s).stroke));
    expect(strokes.size).to.equal(5);
  });

  it('follows the status colour custom properties', async () => {
    const {h} = await legend(
      html`<frise-legend .feed=${feed} style="--frise-status-denied-color: rgb(1, 2, 3)"></frise-legend>`,
    );
    expect(getComputedStyle(h.swatch('statuses', 'denied')!.querySelector('.status-symbol')!).stroke).to.equal(
      'rgb(1, 2, 3)',
    );
  });

  it('draws relation samples with the dash of relation-styles and the colour of their group', async () => {
    const {h} = await legend(html`<frise-legend .feed=${feed} style="--frise-relation-contest-color: rgb(200, 0, 0);
      --frise-relation-support-color: rgb(0, 120, 0); --frise-relation-legal-color: rgb(100, 0, 150);
      --frise-relation-response-color: rgb(0, 0, 200); --frise-relation-structure-color: rgb(90, 90, 90)"></frise-legend>`);
    const colours: Record<string, string> = {
      denies: 'rgb(200, 0, 0)',
      contradicts: 'rgb(200, 0, 0)',
      confirms: 'rgb(0, 120, 0)',
      corroborates: 'rgb(0, 120, 0)',
      ratifies: 'rgb(100, 0, 150)',
      formalises: 'rgb(100, 0, 150)',
      completes: 'rgb(100, 0, 150)',
      'responds-to': 'rgb(0, 0, 200)',
      updates: 'rgb(0, 0, 200)',
      'part-of': 'rgb(90, 90, 90)',
      follows: 'rgb(90, 90, 90)',
      'context-for': 'rgb(90, 90, 90)',
      'outcome-of': 'rgb(90, 90, 90)',
    };
    const types = h.values('relations');
    expect(types.length).to.equal(13); // the seed uses every type
    for (const type of types) {
      const swatch = h.swatch('relations', type)!;
      expect(swatch.classList.contains(`relation-${type}`), type).to.equal(true);
      const style = getComputedStyle(swatch.querySelector('line')!);
      expect(style.stroke, type).to.equal(colours[type]);
      const dash = relationDash(type as (typeof RELATION_TYPES)[number]);
      const expected =
        dash === ''
          ? 'none'
          : dash
              .split(' ')
              .map((n) => `${n}px`)
              .join(', ');
      expect(style.strokeDasharray, type).to.equal(expected);
    }
  });

  it('shows an actor’s colour when it has one, and a colour derived from its id when it has none', async () => {
    const {el, h} = await legend();
    const korea = raw.actors.find((actor) => actor.id === 'south-korea')!;
    expect(h.swatch('actors', 'south-korea')!.querySelector('rect')!.getAttribute('fill')).to.equal(
      korea.color!.toLowerCase(),
    );
    const uncoloured = h.values('actors').find((id) => !raw.actors.find((actor) => actor.id === id)!.color);
    expect(uncoloured, 'the seed has a main actor without a colour').to.be.a('string');
    const fill = h.swatch('actors', uncoloured!)?.querySelector('rect')?.getAttribute('fill') ?? '';
    expect(fill, uncoloured).to.equal(actorColor(el.parsedFeed!, uncoloured!));
    expect(DERIVED_ACTOR_COLORS, fill).to.include(fill);
  });

  it('speaks French for a French feed and English with lang="en"', async () => {
    const {h: fr} = await legend();
    expect(fr.searchLabel()).to.equal('Rechercher');
    expect(fr.groupTitle('kinds')).to.equal('Types d’événement');
    expect(fr.groupTitle('statuses')).to.equal('Statut');
    expect(fr.name('kinds', 'denial')).to.equal('Démenti');
    expect(fr.name('statuses', 'confirmed')).to.equal('Confirmé');
    expect(fr.name('actors', 'south-korea')).to.equal('Corée du Sud');
    expect(fr.name('relations', 'responds-to')).to.equal('Répond à');
    expect(fr.reset()!.textContent!.trim()).to.equal('Tout afficher');

    const {el, h: en} = await legend(html`<frise-legend .feed=${feed} lang="en"></frise-legend>`);
    expect(en.searchLabel()).to.equal('Search');
    expect(en.groupTitle('kinds')).to.equal('Event types');
    expect(en.name('kinds', 'denial')).to.equal('Denial');
    expect(en.name('statuses', 'confirmed')).to.equal('Confirmed');
    expect(en.name('actors', 'south-korea')).to.equal('South Korea');
    expect(en.name('relations', 'responds-to')).to.equal('Responds to');
    expect(en.reset()!.textContent!.trim()).to.equal('Show all');
    expect(en.item('kinds', 'denial')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Denial 3 events');
    el.filter = {...EMPTY_FILTER, query: 'Kremlin'};
    await el.updateComplete;
    expect(en.results()).to.equal(`${rawMatches('Kremlin').length} results`);
    // switching language re-renders
    el.lang = 'fr';
    await el.updateComplete;
    expect(en.searchLabel()).to.equal('Rechercher');
  });

  it('falls back to English without a feed or lang, and still offers the search', async () => {
    const {h} = await legend(html`<frise-legend></frise-legend>`);
    expect(h.searchLabel()).to.equal('Search');
    expect(h.sections()).to.deep.equal(['search']);
    expect(h.reset()).to.equal(null);
  });

  it('lays items out in a column, or in wrapping rows when compact', async () => {
    const {h} = await legend(html`<frise-legend .feed=${feed} style="width: 600px"></frise-legend>`);
    const [a, b] = h.items('kinds');
    expect(b!.getBoundingClientRect().top).to.be.greaterThan(a!.getBoundingClientRect().top);
    const {h: compact} = await legend(html`<frise-legend .feed=${feed} compact style="width: 600px"></frise-legend>`);
    const [c, d] = compact.items('kinds');
    expect(d!.getBoundingClientRect().top).to.equal(c!.getBoundingClientRect().top);
    expect(d!.getBoundingClientRect().left).to.be.greaterThan(c!.getBoundingClientRect().right - 1);
  });

  it('shows a focus ring on the toggle reached with the keyboard', async () => {
    const {h} = await legend(html`<frise-legend .feed=${feed} sections="kinds"></frise-legend>`);
    const first = h.items('kinds')[0]!;
    const before = getComputedStyle(first).outlineStyle;
    await sendKeys({press: 'Tab'});
    await waitUntil(() => first.matches(':focus-visible'), 'first toggle focused by Tab');
    expect(before).to.equal('none');
    expect(getComputedStyle(first).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(first).outlineWidth)).to.be.at.least(2);
  });

  describe('accessibility and colour schemes', () => {
    afterEach(async () => {
      await emulateMedia({colorScheme: 'light'});
    });

    const filtered: FriseFilter = {
      hiddenKinds: ['claim'],
      hiddenStatuses: ['denied'],
      hiddenActors: ['ukraine'],
      hiddenRelations: ['follows'],
      query: 'traité',
    };
    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    const isDark = (colour: string) => {
      const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.map(Number);
      return r! + g! + b! < 150;
    };

    it('passes axe in light mode, with items hidden and a search', async () => {
      const {el} = await legend(html`<frise-legend .feed=${feed} .filter=${filtered} theme="light"></frise-legend>`);
      expect(isDark(background(el))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('passes axe in dark mode (theme="dark"), with items hidden and a search', async () => {
      const {el} = await legend(html`<frise-legend .feed=${feed} .filter=${filtered} theme="dark"></frise-legend>`);
      expect(isDark(background(el))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('passes axe compact and in English', async () => {
      const {el} = await legend(
        html`<frise-legend .feed=${feed} .filter=${filtered} compact lang="en"></frise-legend>`,
      );
      await expect(el).to.be.accessible();
    });

    it('follows the reader’s colour scheme unless a theme is forced', async () => {
      const {el} = await legend();
      const {el: light} = await legend(html`<frise-legend .feed=${feed} theme="light"></frise-legend>`);
      expect(isDark(background(el))).to.equal(false);
      await emulateMedia({colorScheme: 'dark'});
      expect(isDark(background(el))).to.equal(true);
      expect(isDark(background(light))).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<frise-legend> periods', () => {
  it('names each period of the feed with its dates, under a heading, in the language shown', async () => {
    const {el} = await legend(html`<frise-legend .feed=${feed} lang="fr"></frise-legend>`);
    const section = el.shadowRoot!.querySelector('[part="periods"]')!;
    expect(section.querySelector('h3')!.textContent).to.equal('Périodes');
    const items = [...section.querySelectorAll('[part="period"]')];
    expect(items.map((item) => item.getAttribute('data-period-id'))).to.deep.equal(['treaty-signature-to-force']);
    expect(items[0]!.querySelector('.name')!.textContent).to.equal('Du traité signé à son entrée en vigueur');
    expect(items[0]!.querySelector('.period-dates')!.textContent).to.equal('du 19 juin 2024 au 4 décembre 2024');
    await expect(el).to.be.accessible();
  });

  it('draws a period colour only when it passes the colour check, and is left out with sections that omit it', async () => {
    const coloured = {
      events: [{title: 'x', start: '2024-01-01'}],
      periods: [{id: 'p', title: 'P', start: '2024-01', end: '2024-02', color: '#336699'}],
    };
    const {el} = await legend(html`<frise-legend .feed=${coloured} lang="en"></frise-legend>`);
    expect(el.shadowRoot!.querySelector('.period-swatch')!.getAttribute('fill')).to.equal('#336699');
    expect(el.shadowRoot!.querySelector('.period-dates')!.textContent).to.equal('January 2024 – February 2024');
    const without = await legend(html`<frise-legend .feed=${feed} sections="kinds statuses"></frise-legend>`);
    expect(without.el.shadowRoot!.querySelector('[part="periods"]')).to.equal(null);
  });
});
