import type {FriseEvent} from '../model/types.js';

/** What `frise-select` carries in `detail` (and as properties of the event itself). */
export interface FriseSelectDetail {
  /** Id of the selected event, or null when the selection was cleared. */
  id: string | null;
  /** The selected feed event, or null when the selection was cleared. */
  event: FriseEvent | null;
}

/**
 * Fired when an event is selected (click, tap, Enter or Space on a mark, or a related-event button of
 * the card), and with `id` null when the selection is cleared. `event` is the selected feed event.
 * The same data is in `detail`, for frameworks that read `$event.detail` (Vue, Angular, Storybook actions).
 */
export class FriseSelectEvent extends CustomEvent<FriseSelectDetail> {
  static readonly eventName = 'frise-select';
  constructor(
    readonly id: string | null,
    readonly event: FriseEvent | null,
  ) {
    super(FriseSelectEvent.eventName, {bubbles: true, composed: true, detail: {id, event}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-select': FriseSelectEvent;
  }
}
