import type {FriseFeed} from '../model/types.js';

/** What `frise-load` carries in `detail` (and as a property of the event itself). */
export interface FriseLoadDetail {
  /** The parsed feed. */
  feed: FriseFeed;
}

/** Fired when a feed has been parsed and is about to be drawn. `feed` (also `detail.feed`) is the parsed feed. */
export class FriseLoadEvent extends CustomEvent<FriseLoadDetail> {
  static readonly eventName = 'frise-load';
  constructor(readonly feed: FriseFeed) {
    super(FriseLoadEvent.eventName, {bubbles: true, composed: true, detail: {feed}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-load': FriseLoadEvent;
  }
}
