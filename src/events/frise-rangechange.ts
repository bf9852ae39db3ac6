/** What `frise-rangechange` carries in `detail` (and as properties of the event itself). */
export interface FriseRangeChangeDetail {
  /** Start of the visible interval, UTC ms (inclusive). */
  start: number;
  /** End of the visible interval, UTC ms (exclusive). */
  end: number;
}

/** Fired when the visible interval changes (zoom, pan, fit, brush): `start` and `end` are UTC ms, [start, end). Also in `detail`. */
export class FriseRangeChangeEvent extends CustomEvent<FriseRangeChangeDetail> {
  static readonly eventName = 'frise-rangechange';
  constructor(
    readonly start: number,
    readonly end: number,
  ) {
    super(FriseRangeChangeEvent.eventName, {bubbles: true, composed: true, detail: {start, end}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'frise-rangechange': FriseRangeChangeEvent;
  }
}
