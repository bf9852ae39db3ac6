import type {FeedIssue} from '../model/types.js';

/** What `frise-error` carries in `detail` (and as a property of the event itself). */
export interface FriseErrorDetail {
  /** Each problem with its JSON pointer path, stable code, message and severity. */
  issues: readonly FeedIssue[];
}

/**
 * Fired when a feed has problems: records left out, references dropped, fields ignored, a `src` that
 * could not be loaded, or an attribute or argument the element could not use. `issues` (also
 * `detail.issues`) lists each with its JSON pointer path, a stable code and a message.
 */
export class FriseErrorEvent extends CustomEvent<FriseErrorDetail> {
  static readonly eventName = 'frise-error';
  constructor(readonly issues: readonly FeedIssue[]) {
    super(FriseErrorEvent.eventName, {bubbles: true, composed: true, detail: {issues}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-error': FriseErrorEvent;
  }
}
