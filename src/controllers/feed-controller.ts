import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {FeedIssue, FriseFeed} from '../model/types.js';
import {feedFromInput} from '../model/feed-input.js';
import {isParsedFeed} from '../model/parsed-feed.js';
import {parseInWorker, worthAWorker} from '../worker/feed-worker-client.js';

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
  /**
   * Whether a large feed may be parsed in a worker, and from which script (absent: the packaged one).
   * Asked at each load; without it, every feed is parsed on the page's thread.
   */
  worker?(): {enabled: boolean; src?: string | undefined};
  /** A feed parsed in a worker is arriving: events received so far, of how many (at most every 150 ms). */
  onProgress?(received: number, total: number): void;
}

/** The least time between two progress reports (ms): each one redraws the status line. */
const PROGRESS_INTERVAL = 150;

/**
 * Turns what a page gives an element (a feed document, its JSON text, a parsed feed, or the URL of a
 * feed) into one parsed feed. The feed wins over the URL. A load interrupted because the element left
 * the page starts again when it comes back; a newer input always wins over an older load.
 */
export class FeedController implements ReactiveController {
  private input: unknown;
  private url: string | undefined;
  private abort?: AbortController;
  /** A load (of `src`, or of a feed in the worker) was cut short by a disconnection: resume it on reconnection. */
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
      if (this.workerFor(feed)) void this.parseOffThread(feed);
      else this.config.onFeed(feedFromInput(feed));
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
    if (!this.interrupted) return;
    this.interrupted = false;
    if (this.input !== undefined) void this.parseOffThread(this.input);
    else if (this.url) void this.load(this.url);
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

  /** Whether this input goes to the worker: large, not parsed yet, and the worker allowed. */
  private workerFor(input: unknown): boolean {
    if (isServer || isParsedFeed(input) || !worthAWorker(input)) return false;
    return this.config.worker?.().enabled ?? false;
  }

  /** Starts a load: cancels nothing (the caller did), says it is loading, and gives the load's signal. */
  private begin(): AbortController {
    const abort = new AbortController();
    this.abort = abort;
    this.config.onLoading(true);
    return abort;
  }

  /** Ends the current load and hands its feed over. */
  private end(change: FeedChange): void {
    this.abort = undefined;
    this.config.onLoading(false);
    this.config.onFeed(change);
  }

  /**
   * Parses a large feed (a document or its text) in the worker; the page's thread when the worker cannot
   * be used, with the same feed and issues.
   */
  private async parseOffThread(input: unknown): Promise<void> {
    const abort = this.begin();
    const result = await parseInWorker(input as object, this.workerOptions(abort.signal));
    if (abort.signal.aborted) return;
    this.end(result ? {...result, parsedHere: true} : feedFromInput(input));
  }

  private workerOptions(signal: AbortSignal) {
    let last = 0;
    return {
      src: this.config.worker?.().src,
      signal,
      onProgress: (received: number, total: number) => {
        const now = performance.now();
        if (received < total && now - last < PROGRESS_INTERVAL) return;
        last = now;
        this.config.onProgress?.(received, total);
      },
    };
  }

  private async load(url: string, worker = true): Promise<void> {
    const abort = this.begin();
    let body: ArrayBuffer;
    try {
      const response = await fetch(url, {signal: abort.signal, credentials: 'same-origin'});
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      // bytes, not text: a large body goes to the worker as it is (transferred, decoded there)
      body = await response.arrayBuffer();
    } catch (error) {
      if (abort.signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.end({
        feed: null,
        issues: [{path: '', code: 'load-failed', message: this.config.loadFailed(url, reason), severity: 'error'}],
        parsedHere: true,
      });
      return;
    }
    if (abort.signal.aborted) return;
    if (worker && this.workerFor(body)) {
      const result = await parseInWorker(body, this.workerOptions(abort.signal));
      if (abort.signal.aborted) return;
      if (result) return this.end({...result, parsedHere: true});
      // the worker failed after the bytes were handed over (they are gone): fetch them again
      if (body.byteLength === 0) {
        this.abort = undefined;
        return this.load(url, false);
      }
    }
    // as response.text() reads a body: UTF-8, a leading byte order mark dropped, bad bytes replaced
    this.end(feedFromInput(new TextDecoder().decode(body)));
  }
}
