import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-list.js';
import type {FriseList} from './frise-list.js';
import {ListHarness, squash, visibleText} from './harness.js';
import {parseFeed} from '../../model/parse.js';
import {pickText} from '../../model/text.js';
import {EMPTY_FILTER, type FriseFilter} from '../../model/filter.js';
import type {FriseEventRecord, FriseFeed, FriseFeedDocument} from '../../model/types.js';
import type {ResolvedDate} from '../../model/dates.js';
import {FriseSelectEvent} from '../../events/frise-select.js';

function feedOf(doc: unknown): FriseFeed {
  const {feed, issues} = parseFeed(doc);
  if (!feed) throw new Error('not a feed');
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) throw new Error(`test feed has errors: ${errors.map((e) => e.message).join('; ')}`);
  return feed;
}

const seedFeed = feedOf(seed);

function base(events: FriseEventRecord[], extra: Partial<FriseFeedDocument> = {}): FriseFeedDocument {
  return {
    version: 1,
    title: 'Test',
    language: 'fr',
    published: '2024-10-22',
    actors: [
      {id: 'kr', name: {fr: 'Corée du Sud', en: 'South Korea'}, type: 'state'},
      {id: 'nis', name: {fr: 'le NIS', en: 'the NIS'}, type: 'agency'},
      {id: 'il', name: {he: 'משרד החוץ', en: 'Foreign Ministry'}, type: 'government'},
    ],
    events,
    ...extra,
  };
}

function event(id: string, fields: Partial<FriseEventRecord> = {}): FriseEventRecord {
  return {
    id,
    title: {fr: `Titre ${id}`, en: `Title ${id}`},
    start: '2024-10-18',
    kind: 'report',
    status: 'reported',
    ...fields,
  };
}

interface Options {
  lang?: string;
  variant?: 'list' | 'vertical';
  theme?: 'light' | 'dark';
  headingLevel?: number;
  selected?: string;
  filter?: FriseFilter;
}

async function list(
  feed: FriseFeed | null = seedFeed,
  options: Options = {},
): Promise<{el: FriseList; h: ListHarness}> {
  const el = await fixture<FriseList>(html`<frise-list .feed=${feed} .filter=${options.filter ?? EMPTY_FILTER}
    lang=${options.lang ?? 'fr'} variant=${options.variant ?? 'list'} theme=${options.theme ?? 'light'}
    heading-level=${options.headingLevel ?? 3} selected=${options.selected ?? ''}></frise-list>`);
  if (!options.selected) el.selected = null;
  await el.updateComplete;
  return {el, h: new ListHarness(el)};
}

/** The ISO form a date of the seed must carry, computed from its resolved start (UTC). */
function expectedIso(date: ResolvedDate): string {
  const iso = new Date(date.start).toISOString();
  switch (date.precision) {
    case 'year':
      return iso.slice(0, 4);
    case 'month':
      return iso.slice(0, 7);
    case 'day':
      return iso.slice(0, 10);
    default:
      throw new Error(`no expectation for precision ${date.precision}`);
  }
}

describe('<frise-list>', () => {
  describe('structure on the seed', () => {
    it('groups the events under year headings 2022, 2023, 2024, 2025, in order', async () => {
      const {h} = await list();
      expect(h.yearTexts()).to.deep.equal(['2022', '2023', '2024', '2025']);
      expect(h.years().every((heading) => heading.tagName === 'H3')).to.equal(true);
    });

    it('puts month headings, localized, under their year', async () => {
      const {h} = await list();
      expect(h.monthTexts(2024)).to.deep.equal(['juin 2024', 'octobre 2024', 'novembre 2024', 'décembre 2024']);
      expect(h.monthTexts(2023)).to.deep.equal(['juillet 2023', 'décembre 2023']);
      expect(h.months(2024).every((heading) => heading.tagName === 'H4')).to.equal(true);
      const english = await list(seedFeed, {lang: 'en'});
      expect(english.h.monthTexts(2024)).to.deep.equal(['June 2024', 'October 2024', 'November 2024', 'December 2024']);
    });

    it('lists an event known only to the year under its year, before the months, with no month heading', async () => {
      const {h} = await list();
      const year2022 = h.root.querySelector('.year[data-year="2022"]')!;
      const direct = [...year2022.querySelectorAll(':scope > ol > li')].map(
        (li) => (li as HTMLElement).dataset['eventId'],
      );
      expect(direct).to.deep.equal(['sk-nonlethal-aid-to-date']);
      expect(h.monthTexts(2022)).to.deep.equal(['février 2022']);
      // the year-level list comes before the month section
      const children = [...year2022.children].map((child) => child.localName);
      expect(children.indexOf('ol')).to.be.lessThan(children.indexOf('section'));
    });

    it('renders every event once, as an article in a list item, in feed order', async () => {
      const {h} = await list();
      expect(h.ids()).to.deep.equal(seedFeed.events.map((e) => e.id));
      expect(h.articles().length).to.equal(seedFeed.events.length);
      for (const e of seedFeed.events) {
        const article = h.article(e.id)!;
        expect(article, e.id).to.exist;
        expect(article.parentElement!.localName).to.equal('li');
        expect(article.parentElement!.parentElement!.localName).to.equal('ol');
        expect(article.getAttribute('aria-labelledby')).to.equal(h.title(e.id)!.id);
        expect(article.getAttribute('tabindex')).to.equal('-1');
      }
    });

    it('gives each date a <time datetime> at its precision, start and end for ranges', async () => {
      const {h} = await list();
      for (const e of seedFeed.events) {
        const times = h.times(e.id).map((t) => t.getAttribute('datetime'));
        const expected = [expectedIso(e.start), ...(e.end ? [expectedIso(e.end)] : [])];
        expect(times, e.id).to.deep.equal(expected);
      }
      expect(h.times('nk-first-troop-transport-vladivostok').map((t) => t.dateTime)).to.deep.equal([
        '2024-10-08',
        '2024-10-13',
      ]);
      expect(h.times('russian-advance-pokrovsk').map((t) => t.dateTime)).to.deep.equal(['2024-10']);
    });

    it('shows the date at its precision with the source’s wording in quotation marks', async () => {
      const {h} = await list();
      expect(h.dateText('ua-video-nk-troops-far-east')).to.equal('18 octobre 2024 «\u202fla semaine dernière\u202f»');
      expect(h.dateText('nk-first-troop-transport-vladivostok')).to.equal(
        'du 8 octobre 2024 au 13 octobre 2024 «\u202fdéjà\u202f»',
      );
      expect(h.dateText('kremlin-fake-news-denial')).to.equal('10 octobre 2024');
      expect(h.dateText('sk-demining-machines-handover')).to.equal('décembre 2023');
      const english = await list(seedFeed, {lang: 'en'});
      expect(english.h.dateText('ua-video-nk-troops-far-east')).to.equal('October 18, 2024 “last week”');
      const feed = feedOf(
        base([event('around', {start: {date: '2022', approximate: true}}), event('week', {start: '2024-W42'})]),
      );
      const small = await list(feed);
      expect(small.h.dateText('around')).to.equal('vers 2022');
      expect(small.h.dateText('week')).to.equal('semaine du 14 oct. 2024');
      expect(small.h.times('week')[0]!.dateTime).to.equal('2024-W42');
    });

    it('sets heading levels from heading-level: years, months one deeper, titles one below their group', async () => {
      const at3 = await list();
      expect(at3.h.title('kremlin-fake-news-denial')!.tagName).to.equal('H5');
      expect(at3.h.title('sk-nonlethal-aid-to-date')!.tagName).to.equal('H4');
      const at2 = await list(seedFeed, {headingLevel: 2});
      expect(at2.h.years()[0]!.tagName).to.equal('H2');
      expect(at2.h.months()[0]!.tagName).to.equal('H3');
      expect(at2.h.title('kremlin-fake-news-denial')!.tagName).to.equal('H4');
      expect(at2.h.title('sk-nonlethal-aid-to-date')!.tagName).to.equal('H3');
      const clamped = await list(seedFeed, {headingLevel: 9});
      expect(clamped.h.years()[0]!.tagName).to.equal('H4');
      expect(clamped.h.title('kremlin-fake-news-denial')!.tagName).to.equal('H6');
    });

    it('names the list after the feed and says when there is nothing to show', async () => {
      const {h} = await list();
      expect(h.list()!.getAttribute('aria-label')).to.equal(`Chronologie\u00a0: ${pickText(seedFeed.title, 'fr')}`);
      expect(h.list()!.getAttribute('aria-label')).to.match(/^Chronologie\u00a0: Des soldats nord-coréens/);
      expect(h.list()!.getAttribute('role')).to.equal('group');
      const none = await list(seedFeed, {
        filter: {...EMPTY_FILTER, hiddenStatuses: ['reported', 'confirmed', 'denied', 'disputed', 'unverified']},
      });
      expect(none.h.items().length).to.equal(0);
      expect(squash(none.h.empty()?.textContent)).to.equal('Aucun événement à afficher.');
      // no feed given yet: nothing to name or to list, and no claim that the feed is empty
      const empty = await list(null, {lang: 'en'});
      expect(empty.h.list()).to.equal(null);
      expect(empty.h.empty()).to.equal(null);
    });
  });

  describe('status and attribution in words', () => {
    it('writes kind and status in French and in English, with hidden labels for screen readers', async () => {
      const {h} = await list();
      expect(h.statusText('nk-flag-photo-tsukuryne')).to.equal('affirmation · contesté');
      expect(h.statusText('kremlin-fake-news-denial')).to.equal('démenti · confirmé');
      expect(h.statusText('nis-12000-troops-report')).to.equal('information · démenti');
      expect(visibleText(h.item('nis-12000-troops-report')!.querySelector('[part~="status"]'))).to.equal(
        'information · démenti',
      );
      expect(h.statusSpoken('nis-12000-troops-report')).to.equal('Type\u00a0: information, Statut\u00a0: démenti');
      const en = await list(seedFeed, {lang: 'en'});
      expect(en.h.statusText('nk-flag-photo-tsukuryne')).to.equal('claim · disputed');
      expect(en.h.statusText('kremlin-fake-news-denial')).to.equal('denial · confirmed');
      expect(en.h.statusSpoken('nis-12000-troops-report')).to.equal('Kind: report, Status: denied');
    });

    it('draws the mark in the timeline’s status style: filled, hollow, struck, dashed, dotted', async () => {
      const feed = feedOf(
        base(
          ['confirmed', 'reported', 'denied', 'disputed', 'unverified'].map((status, i) =>
            event(status, {status: status as FriseEventRecord['status'], start: `2024-10-${10 + i}`}),
          ),
        ),
      );
      const {h} = await list(feed);
      const style = (id: string) => getComputedStyle(h.mark(id)!.querySelector('.symbol')!);
      expect(style('confirmed').fill).to.equal(style('confirmed').stroke);
      expect(style('reported').fill).not.to.equal(style('reported').stroke);
      expect(style('reported').strokeDasharray).to.equal('none');
      expect(h.mark('denied')!.querySelector('.strike')).to.exist;
      expect(h.mark('reported')!.querySelector('.strike')).to.equal(null);
      expect(style('disputed').strokeDasharray).not.to.equal('none');
      expect(style('unverified').strokeDasharray).not.to.equal('none');
      expect(style('unverified').strokeDasharray).not.to.equal(style('disputed').strokeDasharray);
      expect(h.mark('confirmed')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('says who asserts each event: the label when there is one', async () => {
      const {h} = await list();
      expect(h.attribution('nis-12000-troops-report')).to.equal('selon le NIS (via Yonhap)');
      const en = await list(seedFeed, {lang: 'en'});
      expect(en.h.attribution('nis-12000-troops-report')).to.equal('according to the NIS (via Yonhap)');
    });

    it('names the actors with “selon” / “according to” when there is no label', async () => {
      const feed = feedOf(base([event('a', {attribution: {actors: ['kr', 'nis']}})]));
      expect((await list(feed)).h.attribution('a')).to.equal('selon Corée du Sud et le NIS');
      expect((await list(feed, {lang: 'en'})).h.attribution('a')).to.equal('according to South Korea and the NIS');
    });
  });

  describe('relations', () => {
    it('links every relation, both ways, to an article of the list', async () => {
      const {h} = await list();
      const links = h.relationLinks();
      const relationCount = seedFeed.events.reduce((n, e) => n + e.relations.length, 0);
      expect(links.length).to.equal(2 * relationCount);
      for (const link of links) {
        const href = link.getAttribute('href')!;
        expect(href).to.match(/^#event-/);
        expect(h.root.getElementById(href.slice(1)), href).to.exist;
      }
    });

    it('labels each link with the relation, read from its end, and the other event’s title', async () => {
      const {h} = await list();
      const denies = h.relationLink('nk-un-first-committee-denial', 'nis-12000-troops-report', 'forward')!;
      expect(squash(denies.textContent)).to.equal(
        'dément Pyongyang prévoit d’envoyer jusqu’à 12 000 soldats en Russie, selon le NIS',
      );
      const deniedBy = h.relationLink('nis-12000-troops-report', 'nk-un-first-committee-denial', 'inverse')!;
      expect(squash(deniedBy.querySelector('.relation-name')!.textContent)).to.equal('démenti par');
      const en = await list(seedFeed, {lang: 'en'});
      expect(
        squash(
          en.h
            .relationLink('nis-12000-troops-report', 'nk-un-first-committee-denial', 'inverse')!
            .querySelector('.relation-name')!.textContent,
        ),
      ).to.equal('denied by');
    });

    it('moves the selection and the focus to the target when a link is activated with Enter', async () => {
      const {el, h} = await list();
      const link = h.relationLink('nk-un-first-committee-denial', 'nis-12000-troops-report')!;
      link.focus();
      expect(h.focused()).to.equal(link);
      const fired = oneEvent(el, 'frise-select') as unknown as Promise<FriseSelectEvent>;
      await sendKeys({press: 'Enter'});
      const selectEvent = await fired;
      expect(selectEvent).to.be.instanceOf(FriseSelectEvent);
      expect(selectEvent.id).to.equal('nis-12000-troops-report');
      expect(selectEvent.event).to.equal(seedFeed.eventById.get('nis-12000-troops-report'));
      expect(el.selected).to.equal('nis-12000-troops-report');
      expect(el.getAttribute('selected')).to.equal('nis-12000-troops-report');
      await waitUntil(() => h.focused() === h.article('nis-12000-troops-report'), 'the target article is focused');
      expect(h.article('nis-12000-troops-report')!.getAttribute('aria-current')).to.equal('true');
      expect(location.hash).not.to.equal('#event-nis-12000-troops-report');
    });

    it('scrolls smoothly, unless the reader prefers reduced motion', async () => {
      const {h} = await list();
      const calls: Array<ScrollIntoViewOptions | boolean | undefined> = [];
      const original = HTMLElement.prototype.scrollIntoView;
      HTMLElement.prototype.scrollIntoView = function (this: HTMLElement, options?: ScrollIntoViewOptions | boolean) {
        calls.push(options);
      };
      try {
        await emulateMedia({reducedMotion: 'reduce'});
        h.relationLink('nk-un-first-committee-denial', 'nis-12000-troops-report')!.click();
        await waitUntil(() => calls.length === 1);
        expect(calls[0]).to.deep.equal({behavior: 'auto', block: 'nearest'});
        await emulateMedia({reducedMotion: 'no-preference'});
        h.relationLink('nis-12000-troops-report', 'nk-un-first-committee-denial')!.click();
        await waitUntil(() => calls.length === 2);
        expect(calls[1]).to.deep.equal({behavior: 'smooth', block: 'nearest'});
      } finally {
        HTMLElement.prototype.scrollIntoView = original;
        await emulateMedia({reducedMotion: 'no-preference'});
      }
    });

    it('names, without linking, a related event the filter hides; drops hidden relation types', async () => {
      const {h} = await list(seedFeed, {filter: {...EMPTY_FILTER, hiddenKinds: ['denial']}});
      expect(h.relationLink('nis-12000-troops-report', 'nk-un-first-committee-denial')).to.equal(null);
      const off = h.unlinkedRelations('nis-12000-troops-report').map((span) => squash(span.textContent));
      expect(off).to.include(
        'démenti par Pyongyang nie à l’ONU : « rumeurs infondées et stéréotypées » (masqué par le filtre)',
      );
      const noDenies = await list(seedFeed, {filter: {...EMPTY_FILTER, hiddenRelations: ['denies']}});
      expect(noDenies.h.root.querySelectorAll('.relation[data-relation="denies"]').length).to.equal(0);
      expect(noDenies.h.root.querySelectorAll('.relation[data-relation="confirms"]').length).to.be.greaterThan(0);
    });
  });

  describe('selection', () => {
    it('selects an event with its title button and fires frise-select once', async () => {
      const {el, h} = await list();
      const fired: FriseSelectEvent[] = [];
      el.addEventListener('frise-select', (e) => fired.push(e));
      const button = h.selectButton('kremlin-fake-news-denial')!;
      expect(button.localName).to.equal('button');
      expect(squash(button.textContent)).to.equal(
        'Le Kremlin qualifie de « fausses nouvelles » les informations sur des soldats nord-coréens',
      );
      button.click();
      await el.updateComplete;
      expect(el.selected).to.equal('kremlin-fake-news-denial');
      expect(fired.map((e) => e.id)).to.deep.equal(['kremlin-fake-news-denial']);
      expect(fired[0]!.event).to.equal(seedFeed.eventById.get('kremlin-fake-news-denial'));
      button.click();
      await el.updateComplete;
      expect(fired.length).to.equal(1);
    });

    it('selects with a real key press on the focused title button', async () => {
      const {el, h} = await list();
      h.selectButton('putin-kim-treaty-signed')!.focus();
      const fired = oneEvent(el, 'frise-select') as unknown as Promise<FriseSelectEvent>;
      await sendKeys({press: 'Space'});
      expect((await fired).id).to.equal('putin-kim-treaty-signed');
      expect(el.selected).to.equal('putin-kim-treaty-signed');
    });

    it('marks an event selected from outside, visibly and with aria-current', async () => {
      const {el, h} = await list();
      const before = getComputedStyle(h.article('putin-kim-treaty-signed')!).borderInlineStartColor;
      el.selected = 'putin-kim-treaty-signed';
      await el.updateComplete;
      const article = h.article('putin-kim-treaty-signed')!;
      expect(article.getAttribute('aria-current')).to.equal('true');
      expect(h.item('putin-kim-treaty-signed')!.classList.contains('selected')).to.equal(true);
      expect(getComputedStyle(article).borderInlineStartColor).not.to.equal(before);
      expect(visibleText(h.item('putin-kim-treaty-signed')!.querySelector('.tag-selected'))).to.equal('sélectionné');
      expect(h.root.querySelectorAll('[aria-current]').length).to.equal(1);
      el.setAttribute('selected', 'kim-ratifies-treaty');
      await el.updateComplete;
      expect(h.article('kim-ratifies-treaty')!.getAttribute('aria-current')).to.equal('true');
      expect(article.hasAttribute('aria-current')).to.equal(false);
      el.selected = null;
      await el.updateComplete;
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(h.root.querySelectorAll('[aria-current]').length).to.equal(0);
    });

    it('offers a skip button to the selected event that moves the focus there', async () => {
      const {el, h} = await list(seedFeed, {selected: 'treaty-enters-into-force'});
      const skip = h.root.querySelector<HTMLButtonElement>('button.skip')!;
      expect(squash(skip.textContent)).to.equal('Aller à l’événement sélectionné');
      skip.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => h.focused() === h.article('treaty-enters-into-force'));
      expect(el.selected).to.equal('treaty-enters-into-force');
    });
  });

  describe('filter and search', () => {
    it('removes the events of hidden kinds, statuses and main actors', async () => {
      const legislation = seedFeed.events.filter((e) => e.kind === 'legislation').map((e) => e.id);
      expect(legislation.length).to.be.greaterThan(0);
      const {h} = await list(seedFeed, {filter: {...EMPTY_FILTER, hiddenKinds: ['legislation']}});
      expect(h.ids()).to.deep.equal(seedFeed.events.filter((e) => e.kind !== 'legislation').map((e) => e.id));
      const statuses = await list(seedFeed, {filter: {...EMPTY_FILTER, hiddenStatuses: ['reported']}});
      expect(statuses.h.items().some((li) => li.dataset['status'] === 'reported')).to.equal(false);
      expect(statuses.h.items().length).to.equal(seedFeed.events.filter((e) => e.status !== 'reported').length);
      const actors = await list(seedFeed, {filter: {...EMPTY_FILTER, hiddenActors: ['russia']}});
      expect(actors.h.ids()).to.deep.equal(seedFeed.events.filter((e) => e.actors[0] !== 'russia').map((e) => e.id));
    });

    it('marks the events a search matches and dims the others, hiding none', async () => {
      const {h} = await list(seedFeed, {filter: {...EMPTY_FILTER, query: 'peskov'}});
      expect(h.items().length).to.equal(seedFeed.events.length);
      const matched = h
        .items()
        .filter((li) => li.hasAttribute('data-match'))
        .map((li) => li.dataset['eventId']);
      expect(matched).to.deep.equal(['kremlin-fake-news-denial', 'peskov-contradictory-information']);
      expect(visibleText(h.item('kremlin-fake-news-denial')!.querySelector('.tag-match'))).to.equal('résultat');
      const dimmed = h.item('putin-kim-treaty-signed')!;
      expect(dimmed.classList.contains('dimmed')).to.equal(true);
      const colour = (id: string) => getComputedStyle(h.item(id)!.querySelector('article')!).color;
      expect(colour('putin-kim-treaty-signed')).not.to.equal(colour('kremlin-fake-news-denial'));
      expect(h.queryStatus()).to.equal('2 événements correspondent à «\u202fpeskov\u202f».');
      expect(h.root.querySelector('.query-status')!.getAttribute('role')).to.equal('status');
    });

    it('marks nothing without a search', async () => {
      const {h} = await list(seedFeed, {filter: {...EMPTY_FILTER, query: '   '}});
      expect(h.root.querySelectorAll('[data-match], .dimmed').length).to.equal(0);
      expect(h.queryStatus()).to.equal('');
    });
  });

  describe('language', () => {
    it('uses its own lang, else the closest ancestor’s, else the feed’s', async () => {
      const html_ = document.documentElement;
      const saved = html_.getAttribute('lang');
      html_.removeAttribute('lang');
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang="en"><frise-list .feed=${seedFeed}></frise-list></div>`,
        );
        const inherited = wrapper.querySelector('frise-list')!;
        await inherited.updateComplete;
        expect(inherited.displayLanguage).to.equal('en');
        expect(new ListHarness(inherited).yearTexts().length).to.equal(4);
        expect(new ListHarness(inherited).statusText('kremlin-fake-news-denial')).to.equal('denial · confirmed');

        const bare = await fixture<FriseList>(html`<frise-list .feed=${seedFeed}></frise-list>`);
        expect(bare.displayLanguage).to.equal('fr');
        expect(new ListHarness(bare).statusText('kremlin-fake-news-denial')).to.equal('démenti · confirmé');

        const own = await fixture<HTMLDivElement>(
          html`<div lang="fr"><frise-list lang="en" .feed=${seedFeed}></frise-list></div>`,
        );
        expect(own.querySelector('frise-list')!.displayLanguage).to.equal('en');
      } finally {
        if (saved !== null) html_.setAttribute('lang', saved);
      }
    });

    it('tags UI words with the language they are written in, and feed text with its own', async () => {
      // Hebrew has no UI strings: the words are English, the feed's text and dates Hebrew
      const feed = feedOf(
        base([event('a', {title: {he: 'המשרד מכחיש', en: 'The ministry denies'}})], {language: 'he'}),
      );
      const {h} = await list(feed, {lang: 'he'});
      expect(h.list()!.getAttribute('lang')).to.equal('en');
      expect(h.title('a')!.querySelector('bdi')!.getAttribute('lang')).to.equal('he');
      expect(h.item('a')!.querySelector('[part~="time"]')!.getAttribute('lang')).to.equal('he');
      expect(h.years()[0]!.getAttribute('lang')).to.equal('he');
    });

    it('shows an Arabic page Arabic UI words', async () => {
      const feed = feedOf(
        base([event('a', {title: {ar: 'الوزارة تنفي', en: 'The ministry denies'}})], {language: 'ar'}),
      );
      const {h} = await list(feed, {lang: 'ar', filter: {...EMPTY_FILTER, query: 'الوزارة'}});
      expect(h.list()!.getAttribute('lang')).to.equal('ar');
      expect(h.list()!.getAttribute('aria-label')).to.match(/^التسلسل الزمني/);
      expect(h.title('a')!.querySelector('bdi')!.textContent).to.equal('الوزارة تنفي');
      expect(h.queryStatus()).to.equal('حدث واحد يطابق «\u2068الوزارة\u2069».');
    });
  });

  describe('right to left and bidi', () => {
    async function railSide(dir: 'ltr' | 'rtl') {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir=${dir} style="width: 400px"><frise-list .feed=${seedFeed} lang="fr" variant="vertical"></frise-list></div>`,
      );
      const el = wrapper.querySelector('frise-list')!;
      await el.updateComplete;
      const h = new ListHarness(el);
      const box = el.getBoundingClientRect();
      const middle = box.left + box.width / 2;
      const rail = h.rail()!.getBoundingClientRect();
      const mark = h.mark('kremlin-fake-news-denial')!.getBoundingClientRect();
      const title = h.title('kremlin-fake-news-denial')!.getBoundingClientRect();
      return {
        middle,
        rail: rail.left + rail.width / 2,
        mark: mark.left + mark.width / 2,
        title: title.left + title.width / 2,
        railBox: rail,
        box,
      };
    }

    it('puts the rail and the marks on the right under dir="rtl", on the left otherwise', async () => {
      const ltr = await railSide('ltr');
      expect(ltr.rail).to.be.lessThan(ltr.middle);
      expect(ltr.mark).to.be.lessThan(ltr.title);
      expect(ltr.rail - ltr.box.left).to.be.lessThan(40);
      const rtl = await railSide('rtl');
      expect(rtl.rail).to.be.greaterThan(rtl.middle);
      expect(rtl.mark).to.be.greaterThan(rtl.title);
      expect(rtl.box.right - rtl.rail).to.be.lessThan(40);
      expect(Math.abs(rtl.mark - rtl.rail)).to.be.lessThan(2);
    });

    it('isolates titles, actor names and wordings', async () => {
      const feed = feedOf(
        base([
          event('mixed', {
            title: {fr: 'משרד החוץ dément', en: 'משרד החוץ denies'},
            attribution: {actors: ['il', 'kr']},
            start: {date: '2024-10-18', wording: {fr: 'אתמול', en: 'אתמול'}},
          }),
        ]),
      );
      const {h} = await list(feed);
      const bdi = h.selectButton('mixed')!.querySelector('bdi')!;
      expect(bdi.textContent).to.equal('משרד החוץ dément');
      expect(getComputedStyle(bdi).unicodeBidi).to.equal('isolate');
      const names = [...h.item('mixed')!.querySelectorAll('[part~="attribution"] bdi')].map((b) => b.textContent);
      expect(names).to.deep.equal(['משרד החוץ', 'Corée du Sud']);
      expect(h.item('mixed')!.querySelector('[part~="time"] .wording bdi')!.textContent).to.equal('אתמול');
      expect(h.item('mixed')!.querySelector('[part~="attribution"] bdi')!.getAttribute('lang')).to.equal('he');
    });
  });

  describe('vertical variant', () => {
    it('draws a rail only in the vertical variant, with marks of at least 24×24 px on it', async () => {
      const listVariant = await list();
      expect(listVariant.h.rail()).to.equal(null);
      const {h} = await list(seedFeed, {variant: 'vertical'});
      expect(h.rail()).to.exist;
      for (const id of ['kremlin-fake-news-denial', 'nk-flag-photo-tsukuryne', 'sk-nonlethal-aid-to-date']) {
        const box = h.mark(id)!.getBoundingClientRect();
        expect(box.width, id).to.be.at.least(24);
        expect(box.height, id).to.be.at.least(24);
      }
    });

    it('selects an event by its mark', async () => {
      const {el, h} = await list(seedFeed, {variant: 'vertical'});
      const fired = oneEvent(el, 'frise-select') as unknown as Promise<FriseSelectEvent>;
      h.mark('nk-flag-photo-tsukuryne')!.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      expect((await fired).id).to.equal('nk-flag-photo-tsukuryne');
      await el.updateComplete;
      expect(h.article('nk-flag-photo-tsukuryne')!.getAttribute('aria-current')).to.equal('true');
    });

    it('shows a range as a thicker rail segment with its “du … au …” date', async () => {
      const {h} = await list(seedFeed, {variant: 'vertical'});
      const range = h.item('nk-first-troop-transport-vladivostok')!;
      const segment = range.querySelector('.segment')!;
      expect(segment).to.exist;
      const rail = h.rail()!.getBoundingClientRect();
      const box = segment.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(rail.width);
      expect(box.height).to.be.greaterThan(20);
      expect(Math.abs(box.left + box.width / 2 - (rail.left + rail.width / 2))).to.be.lessThan(2);
      expect(h.dateText('nk-first-troop-transport-vladivostok')).to.match(/^du 8 octobre 2024 au 13 octobre 2024/);
      expect(h.item('kremlin-fake-news-denial')!.querySelector('.segment')).to.equal(null);
    });

    it('fits a 320 px phone without sideways scrolling, date above title', async () => {
      await setViewport({width: 320, height: 640});
      try {
        const {el, h} = await list(seedFeed, {variant: 'vertical'});
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const date = h.item('kremlin-fake-news-denial')!.querySelector('[part~="time"]')!.getBoundingClientRect();
        const title = h.title('kremlin-fake-news-denial')!.getBoundingClientRect();
        expect(date.bottom).to.be.at.most(title.top + 1);
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });
  });

  describe('accessibility', () => {
    const filter: FriseFilter = {...EMPTY_FILTER, hiddenKinds: ['denial'], query: 'traité'};
    for (const variant of ['list', 'vertical'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`passes axe: ${variant}, ${theme}, with a selection and a search`, async () => {
          const {el} = await list(seedFeed, {variant, theme, selected: 'putin-kim-treaty-signed', filter});
          const background = getComputedStyle(el).backgroundColor;
          const sum = background
            .match(/\d+/g)!
            .slice(0, 3)
            .map(Number)
            .reduce((a, b) => a + b, 0);
          expect(theme === 'dark' ? sum < 150 : sum > 600, background).to.equal(true);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes axe in English with no filter', async () => {
      const {el} = await list(seedFeed, {lang: 'en', variant: 'vertical'});
      await expect(el).to.be.accessible();
    });

    it('shows a focus ring on the select button and relation links', async () => {
      const {h} = await list();
      const button = h.selectButton('kremlin-fake-news-denial')!;
      button.focus();
      await sendKeys({press: 'Tab'});
      const link = h.focused() as HTMLElement;
      expect(link.getAttribute('part')).to.equal('relation-link');
      expect(getComputedStyle(link).outlineStyle).to.equal('solid');
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect(h.focused()).to.equal(button);
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    });
  });
});

describe('<frise-list> periods', () => {
  it('lists the feed periods before the events, under a heading at the level of the years, with dates and description', async () => {
    const {el} = await list(seedFeed, {headingLevel: 3});
    const section = el.shadowRoot!.querySelector('[part="periods"]')!;
    const heading = section.querySelector('h3')!;
    expect(heading.textContent).to.equal('Périodes');
    // a heading, not a landmark: a timeline shows the list and the legend, each with its periods
    expect(section.hasAttribute('aria-labelledby')).to.equal(false);
    const period = section.querySelector('[part="period"]')!;
    expect(period.querySelector('.period-name')!.textContent).to.equal('Du traité signé à son entrée en vigueur');
    expect(period.querySelector('.period-dates')!.textContent).to.equal('du 19 juin 2024 au 4 décembre 2024');
    expect(period.querySelector('.period-description')!.textContent).to.contain('24 octobre');
    // before the first year heading
    const firstYear = el.shadowRoot!.querySelector('[part~="year"]')!;
    expect(section.compareDocumentPosition(firstYear) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('shows no periods section for a feed without any', async () => {
    const {el} = await list(parseFeed({events: [{title: 'x', start: '2024-01-01'}]}).feed);
    expect(el.shadowRoot!.querySelector('[part="periods"]')).to.equal(null);
  });
});
