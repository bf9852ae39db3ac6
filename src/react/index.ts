/**
 * React components for the frise elements (the `frise/react` entry), made with `@lit/react`:
 * `<FriseTimeline>`, `<FriseList>`, `<FriseLegend>` and `<FriseEventCard>`, named after their tags.
 * Every element property is a typed prop, set as a property (so `feed` takes an object, never an
 * attribute string), and every event the element fires is a typed callback prop:
 *
 * ```tsx
 * import {FriseTimeline} from 'frise/react';
 * <FriseTimeline feed={feed} laneBy="kind" onFriseSelect={(event) => setSelected(event.detail.id)} />
 * ```
 *
 * Importing this module defines the four custom elements. `react` is an optional peer dependency:
 * only this entry needs it.
 */
// the default import is React's module.exports in every bundler and in Node (react is CommonJS)
import React, {type ComponentProps} from 'react';
import {createComponent} from '@lit/react';
import {FriseTimeline as FriseTimelineElement} from '../components/timeline/frise-timeline.js';
import {FriseList as FriseListElement} from '../components/list/frise-list.js';
import {FriseLegend as FriseLegendElement} from '../components/legend/frise-legend.js';
import {FriseEventCard as FriseEventCardElement} from '../components/event-card/frise-event-card.js';
import {ELEMENT_EVENT_PROPS} from './events.js';

export {FRISE_EVENT_PROPS, ELEMENT_EVENT_PROPS, type FriseEventProp} from './events.js';

/**
 * `<frise-timeline>` in React. Callbacks: `onFriseLoad`, `onFriseError`, `onFriseSelect`,
 * `onFriseRangeChange`, `onFriseFilterChange`. A `ref` gives the element (for `zoomTo`, `fit`, `select`).
 */
export const FriseTimeline = createComponent({
  react: React,
  tagName: 'frise-timeline',
  elementClass: FriseTimelineElement,
  events: ELEMENT_EVENT_PROPS['frise-timeline'],
  displayName: 'FriseTimeline',
});

/** `<frise-list>` in React. Callback: `onFriseSelect`. */
export const FriseList = createComponent({
  react: React,
  tagName: 'frise-list',
  elementClass: FriseListElement,
  events: ELEMENT_EVENT_PROPS['frise-list'],
  displayName: 'FriseList',
});

/** `<frise-legend>` in React. Callback: `onFriseFilterChange`. */
export const FriseLegend = createComponent({
  react: React,
  tagName: 'frise-legend',
  elementClass: FriseLegendElement,
  events: ELEMENT_EVENT_PROPS['frise-legend'],
  displayName: 'FriseLegend',
});

/** `<frise-event-card>` in React. Callbacks: `onFriseSelect` (a related event), `onFriseClose`. */
export const FriseEventCard = createComponent({
  react: React,
  tagName: 'frise-event-card',
  elementClass: FriseEventCardElement,
  events: ELEMENT_EVENT_PROPS['frise-event-card'],
  displayName: 'FriseEventCard',
});

/** Props of `<FriseTimeline>`: the element's properties, its event callbacks, and React's HTML attributes. */
export type FriseTimelineProps = ComponentProps<typeof FriseTimeline>;
/** Props of `<FriseList>`. */
export type FriseListProps = ComponentProps<typeof FriseList>;
/** Props of `<FriseLegend>`. */
export type FriseLegendProps = ComponentProps<typeof FriseLegend>;
/** Props of `<FriseEventCard>`. */
export type FriseEventCardProps = ComponentProps<typeof FriseEventCard>;
