import type {FriseFilter} from '../model/filter.js';

/** Fired by a legend when the reader toggles a kind, status, actor or relation type, or types a search. */
export class FriseFilterChangeEvent extends Event {
  static readonly eventName = 'frise-filterchange';
  constructor(readonly filter: FriseFilter) {
    super(FriseFilterChangeEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-filterchange': FriseFilterChangeEvent;
  }
}
