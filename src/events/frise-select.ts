import type {FriseEvent} from '../model/types.js';

/**
 * Fired when an event is selected (click, tap, Enter or Space on a mark, or a related-event button of
 * the card), and with `id` null when the selection is cleared. `event` is the selected feed event.
 */
export class FriseSelectEvent extends Event {
  static readonly eventName = 'frise-select';
  constructor(readonly id: string | null, readonly event: FriseEvent | null) {
    super(FriseSelectEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-select': FriseSelectEvent;
  }
}
