import type {FriseKind, FriseStatus} from '../model/types.js';
import {primarySubtag} from '../model/text.js';

/** Every UI string, per language. Add a language by adding one object with the same keys. */
export interface UiStrings {
  kinds: Record<FriseKind, string>;
  statuses: Record<FriseStatus, string>;
  otherLane: string;
  loading: string;
  empty: string;
  feedProblems: (count: number) => string;
  loadFailed: (url: string, reason: string) => string;
  timelineLabel: (title: string) => string;
  eventCount: (count: number) => string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  toolbar: string;
  overview: string;
  visibleRange: (from: string, to: string) => string;
  chartHelp: string;
}

const en: UiStrings = {
  kinds: {
    report: 'report', claim: 'claim', denial: 'denial', statement: 'statement', agreement: 'agreement',
    legislation: 'legislation', military: 'military', diplomatic: 'diplomatic', aid: 'aid', reaction: 'reaction',
    context: 'context', publication: 'publication',
  },
  statuses: {reported: 'reported', confirmed: 'confirmed', denied: 'denied', disputed: 'disputed', unverified: 'unverified'},
  otherLane: 'Other',
  loading: 'Loading the timeline…',
  empty: 'No events to show.',
  feedProblems: (n) => (n === 1 ? '1 problem in the feed' : `${n} problems in the feed`),
  loadFailed: (url, reason) => `Could not load ${url}: ${reason}`,
  timelineLabel: (title) => (title ? `Timeline: ${title}` : 'Timeline'),
  eventCount: (n) => (n === 1 ? '1 event' : `${n} events`),
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  toolbar: 'Timeline controls',
  overview: 'Overview of the whole timeline; drag the window to move the view',
  visibleRange: (from, to) => `${from} – ${to}`,
  chartHelp: 'Scroll or pinch to zoom, drag to pan. Keys: + and − zoom, 0 fits, arrows pan, Enter selects.',
};

const fr: UiStrings = {
  kinds: {
    report: 'information', claim: 'affirmation', denial: 'démenti', statement: 'déclaration', agreement: 'accord',
    legislation: 'législation', military: 'militaire', diplomatic: 'diplomatie', aid: 'aide', reaction: 'réaction',
    context: 'contexte', publication: 'publication',
  },
  statuses: {reported: 'rapporté', confirmed: 'confirmé', denied: 'démenti', disputed: 'contesté', unverified: 'non vérifié'},
  otherLane: 'Autres',
  loading: 'Chargement de la frise…',
  empty: 'Aucun événement à afficher.',
  feedProblems: (n) => (n === 1 ? '1 problème dans le flux' : `${n} problèmes dans le flux`),
  loadFailed: (url, reason) => `Impossible de charger ${url} : ${reason}`,
  timelineLabel: (title) => (title ? `Frise chronologique : ${title}` : 'Frise chronologique'),
  eventCount: (n) => (n <= 1 ? `${n} événement` : `${n} événements`),
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Ajuster',
  toolbar: 'Commandes de la frise',
  overview: 'Vue d’ensemble de la frise ; faites glisser la fenêtre pour déplacer la vue',
  visibleRange: (from, to) => `${from} – ${to}`,
  chartHelp: 'Molette ou pincement pour zoomer, glisser pour se déplacer. Touches : + et − zooment, 0 ajuste, flèches déplacent, Entrée sélectionne.',
};

export const UI_STRINGS: Readonly<Record<string, UiStrings>> = {en, fr};

/** The UI strings for a language tag (its primary subtag), English when the language has none. */
export function uiStrings(language: string): UiStrings {
  return UI_STRINGS[primarySubtag(language)] ?? en;
}
