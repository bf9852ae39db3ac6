// Every typed event of frise with the type of its `detail`: one list that `frise` and each per-element
// entry re-export, so that an entry can never forget an event its element fires.
export {FriseLoadEvent} from './frise-load.js';
export type {FriseLoadDetail} from './frise-load.js';
export {FriseErrorEvent} from './frise-error.js';
export type {FriseErrorDetail} from './frise-error.js';
export {FriseSelectEvent} from './frise-select.js';
export type {FriseSelectDetail} from './frise-select.js';
export {FriseRangeChangeEvent} from './frise-rangechange.js';
export type {FriseRangeChangeDetail} from './frise-rangechange.js';
export {FriseFilterChangeEvent} from './frise-filterchange.js';
export type {FriseFilterChangeDetail} from './frise-filterchange.js';
export {FriseCloseEvent} from './frise-close.js';
export type {FriseCloseDetail} from './frise-close.js';
