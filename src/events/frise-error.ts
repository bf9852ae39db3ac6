import type {FeedIssue} from '../model/types.js';

/**
 * Fired when a feed has problems: records left out, references dropped, or a `src` that could not be
 * loaded. `issues` lists each with its JSON pointer path, a stable code and a message.
 */
export class FriseErrorEvent extends Event {
  static readonly eventName = 'frise-error';
  constructor(readonly issues: readonly FeedIssue[]) {
    super(FriseErrorEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-error': FriseErrorEvent;
  }
}
