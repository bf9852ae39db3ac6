/** What `frise-close` carries in `detail` (and as a property of the event itself). */
export interface FriseCloseDetail {
  /** Id of the event whose card was closed, or null when the card showed none. */
  id: string | null;
}

/** Fired when a card's close button is activated or Escape is pressed inside it. Also in `detail.id`. */
export class FriseCloseEvent extends CustomEvent<FriseCloseDetail> {
  static readonly eventName = 'frise-close';
  constructor(readonly id: string | null) {
    super(FriseCloseEvent.eventName, {bubbles: true, composed: true, detail: {id}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-close': FriseCloseEvent;
  }
}
