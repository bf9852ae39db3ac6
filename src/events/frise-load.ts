import type {FriseFeed} from '../model/types.js';

/** Fired when a feed has been parsed and is about to be drawn. `feed` is the parsed feed. */
export class FriseLoadEvent extends Event {
  static readonly eventName = 'frise-load';
  constructor(readonly feed: FriseFeed) {
    super(FriseLoadEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-load': FriseLoadEvent;
  }
}
