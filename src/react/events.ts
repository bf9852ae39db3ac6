import type {EventName} from '@lit/react';
import type {FriseCloseEvent} from '../events/frise-close.js';
import type {FriseErrorEvent} from '../events/frise-error.js';
import type {FriseFilterChangeEvent} from '../events/frise-filterchange.js';
import type {FriseLoadEvent} from '../events/frise-load.js';
import type {FriseRangeChangeEvent} from '../events/frise-rangechange.js';
import type {FriseSelectEvent} from '../events/frise-select.js';

/**
 * The React callback prop of every frise event, typed with its event class. The name is `on` followed by
 * the event class's name without `Event` (`FriseRangeChangeEvent` → `onFriseRangeChange`), like React's
 * own `onMouseDown`; the DOM event names stay all lowercase (`frise-rangechange`).
 */
export const FRISE_EVENT_PROPS = {
  onFriseLoad: 'frise-load' as EventName<FriseLoadEvent>,
  onFriseError: 'frise-error' as EventName<FriseErrorEvent>,
  onFriseSelect: 'frise-select' as EventName<FriseSelectEvent>,
  onFriseRangeChange: 'frise-rangechange' as EventName<FriseRangeChangeEvent>,
  onFriseFilterChange: 'frise-filterchange' as EventName<FriseFilterChangeEvent>,
  onFriseClose: 'frise-close' as EventName<FriseCloseEvent>,
} as const;

export type FriseEventProp = keyof typeof FRISE_EVENT_PROPS;

function eventsOf<const P extends FriseEventProp>(...props: P[]): Pick<typeof FRISE_EVENT_PROPS, P> {
  return Object.fromEntries(props.map((prop) => [prop, FRISE_EVENT_PROPS[prop]])) as Pick<typeof FRISE_EVENT_PROPS, P>;
}

/**
 * Which events each element fires (its `@fires` in custom-elements.json), as the callback props of its
 * React component. A test fails when an element documents an event that its component does not map.
 */
export const ELEMENT_EVENT_PROPS = {
  'frise-timeline': eventsOf(
    'onFriseLoad',
    'onFriseError',
    'onFriseSelect',
    'onFriseRangeChange',
    'onFriseFilterChange',
  ),
  'frise-list': eventsOf('onFriseLoad', 'onFriseError', 'onFriseSelect'),
  'frise-legend': eventsOf('onFriseLoad', 'onFriseError', 'onFriseFilterChange'),
  'frise-event-card': eventsOf('onFriseLoad', 'onFriseError', 'onFriseSelect', 'onFriseClose'),
} as const;
