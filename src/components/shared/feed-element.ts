import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {FeedIssue, FriseFeed} from '../../model/types.js';
import {FeedController, type FeedChange} from '../../controllers/feed-controller.js';
import {FriseErrorEvent} from '../../events/frise-error.js';
import {FriseLoadEvent} from '../../events/frise-load.js';
import {uiStrings} from '../../i18n/strings.js';
import {FriseElement} from './frise-element.js';
import {renderProblems} from './problems.js';

/** Resolves in a task of its own, after the page's pending input and painting. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A frise element that shows a feed. Every one takes the same inputs: `feed` as a feed document (the
 * JSON object), its JSON text, or a feed already parsed (by `parseFeed`, or handed on by another
 * element's `frise-load`), or a `src` URL to fetch. A feed it reads itself is announced with
 * `frise-load`, and its problems are listed under the element and fired as `frise-error`.
 */
export abstract class FeedElement extends FriseElement {
  /**
   * The feed: a feed document (the JSON object), its JSON text, or a parsed feed (from `parseFeed` or a
   * `frise-load` event). Takes precedence over `src`. Property only.
   */
  @property({attribute: false})
  feed?: unknown;

  /** URL of a feed document (JSON) to fetch and show when `feed` is not set. */
  @property({reflect: true})
  src?: string;

  /**
   * URL of the feed worker script, for a page that serves it from elsewhere than next to frise's modules
   * (a bundler that does not copy it, a CDN): the package's `dist/worker/feed-worker.js`, self-contained,
   * served from the page's own origin. A large feed (from 5,000 events, or 1 MB of JSON) is parsed in
   * that worker so that the page stays responsive; when the worker cannot start (no such script, a CSP
   * without `worker-src 'self'`, no answer), the feed is parsed on the page's thread with the same result.
   */
  @property({attribute: 'worker-src'})
  workerSrc?: string;

  /** Parse every feed on the page's thread, never in a worker (however large the feed). */
  @property({type: Boolean, attribute: 'no-worker'})
  noWorker = false;

  /** The feed shown, parsed (null until a feed is given or loaded). */
  @state() protected parsed: FriseFeed | null = null;
  /** Problems found in the input (records left out, fields ignored, a `src` that failed). */
  @state() protected problems: readonly FeedIssue[] = [];
  /** A `src` is being fetched, or a large feed parsed in the worker. */
  @state() protected loading = false;
  /** Events of a feed parsed in the worker received so far, of how many (null: no count to show). */
  @state() protected loadProgress: {received: number; total: number} | null = null;

  /** The feed being made ready to show (see prepareFeed), until its last step has run. */
  private preparing?: {feed: FriseFeed; done: Promise<void>};

  private readonly feedSource = new FeedController(this, {
    onFeed: (change) => this.acceptFeed(change),
    onLoading: (loading) => {
      this.loading = loading;
      this.loadProgress = null;
    },
    loadFailed: (url, reason) => uiStrings(this.displayLanguage).loadFailed(url, reason),
    worker: () => ({enabled: !this.noWorker, src: this.workerSrc?.trim() || undefined}),
    onProgress: (received, total) => (this.loadProgress = total > 0 ? {received, total} : null),
  });

  /** The parsed feed being shown (null until a feed is set or loaded). */
  get parsedFeed(): FriseFeed | null {
    return this.parsed;
  }

  /** Problems found in the current input (records left out, fields ignored, load failures). */
  get issues(): readonly FeedIssue[] {
    return this.problems;
  }

  protected override get contentLanguage(): string | undefined {
    return this.parsed?.language;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('src')) this.feedSource.use(this.feed, this.src);
  }

  /**
   * Work to do before a new feed is shown, one step per task (a step that returns true is run again, in
   * the next task): a large feed's first drawing then costs no task much longer than a frame, the page's
   * input and painting running between the steps. The element shows the last feed (and its loading line)
   * meanwhile; a newer feed drops the steps left. None by default.
   */
  protected prepareFeed(_feed: FriseFeed): Array<() => boolean | void> {
    return [];
  }

  private acceptFeed(change: FeedChange): void {
    const steps = change.feed ? this.prepareFeed(change.feed) : [];
    if (steps.length === 0) {
      this.preparing = undefined;
      this.showFeed(change);
      return;
    }
    const feed = change.feed!;
    const done = (async () => {
      for (const step of steps) {
        let again: boolean | void = true;
        while (again === true) {
          await nextTask();
          if (this.preparing?.feed !== feed) return;
          try {
            again = step();
          } catch {
            // a step only does ahead what drawing the feed would do anyway: drawing reports what fails
            again = false;
          }
        }
      }
      // shown in a task of its own (an update runs at the end of the task that asks for it)
      await nextTask();
      if (this.preparing?.feed !== feed) return;
      this.preparing = undefined;
      this.showFeed(change);
    })();
    this.preparing = {feed, done};
    this.requestUpdate();
  }

  /** Whether a feed is being made ready to show (see prepareFeed): the loading line stays meanwhile. */
  protected get preparingFeed(): boolean {
    return this.preparing !== undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // a feed set is shown once it is ready: `updateComplete` resolves after that drawing
    while (this.preparing) {
      await this.preparing.done;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private showFeed({feed, issues, parsedHere}: FeedChange): void {
    this.parsed = feed;
    this.problems = issues;
    if (feed && parsedHere) this.emit(new FriseLoadEvent(feed));
    if (issues.length > 0) this.emit(new FriseErrorEvent(issues));
  }

  /** The loading line and the problem summary, in the display language. */
  protected renderFeedStatus(extra: readonly FeedIssue[] = []) {
    const strings = uiStrings(this.displayLanguage);
    const issues = extra.length > 0 ? [...this.problems, ...extra] : this.problems;
    return html`
      ${
        this.loading || this.preparing
          ? html`<p class="loading-line" role="status">
            ${
              this.loadProgress
                ? strings.loadingEvents(this.loadProgress.received, this.loadProgress.total)
                : strings.loading
            }
          </p>`
          : nothing
      }
      ${renderProblems(issues, strings)}
    `;
  }
}
