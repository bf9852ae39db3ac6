/** Fired when the visible interval changes (zoom, pan, fit, brush): `start` and `end` are UTC ms, [start, end). */
export class FriseRangeChangeEvent extends Event {
  static readonly eventName = 'frise-rangechange';
  constructor(readonly start: number, readonly end: number) {
    super(FriseRangeChangeEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-rangechange': FriseRangeChangeEvent;
  }
}
