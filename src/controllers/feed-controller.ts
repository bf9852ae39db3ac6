import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {FeedIssue, FriseFeed} from '../model/types.js';
import {feedFromInput} from '../model/feed-input.js';

/** What the feed controller hands its host each time the feed changes. */
export interface FeedChange {
  /** The parsed feed, or null (no input, not a feed, or a `src` that failed). */
  feed: FriseFeed | null;
  /** Problems found while reading or loading it (none for a feed that came parsed). */
  issues: readonly FeedIssue[];
  /** True when this element read the input itself (so it announces the feed and its problems). */
  parsedHere: boolean;
}

export interface FeedControllerConfig {
  /** A new feed (or none), with its problems. */
  onFeed(change: FeedChange): void;
  /** Loading a `src` started (true) or ended (false). */
  onLoading(loading: boolean): void;
  /** The message shown when `src` could not be loaded. */
  loadFailed(url: string, reason: string): string;
}

/**
 * Turns what a page gives an element (a feed document, its JSON text, a parsed feed, or the URL of a
 * feed) into one parsed feed. The feed wins over the URL. A load interrupted because the element left
 * the page starts again when it comes back; a newer input always wins over an older load.
 */
export class FeedController implements ReactiveController {
  private input: unknown;
  private url: string | undefined;
  private abort?: AbortController;
  /** A load was cut short by a disconnection: resume it on reconnection. */
  private interrupted = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly config: FeedControllerConfig,
  ) {
    host.addController(this);
  }

  /** Takes the element's current `feed` and `src`; does nothing when neither changed. */
  use(feed: unknown, src: string | undefined): void {
    const hasFeed = feed !== undefined && feed !== null;
    const url = typeof src === 'string' && src.trim() !== '' ? src.trim() : undefined;
    if (hasFeed) {
      if (feed === this.input) return;
      this.cancel();
      this.input = feed;
      this.url = undefined;
      this.config.onFeed(feedFromInput(feed));
      return;
    }
    if (this.input === undefined && url === this.url) return;
    this.input = undefined;
    this.url = url;
    this.cancel();
    // a server render has no page to fetch for: the browser loads the feed when the element upgrades
    if (url && !isServer) void this.load(url);
    else this.config.onFeed({feed: null, issues: [], parsedHere: false});
  }

  hostConnected(): void {
    if (this.interrupted && this.url) {
      this.interrupted = false;
      void this.load(this.url);
    }
  }

  hostDisconnected(): void {
    if (this.abort) {
      this.cancel();
      this.interrupted = true;
    }
  }

  private cancel(): void {
    if (!this.abort) return;
    this.abort.abort();
    this.abort = undefined;
    this.interrupted = false;
    this.config.onLoading(false);
  }

  private async load(url: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.config.onLoading(true);
    let text: string;
    try {
      const response = await fetch(url, {signal: abort.signal, credentials: 'same-origin'});
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.abort = undefined;
      this.config.onLoading(false);
      const reason = error instanceof Error ? error.message : String(error);
      this.config.onFeed({
        feed: null,
        issues: [{path: '', code: 'load-failed', message: this.config.loadFailed(url, reason), severity: 'error'}],
        parsedHere: true,
      });
      return;
    }
    if (abort.signal.aborted) return;
    this.abort = undefined;
    this.config.onLoading(false);
    this.config.onFeed(feedFromInput(text));
  }
}
