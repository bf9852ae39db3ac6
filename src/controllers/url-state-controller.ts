import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {isPlainAnchor, readHash, writeHash, type TimelineUrlState} from './url-state.js';

/**
 * What changed in the host, as it tells the controller: a selection or a filter is a step the reader can
 * go Back from (a new history entry); a view (zoom, pan) changes many times a second and only updates
 * the current entry.
 */
export type UrlStateChange = 'selection' | 'view' | 'filter';

/** What the URL sync needs from its host: callbacks only, the controller never reaches into it. */
export interface UrlStateConfig {
  /**
   * The name of the host's pairs in the hash (`<key>.event` …), or null to sync nothing (an empty string
   * is null too). Read at each host update: the sync starts, stops or moves when it changes.
   */
  key(): string | null;
  /** The host's state as a link should carry it now. */
  read(): TimelineUrlState;
  /**
   * Shows a state read from the URL. A field left out means the host's default (no selection, nothing
   * hidden, no query, its first view). Calls to `sync` made while it runs write nothing.
   */
  apply(state: TimelineUrlState): void;
  /**
   * Whether the host can show a state yet (its feed loaded and its view drawn). The state a page opens
   * with waits for it, and nothing is written before it has been applied. Default: always ready.
   */
  ready?(): boolean;
  /**
   * Told once per kind of problem: the hash is a plain anchor (`#section-2`), which the controller does
   * not overwrite, or the browser refused to change the history.
   */
  problem?(message: string): void;
  /**
   * The window whose URL and history are synced: the host's own by default. Only for tests that run
   * the controller in an iframe; `location` and `history` are always this window's, so they agree.
   */
  window?: Window;
}

/** Least time between two writes of the view (ms): a zoom is one write, then one every 250 ms, then the last. */
export const VIEW_WRITE_INTERVAL = 250;

/** A filter change this soon (ms) after the last one updates its history entry: typing a query is one step back. */
export const FILTER_MERGE_INTERVAL = 1000;

/**
 * Keeps a timeline's state (selected event, visible window, filters) in the page's URL hash, so that a
 * link opens on it, and Back and Forward walk it.
 *
 * - The host tells what changed with `sync(change)` (it knows which changes the reader made; a first
 *   view or a resize must not write). A selection or a filter change pushes a history entry, so Back
 *   returns to the previous event; a filter change within FILTER_MERGE_INTERVAL of the previous one
 *   updates that entry instead (a query typed letter by letter is one step). A view change replaces the
 *   current entry, at most once every VIEW_WRITE_INTERVAL, the last one always written. Before a push,
 *   a view change still waiting is written into the entry being left, so Back returns to that view.
 * - Nothing is written when this key's pairs would not change, nor over a plain anchor (`#section-2`,
 *   told once through `problem`): that hash is the page's.
 * - On connect, the state the hash holds for this key is applied once, after the first host update where
 *   `ready()` holds (and after that update completes). On `popstate` and `hashchange` (the reader went
 *   Back or Forward, or edited the hash), a change of this key's pairs is applied, and never written back.
 *   Another key's pairs or the page's are left alone: several timelines on one page each keep their own.
 * - Disconnected, it listens to nothing and no timer runs; connected again, it reads the hash again.
 */
export class UrlStateController implements ReactiveController {
  private win: Window | undefined;
  /** The key in use, as read at the last host update; undefined until the first one after connecting. */
  private keyInUse: string | null | undefined;
  /** This key's pairs, as last read or written: a navigation that does not change them applies nothing. */
  private known = '';
  /** A state read from the URL, waiting for the host to be ready (then nothing is written). */
  private waiting: TimelineUrlState | null = null;
  private applyScheduled = false;
  private applying = false;
  /** The view to write when the throttle's interval ends. */
  private pendingView: TimelineUrlState | null = null;
  private viewTimer: number | undefined;
  /** When the current entry was pushed for a filter change (it takes the next ones within FILTER_MERGE_INTERVAL). */
  private filterPushedAt = -Infinity;
  private readonly reported = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly config: UrlStateConfig,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    const win = this.config.window ?? this.host.ownerDocument.defaultView ?? undefined;
    if (!win) return;
    this.win = win;
    this.keyInUse = undefined;
    win.addEventListener('popstate', this.onNavigate);
    win.addEventListener('hashchange', this.onNavigate);
    // the hash is read at the next update: ask for one (an element added again may have none pending)
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.win?.removeEventListener('popstate', this.onNavigate);
    this.win?.removeEventListener('hashchange', this.onNavigate);
    this.win?.clearTimeout(this.viewTimer);
    this.win = undefined;
    this.viewTimer = undefined;
    this.pendingView = null;
    this.waiting = null;
    this.filterPushedAt = -Infinity;
  }

  hostUpdated(): void {
    const win = this.win;
    if (!win) return;
    const key = this.currentKey();
    if (key !== this.keyInUse) {
      // connected, turned on, or moved to another key: what the hash holds for it is the host's state
      this.keyInUse = key;
      this.cancelView();
      this.waiting = null;
      this.known = '';
      if (key !== null) {
        const hash = win.location.hash;
        this.known = ownPairs(hash, key);
        const state = readHash(hash, key);
        if (Object.keys(state).length > 0) this.waiting = state;
      }
    }
    if (this.waiting && !this.applyScheduled && this.isReady()) {
      // after this update completes: the host's updated() has drawn what the state is applied to
      this.applyScheduled = true;
      void this.host.updateComplete.then(() => {
        this.applyScheduled = false;
        const state = this.waiting;
        if (!state || !this.win || !this.isReady()) return;
        this.waiting = null;
        this.apply(state);
      });
    }
  }

  /**
   * The host's state changed by the reader: writes it to the URL (a new history entry for a selection or
   * a filter, the current one for a view; see the class). Does nothing while the sync is off, while a
   * state read from the URL is being applied or waits to be, or when this key's pairs would not change.
   */
  sync(change: UrlStateChange): void {
    const key = this.keyInUse;
    if (!this.win || key === null || key === undefined || this.applying || this.waiting) return;
    const state = this.config.read();
    if (change === 'view') {
      this.pendingView = state;
      if (this.viewTimer === undefined) {
        this.writePendingView();
        this.viewTimer = this.win.setTimeout(this.onViewInterval, VIEW_WRITE_INTERVAL);
      }
      return;
    }
    this.writePendingView();
    const now = performance.now();
    const merge = change === 'filter' && now - this.filterPushedAt < FILTER_MERGE_INTERVAL;
    if (this.write(key, state, merge ? 'replace' : 'push') && change === 'filter' && !merge) this.filterPushedAt = now;
    if (change !== 'filter') this.filterPushedAt = -Infinity;
  }

  /**
   * The address of the current page opening on the event `id`: this key's pairs are only `<key>.event=id`
   * (no window, no filter: the timeline opens on its first view, moved to the event, with nothing hidden
   * that could hide it); every other pair is kept, a plain anchor is replaced. Null when the sync is off
   * or the id cannot be written in a URL (see writeHash).
   */
  linkTo(id: string): string | null {
    const win = this.win ?? this.config.window ?? this.host.ownerDocument.defaultView ?? undefined;
    const key = this.keyInUse ?? this.currentKey();
    if (!win || key === null) return null;
    const href = win.location.href;
    // the host asks at every rendering (zoom frames included): the same address gives the same link
    const last = this.lastLink;
    if (last && last.id === id && last.key === key && last.href === href) return last.link;
    const hash = win.location.hash;
    const next = writeHash(isPlainAnchor(hash) ? '' : hash, key, {selected: id});
    const link = next === null || readHash(next, key).selected !== id ? null : withHash(href, next);
    this.lastLink = {id, key, href, link};
    return link;
  }

  private lastLink?: {id: string; key: string; href: string; link: string | null};

  private currentKey(): string | null {
    const key = this.config.key();
    return typeof key === 'string' && key !== '' ? key : null;
  }

  private isReady(): boolean {
    return this.config.ready?.() ?? true;
  }

  private readonly onNavigate = (): void => {
    const win = this.win;
    const key = this.keyInUse;
    if (!win || key === null || key === undefined) return;
    const hash = win.location.hash;
    // a link to an anchor of the page moves the page, not the timeline
    if (isPlainAnchor(hash)) return;
    const own = ownPairs(hash, key);
    // popstate and hashchange both come for one change of the hash; another key's change is not ours
    if (own === this.known) return;
    this.known = own;
    // a view still to be written belongs to the entry that was left
    this.cancelView();
    this.filterPushedAt = -Infinity;
    const state = readHash(hash, key);
    if (this.isReady()) {
      this.waiting = null;
      this.apply(state);
    } else {
      this.waiting = state;
      this.host.requestUpdate();
    }
  };

  private apply(state: TimelineUrlState): void {
    this.applying = true;
    try {
      this.config.apply(state);
    } finally {
      this.applying = false;
    }
  }

  private readonly onViewInterval = (): void => {
    this.viewTimer = undefined;
    if (!this.pendingView || !this.win) return;
    this.writePendingView();
    // the trailing write opens a new interval: a zoom still going on writes again at its end
    this.viewTimer = this.win.setTimeout(this.onViewInterval, VIEW_WRITE_INTERVAL);
  };

  private writePendingView(): void {
    const state = this.pendingView;
    const key = this.keyInUse;
    this.pendingView = null;
    if (state && key) this.write(key, state, 'replace');
  }

  private cancelView(): void {
    this.win?.clearTimeout(this.viewTimer);
    this.viewTimer = undefined;
    this.pendingView = null;
  }

  /** Writes a state into the URL; returns whether the URL changed. */
  private write(key: string, state: TimelineUrlState, how: 'push' | 'replace'): boolean {
    const win = this.win;
    if (!win) return false;
    const current = win.location.hash;
    const next = writeHash(current, key, state);
    if (next === null) {
      this.report(
        'anchor',
        `the page's address ends in the anchor ${current.slice(0, 80)}: the timeline leaves it as it is and keeps no state in the address`,
      );
      return false;
    }
    if (next === current) {
      // the page may have changed the hash without an event (its own pushState): this is what it holds
      this.known = ownPairs(next, key);
      return false;
    }
    try {
      const url = withHash(win.location.href, next);
      // a pushed entry carries no state object, as one made by following a link to a fragment
      if (how === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
    } catch (error) {
      // an opaque origin (a sandboxed frame) or a browser's limit on history changes
      this.report(
        'history',
        `the browser refused to change the address (${String(error)}); the timeline keeps no state in it`,
      );
      return false;
    }
    this.known = ownPairs(next, key);
    return true;
  }

  private report(kind: string, message: string): void {
    if (this.reported.has(kind)) return;
    this.reported.add(kind);
    this.config.problem?.(message);
  }
}

/** This key's pairs of a hash, written the one way (to compare two hashes' states for a key). */
function ownPairs(hash: string, key: string): string {
  return writeHash('', key, readHash(hash, key)) ?? '';
}

/** An address with its hash replaced ('' removes it). */
function withHash(href: string, hash: string): string {
  const mark = href.indexOf('#');
  return `${mark < 0 ? href : href.slice(0, mark)}${hash}`;
}
