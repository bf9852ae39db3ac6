import {aTimeout, expect, fixture, html as testHtml} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {UrlStateController, VIEW_WRITE_INTERVAL, type UrlStateChange} from './url-state-controller.js';
import {readHash, type TimelineUrlState} from './url-state.js';

// A host of the least kind: its state is a plain object, it tells the controller what the reader
// changed, and when the controller applies a state it behaves as the timeline does (its select() and
// zoom call sync() again: nothing may be written back). Every test uses the real history and location of
// this page (or of an iframe): real pushState, real popstate from history.back(), real hashchange.
class UrlHost extends LitElement {
  /** The window the next host syncs with (an iframe's, for one test). */
  static syncedWindow: Window | undefined;
  key: string | null = 'a';
  isReady = true;
  state: TimelineUrlState = {};
  /** The events the host has, when set: a selection of another id is dropped, as the timeline drops it. */
  events: ReadonlySet<string> | null = null;
  applied: TimelineUrlState[] = [];
  problems: string[] = [];
  readonly url = new UrlStateController(this, {
    key: () => this.key,
    read: () => this.state,
    apply: (state) => {
      this.applied.push(state);
      const {selected, ...rest} = state;
      this.state = selected === undefined || this.events?.has(selected) === false ? rest : state;
      this.url.sync('selection');
      this.url.sync('view');
      this.url.sync('filter');
    },
    ready: () => this.isReady,
    problem: (message) => this.problems.push(message),
    ...(UrlHost.syncedWindow ? {window: UrlHost.syncedWindow} : {}),
  });

  /** The reader changed something. */
  change(change: UrlStateChange, next: TimelineUrlState): void {
    this.state = {...this.state, ...next};
    this.url.sync(change);
  }

  protected override render() {
    return html`<p>${this.state.selected ?? ''}</p>`;
  }
}
customElements.define('url-host', UrlHost);

const PAGE = location.href.split('#')[0]!;
const DAY = 86_400_000;
const JUNE_19 = Date.UTC(2024, 5, 19);
const view = (days: number): TimelineUrlState => ({window: [JUNE_19, JUNE_19 + days * DAY]});

/** Waits for a navigation event on a window after doing something (rejects after 3 s). */
async function navigated(action: () => void, type: 'popstate' | 'hashchange' = 'popstate', win: Window = window) {
  const fired = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within 3 s`)), 3000);
    win.addEventListener(
      type,
      () => {
        clearTimeout(timer);
        resolve();
      },
      {once: true},
    );
  });
  action();
  await fired;
}
const back = (win: Window = window) => navigated(() => win.history.back(), 'popstate', win);
const forward = (win: Window = window) => navigated(() => win.history.forward(), 'popstate', win);

async function host(attrs: {key?: string | null; isReady?: boolean} = {}): Promise<UrlHost> {
  const element = await fixture<UrlHost>(
    testHtml`<url-host .key=${attrs.key === undefined ? 'a' : attrs.key} .isReady=${attrs.isReady ?? true}></url-host>`,
  );
  await element.updateComplete;
  await element.updateComplete;
  return element;
}

let test = 0;
/** The hash of the entry each test starts from (an entry of its own: Back never leaves the test page). */
let base = '';

describe('UrlStateController', () => {
  before(() => {
    // entries of this page before the tests' own: a Back too many (a busy machine's timing) lands on one
    // of them and fails an assertion, instead of leaving the page (the runner's about:blank) and
    // stopping every test after it
    for (let i = 0; i < 8; i++) history.pushState(null, '', `${PAGE}#pad=${i}`);
  });

  beforeEach(() => {
    base = `#base=${++test}`;
    history.pushState(null, '', PAGE + base);
  });

  afterEach(() => {
    UrlHost.syncedWindow = undefined;
    history.replaceState(null, '', PAGE);
  });

  it('applies the state the page opens with once the host is ready, after its update, and writes nothing before', async () => {
    const opening = '#a.event=x&a.from=2024-06-19&a.to=2024-06-20&other=1';
    history.replaceState(null, '', PAGE + opening);
    const element = await host({isReady: false});
    expect(element.applied).to.deep.equal([]);
    // the reader's change before the state is shown would overwrite the link: nothing is written
    element.change('selection', {selected: 'y'});
    expect(location.hash).to.equal(opening);
    element.isReady = true;
    element.requestUpdate();
    await element.updateComplete;
    await element.updateComplete;
    expect(element.applied).to.deep.equal([{selected: 'x', window: [JUNE_19, JUNE_19 + DAY]}]);
    element.requestUpdate();
    await element.updateComplete;
    expect(element.applied, 'once').to.have.length(1);
    // applying wrote nothing back (the host's select() and zoom called sync())
    expect(location.hash).to.equal(opening);
    expect(element.shadowRoot!.textContent).to.include('x');
  });

  it('pushes an entry per selection: Back returns to the previous event, Forward to the next, and nothing is written back', async () => {
    const element = await host();
    element.change('selection', {selected: 'x'});
    expect(location.hash).to.equal(`${base}&a.event=x`);
    element.change('selection', {selected: 'y'});
    expect(location.hash).to.equal(`${base}&a.event=y`);
    // unchanged: no entry (Back would otherwise stay on y)
    element.change('selection', {selected: 'y'});
    await back();
    expect(location.hash).to.equal(`${base}&a.event=x`);
    expect(element.applied).to.deep.equal([{selected: 'x'}]);
    await back();
    expect(location.hash).to.equal(base);
    expect(element.applied.at(-1), 'the entry without pairs: the defaults').to.deep.equal({});
    // a write during apply would have cut the forward entries: Forward still finds both
    await forward();
    expect(element.applied.at(-1)).to.deep.equal({selected: 'x'});
    await forward();
    expect(element.applied.at(-1)).to.deep.equal({selected: 'y'});
    expect(element.applied).to.have.length(4);
  });

  it('pushes an entry per filter change, and one for a query typed letter by letter', async () => {
    const element = await host();
    element.change('filter', {hiddenKinds: ['denial']});
    element.change('selection', {selected: 'x'});
    element.change('filter', {query: 't'});
    element.change('filter', {query: 'tr'});
    element.change('filter', {query: 'tro'});
    expect(readHash(location.hash, 'a')).to.deep.equal({selected: 'x', hiddenKinds: ['denial'], query: 'tro'});
    await back();
    expect(element.applied.at(-1)).to.deep.equal({selected: 'x', hiddenKinds: ['denial']});
    await back();
    expect(element.applied.at(-1)).to.deep.equal({hiddenKinds: ['denial']});
    await back();
    expect(location.hash).to.equal(base);
  });

  it(`replaces the entry on view changes, at most once every ${VIEW_WRITE_INTERVAL} ms, the last one always written`, async () => {
    const element = await host();
    history.pushState(null, '', `${PAGE}#zooming=1`);
    const seen: string[] = [];
    const started = performance.now();
    for (let days = 1; days <= 40; days++) {
      element.change('view', view(days));
      if (seen.at(-1) !== location.hash) seen.push(location.hash);
      await aTimeout(20);
    }
    const elapsed = performance.now() - started;
    // the first change is written at once
    expect(readHash(seen[0]!, 'a')).to.deep.equal(view(1));
    expect(seen.length)
      .to.be.at.least(2)
      .and.at.most(Math.ceil(elapsed / VIEW_WRITE_INTERVAL) + 1);
    await aTimeout(VIEW_WRITE_INTERVAL + 100);
    expect(readHash(location.hash, 'a')).to.deep.equal(view(40));
    expect(location.hash).to.equal('#zooming=1&a.from=2024-06-19&a.to=2024-07-29');
    // no entry was pushed: Back goes to the entry before the zoom
    await back();
    expect(location.hash).to.equal(base);
  });

  it('writes a view still waiting into the entry it leaves before pushing a selection', async () => {
    const element = await host();
    element.change('view', view(1));
    element.change('view', view(2));
    expect(readHash(location.hash, 'a')).to.deep.equal(view(1));
    element.change('selection', {selected: 'x'});
    expect(readHash(location.hash, 'a')).to.deep.equal({selected: 'x', ...view(2)});
    await back();
    expect(element.applied).to.deep.equal([view(2)]);
    // and nothing is written after the interval (the pending view went with the push)
    await aTimeout(VIEW_WRITE_INTERVAL + 100);
    expect(readHash(location.hash, 'a')).to.deep.equal(view(2));
  });

  it('keeps two timelines’ pairs apart: Back applies only to the one whose pairs changed', async () => {
    const [first, second] = await Promise.all([host({key: 'a'}), host({key: 'b'})]);
    first.change('selection', {selected: 'x'});
    second.change('selection', {selected: 'y'});
    second.change('filter', {hiddenActors: ['kr']});
    expect(location.hash).to.equal(`${base}&a.event=x&b.event=y&b.hide-actor=kr`);
    await back();
    expect(second.applied).to.deep.equal([{selected: 'y'}]);
    expect(first.applied).to.deep.equal([]);
    await back();
    expect(location.hash).to.equal(`${base}&a.event=x`);
    expect(second.applied.at(-1)).to.deep.equal({});
    expect(first.applied).to.deep.equal([]);
    await back();
    expect(first.applied).to.deep.equal([{}]);
  });

  it('applies a hash the reader edits once (popstate and hashchange both come), and ignores a jump to an anchor', async () => {
    const element = await host();
    await navigated(() => (location.hash = '#a.event=z&a.hide-kind=denial'), 'hashchange');
    expect(element.applied).to.deep.equal([{selected: 'z', hiddenKinds: ['denial']}]);
    await navigated(() => (location.hash = '#section-2'), 'hashchange');
    expect(element.applied).to.have.length(1);
    // Back from the anchor: this key's pairs are what was applied, nothing to do
    await back();
    expect(element.applied).to.have.length(1);
    // another key's pairs, or the page's, are not this timeline's
    await navigated(() => (location.hash = '#a.event=z&a.hide-kind=denial&b.event=w&p=2'), 'hashchange');
    expect(element.applied).to.have.length(1);
  });

  it('does not rewrite a link while applying it, even when the host cannot show all of it (an event it lacks)', async () => {
    const element = await host();
    element.events = new Set(['x']);
    await navigated(() => (location.hash = '#a.event=gone&a.q=troops'), 'hashchange');
    expect(element.applied).to.deep.equal([{selected: 'gone', query: 'troops'}]);
    expect(element.state).to.deep.equal({query: 'troops'});
    expect(location.hash).to.equal('#a.event=gone&a.q=troops');
    // the reader's next change writes what the host shows
    element.change('selection', {selected: 'x'});
    expect(location.hash).to.equal('#a.event=x&a.q=troops');
  });

  it('leaves a plain anchor alone and says so once', async () => {
    history.replaceState(null, '', `${PAGE}#section-2`);
    const element = await host();
    element.change('selection', {selected: 'x'});
    element.change('filter', {query: 'q'});
    element.change('view', view(3));
    await aTimeout(VIEW_WRITE_INTERVAL + 50);
    expect(location.hash).to.equal('#section-2');
    expect(element.problems).to.have.length(1);
    expect(element.problems[0]).to.include('#section-2');
    // its link replaces the anchor
    expect(element.url.linkTo('x')).to.equal(`${PAGE}#a.event=x`);
  });

  it('links to an event: the page’s address with only this key’s event, the other pairs kept', async () => {
    history.replaceState(null, '', `${PAGE}#p=1&a.event=old&a.from=2024-06-19&a.to=2024-06-20&b.event=other`);
    const element = await host();
    const link = element.url.linkTo('ك & ج')!;
    expect(link).to.equal(`${PAGE}#p=1&a.event=%D9%83%20%26%20%D8%AC&b.event=other`);
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).to.equal(PAGE);
    expect(readHash(url.hash, 'a')).to.deep.equal({selected: 'ك & ج'});
    expect(readHash(url.hash, 'b')).to.deep.equal({selected: 'other'});
    // an id a URL cannot carry gives no link rather than a wrong one
    expect(element.url.linkTo('x\ud800')).to.equal(null);
    expect(element.url.linkTo('x'.repeat(5000))).to.equal(null);
    // linking writes nothing
    expect(readHash(location.hash, 'a').selected).to.equal('old');
  });

  it('does nothing with no key, and applies what the hash holds when a key is given', async () => {
    history.replaceState(null, '', `${PAGE}#a.event=x`);
    const element = await host({key: null});
    element.change('selection', {selected: 'y'});
    expect(location.hash).to.equal('#a.event=x');
    expect(element.url.linkTo('y')).to.equal(null);
    await navigated(() => (location.hash = '#a.event=z'), 'hashchange');
    expect(element.applied).to.deep.equal([]);
    element.key = 'a';
    element.requestUpdate();
    await element.updateComplete;
    await element.updateComplete;
    expect(element.applied).to.deep.equal([{selected: 'z'}]);
    element.change('selection', {selected: 'y'});
    expect(location.hash).to.equal('#a.event=y');
  });

  it('removed, listens to nothing and drops its pending write; added again, applies the hash again', async () => {
    const element = await host();
    const parent = element.parentElement!;
    element.change('view', view(1));
    element.change('view', view(2));
    element.remove();
    await aTimeout(VIEW_WRITE_INTERVAL + 100);
    expect(readHash(location.hash, 'a')).to.deep.equal(view(1));
    await navigated(() => (location.hash = '#a.event=q'), 'hashchange');
    expect(element.applied).to.deep.equal([]);
    parent.append(element);
    await element.updateComplete;
    await element.updateComplete;
    expect(element.applied).to.deep.equal([{selected: 'q'}]);
    await navigated(() => (location.hash = '#a.event=r'), 'hashchange');
    expect(element.applied).to.deep.equal([{selected: 'q'}, {selected: 'r'}]);
  });

  it('syncs with the window it is given: an iframe’s address and history, not the page’s', async () => {
    // a document of its own (the first about:blank of a frame turns every push into a replace)
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><title>frame</title>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    try {
      const framed = frame.contentWindow!;
      UrlHost.syncedWindow = framed;
      const element = await host();
      element.change('selection', {selected: 'x'});
      element.change('selection', {selected: 'y'});
      expect(framed.location.hash).to.equal('#a.event=y');
      expect(location.hash).to.equal(base);
      await back(framed);
      expect(element.applied).to.deep.equal([{selected: 'x'}]);
      expect(element.url.linkTo('z')).to.equal(`${framed.location.href.split('#')[0]}#a.event=z`);
    } finally {
      frame.remove();
    }
  });
});
