import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {FeedIssue, FriseFeed} from '../../model/types.js';
import {FeedController, type FeedChange} from '../../controllers/feed-controller.js';
import {FriseErrorEvent} from '../../events/frise-error.js';
import {FriseLoadEvent} from '../../events/frise-load.js';
import {uiStrings} from '../../i18n/strings.js';
import {FriseElement} from './frise-element.js';
import {renderProblems} from './problems.js';

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

  /** The feed shown, parsed (null until a feed is given or loaded). */
  @state() protected parsed: FriseFeed | null = null;
  /** Problems found in the input (records left out, fields ignored, a `src` that failed). */
  @state() protected problems: readonly FeedIssue[] = [];
  /** A `src` is being fetched. */
  @state() protected loading = false;

  private readonly feedSource = new FeedController(this, {
    onFeed: (change) => this.acceptFeed(change),
    onLoading: (loading) => (this.loading = loading),
    loadFailed: (url, reason) => uiStrings(this.displayLanguage).loadFailed(url, reason),
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

  private acceptFeed({feed, issues, parsedHere}: FeedChange): void {
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
      ${this.loading ? html`<p class="loading-line" role="status">${strings.loading}</p>` : nothing}
      ${renderProblems(issues, strings)}
    `;
  }
}
