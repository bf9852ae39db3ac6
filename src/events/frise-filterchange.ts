import type {FriseFilter} from '../model/filter.js';

/** What `frise-filterchange` carries in `detail` (and as a property of the event itself). */
export interface FriseFilterChangeDetail {
  /** The new filter. */
  filter: FriseFilter;
}

/** Fired by a legend when the reader toggles a kind, status, actor or relation type, or types a search. Also in `detail.filter`. */
export class FriseFilterChangeEvent extends CustomEvent<FriseFilterChangeDetail> {
  static readonly eventName = 'frise-filterchange';
  constructor(readonly filter: FriseFilter) {
    super(FriseFilterChangeEvent.eventName, {bubbles: true, composed: true, detail: {filter}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-filterchange': FriseFilterChangeEvent;
  }
}
