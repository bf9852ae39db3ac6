import type {EventKind, EventStatus} from '../model/types.js';
import {countPhrase, formatNumber, formatShare, isolate, localizedTables} from './localize.js';

/**
 * Every UI string, per language. Add a language by adding a builder with the same keys: it receives the
 * locale the strings are shown in (e.g. `fr-CA`), for the numbers and plural forms.
 */
export interface UiStrings {
  /** Kind names; `unspecified` names the events whose kind is not said (legend toggles, lanes by kind). */
  kinds: Record<EventKind, string>;
  /** Status names; `unspecified` names the events whose status is not said (legend toggles, lanes by status). */
  statuses: Record<EventStatus, string>;
  /** The lane of events with no main actor, when lanes are by actor. */
  otherLane: string;
  /** The heading of the lane that gathers the least busy lanes beyond `max-lanes`: "4,990 other actors". */
  foldedLanes: (lanes: number, laneBy: 'actor' | 'kind' | 'status' | 'attribution') => string;
  /**
   * The header of a lane of events attributed to `who` (an actor's name, or a feed's attribution label
   * that does not already say "according to"), when lanes are by attribution.
   */
  attributionLane: (who: string) => string;
  /** The lane of events that name no one asserting them, when lanes are by attribution. */
  noAttributionLane: string;
  loading: string;
  /** The loading line while a large feed parsed in a worker arrives: "Loading the timeline… 40,000 of 100,000 events". */
  loadingEvents: (received: number, total: number) => string;
  empty: string;
  feedProblems: (count: number) => string;
  moreProblems: (count: number) => string;
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
  chartSummary: (count: number, from: string, to: string) => string;
  attributedTo: (who: string) => string;
  /** An event mark's accessible name: its date, then its title (each language's own punctuation). */
  markName: (date: string, title: string) => string;
  selectedAnnouncement: (title: string) => string;
  selectionCleared: string;
  rangeAnnouncement: (from: string, to: string) => string;
  showList: string;
  /** The toolbar button (with the `export` attribute) that downloads the chart as a PNG image. */
  exportImage: string;
  showTimeline: string;
  /**
   * A cluster's accessible name: its count, its period, the shares of the statuses it holds (`shares`: a
   * list of statusShare, largest first; empty when no status is said) and its main kind (`mostly`, empty
   * when not said), e.g. "1,234 events, October 2024: 60% confirmed, 30% reported, and 10% denied;
   * mostly military. Press Enter to zoom in."
   */
  clusterLabel: (count: number, period: string, shares: string, mostly: string) => string;
  /** The share (0..1) of a cluster's events that have a status, e.g. "60% confirmed" (see formatShare). */
  statusShare: (share: number, status: EventStatus) => string;
  /** The chart's edge controls: how many shown events lie before and after the view (short, visible). */
  earlierCount: (count: number) => string;
  laterCount: (count: number) => string;
  /** Their accessible names: what pressing them does. */
  showEarlier: (count: number) => string;
  showLater: (count: number) => string;
  /** The heading of a cluster's list of events, e.g. "3 events, 22 October 2024". */
  clusterListHeading: (count: number, period: string) => string;
  closeList: string;
}

const en = (locale: string): UiStrings => {
  const events = (n: number) => countPhrase(locale, n, {one: '{n} event', other: '{n} events'});
  const statuses: Record<EventStatus, string> = {
    reported: 'reported',
    confirmed: 'confirmed',
    denied: 'denied',
    disputed: 'disputed',
    unverified: 'unverified',
    unspecified: 'status not given',
  };
  return {
    kinds: {
      report: 'report',
      claim: 'claim',
      denial: 'denial',
      statement: 'statement',
      agreement: 'agreement',
      legislation: 'legislation',
      military: 'military',
      diplomatic: 'diplomatic',
      aid: 'aid',
      reaction: 'reaction',
      context: 'context',
      publication: 'publication',
      unspecified: 'type not given',
    },
    statuses,
    otherLane: 'Other',
    foldedLanes: (n, laneBy) =>
      laneBy === 'attribution'
        ? countPhrase(locale, n, {one: '{n} other attribution', other: '{n} other attributions'})
        : laneBy === 'actor'
          ? countPhrase(locale, n, {one: '{n} other actor', other: '{n} other actors'})
          : countPhrase(locale, n, {one: '{n} other lane', other: '{n} other lanes'}),
    attributionLane: (who) => `According to ${who}`,
    noAttributionLane: 'No attribution given',
    loading: 'Loading the timeline…',
    loadingEvents: (received, total) =>
      `Loading the timeline… ${formatNumber(locale, received)} of ${countPhrase(locale, total, {one: '{n} event', other: '{n} events'})}`,
    empty: 'No events to show.',
    feedProblems: (n) => countPhrase(locale, n, {one: '{n} problem in the feed', other: '{n} problems in the feed'}),
    moreProblems: (n) => countPhrase(locale, n, {other: 'and {n} more'}),
    loadFailed: (url, reason) => `Could not load ${url}: ${reason}`,
    timelineLabel: (title) => (title ? `Timeline: ${title}` : 'Timeline'),
    eventCount: events,
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit',
    toolbar: 'Timeline controls',
    overview: 'Overview of the whole timeline; drag the window to move the view',
    visibleRange: (from, to) => `${from} – ${to}`,
    chartHelp:
      'Arrow keys move from event to event (up and down between lanes), Home and End go to the first and last, Enter selects, Escape closes the card. + and − zoom, 0 fits, Shift with an arrow or Page Up/Down pans. Scroll, pinch or drag to zoom and pan.',
    chartSummary: (n, from, to) => `${events(n)} from ${from} to ${to}.`,
    attributedTo: (who) => `according to ${who}`,
    markName: (date, title) => `${date}: ${title}`,
    selectedAnnouncement: (title) => `Selected: ${title}`,
    selectionCleared: 'Selection cleared',
    rangeAnnouncement: (from, to) => `Showing ${from} to ${to}`,
    showList: 'List',
    exportImage: 'Download image',
    showTimeline: 'Timeline',
    clusterLabel: (n, period, shares, mostly) => {
      const said = [shares, mostly ? `mostly ${mostly}` : ''].filter(Boolean).join('; ');
      return `${events(n)}, ${period}${said ? `: ${said}` : ''}. Press Enter to zoom in.`;
    },
    statusShare: (share, status) => `${formatShare(locale, share)} ${statuses[status] ?? status}`,
    earlierCount: (n) => countPhrase(locale, n, {other: '{n} earlier'}),
    laterCount: (n) => countPhrase(locale, n, {other: '{n} later'}),
    showEarlier: (n) => `${events(n)} before this view: show the nearest`,
    showLater: (n) => `${events(n)} after this view: show the nearest`,
    clusterListHeading: (n, period) => `${events(n)}, ${period}`,
    closeList: 'Close the list',
  };
};

/** French statuses as they agree with "événements" (masculine plural), for a cluster's shares. */
const SHARE_FR: Record<EventStatus, string> = {
  reported: 'rapportés',
  confirmed: 'confirmés',
  denied: 'démentis',
  disputed: 'contestés',
  unverified: 'non vérifiés',
  unspecified: 'sans statut précisé',
};

const fr = (locale: string): UiStrings => {
  // 'many' is the millions: "1 000 000 d’événements"
  const events = (n: number) =>
    countPhrase(locale, n, {one: '{n} événement', many: '{n} d’événements', other: '{n} événements'});
  return {
    kinds: {
      report: 'information',
      claim: 'affirmation',
      denial: 'démenti',
      statement: 'déclaration',
      agreement: 'accord',
      legislation: 'législation',
      military: 'militaire',
      diplomatic: 'diplomatie',
      aid: 'aide',
      reaction: 'réaction',
      context: 'contexte',
      publication: 'publication',
      unspecified: 'type non précisé',
    },
    statuses: {
      reported: 'rapporté',
      confirmed: 'confirmé',
      denied: 'démenti',
      disputed: 'contesté',
      unverified: 'non vérifié',
      unspecified: 'statut non précisé',
    },
    otherLane: 'Autres',
    foldedLanes: (n, laneBy) =>
      laneBy === 'attribution'
        ? countPhrase(locale, n, {
            one: '{n} autre attribution',
            many: '{n} d’autres attributions',
            other: '{n} autres attributions',
          })
        : laneBy === 'actor'
          ? countPhrase(locale, n, {one: '{n} autre acteur', many: '{n} d’autres acteurs', other: '{n} autres acteurs'})
          : countPhrase(locale, n, {one: '{n} autre ligne', many: '{n} d’autres lignes', other: '{n} autres lignes'}),
    // "selon la Corée du Sud", "selon le NIS": French needs an article the feed does not give, and
    // "Selon Corée du Sud" is wrong; as a label ("Selon : …") any name reads right
    attributionLane: (who) => `Selon : ${who}`,
    noAttributionLane: 'Attribution non précisée',
    loading: 'Chargement de la frise…',
    loadingEvents: (received, total) =>
      `Chargement de la frise… ${formatNumber(locale, received)} sur ${countPhrase(locale, total, {one: '{n} événement', many: '{n} d’événements', other: '{n} événements'})}`,
    empty: 'Aucun événement à afficher.',
    feedProblems: (n) =>
      countPhrase(locale, n, {
        one: '{n} problème dans le flux',
        many: '{n} de problèmes dans le flux',
        other: '{n} problèmes dans le flux',
      }),
    moreProblems: (n) => countPhrase(locale, n, {one: 'et {n} autre', other: 'et {n} autres'}),
    loadFailed: (url, reason) => `Impossible de charger ${url} : ${reason}`,
    timelineLabel: (title) => (title ? `Frise chronologique : ${title}` : 'Frise chronologique'),
    eventCount: events,
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fit: 'Ajuster',
    toolbar: 'Commandes de la frise',
    overview: 'Vue d’ensemble de la frise ; faites glisser la fenêtre pour déplacer la vue',
    visibleRange: (from, to) => `${from} – ${to}`,
    chartHelp:
      'Les flèches passent d’un événement à l’autre (haut et bas : d’une ligne à l’autre), Début et Fin vont au premier et au dernier, Entrée sélectionne, Échap ferme la fiche. + et − zooment, 0 ajuste, Maj avec une flèche ou Page préc./suiv. déplacent la vue. Molette, pincement ou glisser pour zoomer et se déplacer.',
    chartSummary: (n, from, to) => `${events(n)} du ${from} au ${to}.`,
    attributedTo: (who) => `selon ${who}`,
    markName: (date, title) => `${date} : ${title}`,
    selectedAnnouncement: (title) => `Sélectionné : ${title}`,
    selectionCleared: 'Sélection annulée',
    rangeAnnouncement: (from, to) => `Affichage du ${from} au ${to}`,
    showList: 'Liste',
    exportImage: 'Télécharger l’image',
    showTimeline: 'Frise',
    clusterLabel: (n, period, shares, mostly) => {
      const said = [shares, mostly ? `surtout ${mostly}` : ''].filter(Boolean).join(' ; ');
      return `${events(n)}, ${period}${said ? ` : ${said}` : ''}. Entrée pour zoomer.`;
    },
    // the status agrees with "événements": "60 % confirmés"
    statusShare: (share, status) => `${formatShare(locale, share)} ${SHARE_FR[status] ?? status}`,
    earlierCount: (n) => countPhrase(locale, n, {other: '{n} avant'}),
    laterCount: (n) => countPhrase(locale, n, {other: '{n} après'}),
    showEarlier: (n) => `${events(n)} avant cette vue : afficher le plus proche`,
    showLater: (n) => `${events(n)} après cette vue : afficher le plus proche`,
    clusterListHeading: (n, period) => `${events(n)}, ${period}`,
    closeList: 'Fermer la liste',
  };
};

const ar = (locale: string): UiStrings => {
  // 0, 1 and 2 are said in words ("حدثان": two events); 3–10 take the plural, 11–99 the singular
  // accusative, 100 and up the singular (by the last two digits: 103 takes the plural again)
  const events = (n: number) =>
    countPhrase(locale, n, {
      zero: 'لا أحداث',
      one: 'حدث واحد',
      two: 'حدثان',
      few: '{n} أحداث',
      many: '{n} حدثًا',
      other: '{n} حدث',
    });
  const statuses: Record<EventStatus, string> = {
    reported: 'مُبلَّغ عنه',
    confirmed: 'مؤكَّد',
    denied: 'منفي',
    disputed: 'متنازع عليه',
    unverified: 'غير متحقَّق منه',
    unspecified: 'حالة غير محدَّدة',
  };
  return {
    kinds: {
      report: 'تقرير',
      claim: 'ادعاء',
      denial: 'نفي',
      statement: 'تصريح',
      agreement: 'اتفاق',
      legislation: 'تشريع',
      military: 'عسكري',
      diplomatic: 'دبلوماسي',
      aid: 'مساعدات',
      reaction: 'رد فعل',
      context: 'سياق',
      publication: 'منشور',
      unspecified: 'نوع غير محدَّد',
    },
    statuses,
    otherLane: 'أخرى',
    foldedLanes: (n, laneBy) =>
      countPhrase(
        locale,
        n,
        laneBy === 'actor'
          ? {
              one: 'فاعل آخر',
              two: 'فاعلان آخران',
              few: '{n} فاعلين آخرين',
              many: '{n} فاعلًا آخر',
              other: '{n} فاعل آخر',
            }
          : {
              one: 'مسار آخر',
              two: 'مساران آخران',
              few: '{n} مسارات أخرى',
              many: '{n} مسارًا آخر',
              other: '{n} مسار آخر',
            },
      ),
    attributionLane: (who) => `بحسب ${isolate(who)}`,
    noAttributionLane: 'دون نسبة إلى مصدر',
    loading: 'جارٍ تحميل الخط الزمني…',
    loadingEvents: (received, total) =>
      `جارٍ تحميل الخط الزمني… ${formatNumber(locale, received)} من ${formatNumber(locale, total)} حدث`,
    empty: 'لا توجد أحداث لعرضها.',
    feedProblems: (n) =>
      `${countPhrase(locale, n, {zero: 'لا مشكلات', one: 'مشكلة واحدة', two: 'مشكلتان', few: '{n} مشكلات', many: '{n} مشكلةً', other: '{n} مشكلة'})} في الموجز`,
    moreProblems: (n) =>
      countPhrase(locale, n, {
        one: 'ومشكلة أخرى',
        two: 'ومشكلتان أخريان',
        few: 'و{n} مشكلات أخرى',
        many: 'و{n} مشكلةً أخرى',
        other: 'و{n} مشكلة أخرى',
      }),
    loadFailed: (url, reason) => `تعذّر تحميل ${isolate(url)}: ${isolate(reason)}`,
    timelineLabel: (title) => (title ? `الخط الزمني: ${isolate(title)}` : 'الخط الزمني'),
    eventCount: events,
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fit: 'ملاءمة',
    toolbar: 'أدوات التحكم في الخط الزمني',
    overview: 'نظرة عامة على الخط الزمني كله؛ اسحب النافذة لتحريك العرض',
    visibleRange: (from, to) => `${from} – ${to}`,
    chartHelp:
      'تنقل مفاتيح الأسهم من حدث إلى آخر (السهمان الأعلى والأسفل بين المسارات)، وينتقل مفتاحا Home وEnd إلى الحدث الأول والأخير، ويحدد مفتاح Enter الحدث، ويغلق مفتاح Escape البطاقة. يكبّر + ويصغّر −، ويعرض 0 الخط الزمني كله، وتحرّك Shift مع سهم أو مفتاحا Page Up وPage Down العرض. استخدم التمرير أو القرص أو السحب للتكبير والتحريك.',
    chartSummary: (n, from, to) => `${events(n)} من ${from} إلى ${to}.`,
    attributedTo: (who) => `بحسب ${isolate(who)}`,
    markName: (date, title) => `${date}: ${isolate(title)}`,
    selectedAnnouncement: (title) => `تم تحديد: ${isolate(title)}`,
    selectionCleared: 'أُلغي التحديد',
    rangeAnnouncement: (from, to) => `عرض الفترة من ${from} إلى ${to}`,
    showList: 'قائمة',
    exportImage: 'تنزيل صورة',
    showTimeline: 'خط زمني',
    clusterLabel: (n, period, shares, mostly) => {
      const said = [shares, mostly ? `أغلبها ${mostly}` : ''].filter(Boolean).join('؛ ');
      return `${events(n)}، ${period}${said ? `: ${said}` : ''}. اضغط Enter للتكبير.`;
    },
    // each status named, then its share: "مؤكَّد ٦٠٪"
    statusShare: (share, status) => `${statuses[status] ?? status} ${formatShare(locale, share)}`,
    earlierCount: (n) => countPhrase(locale, n, {other: '{n} قبل'}),
    laterCount: (n) => countPhrase(locale, n, {other: '{n} بعد'}),
    showEarlier: (n) => `${events(n)} قبل هذا العرض: اعرض الأقرب`,
    showLater: (n) => `${events(n)} بعد هذا العرض: اعرض الأقرب`,
    clusterListHeading: (n, period) => `${events(n)}، ${period}`,
    closeList: 'إغلاق القائمة',
  };
};

const BUILDERS: Readonly<Record<string, (locale: string) => UiStrings>> = {en, fr, ar};

/** The tables as written, one per language (numbers formatted for the bare language tag). */
export const UI_STRINGS: Readonly<Record<string, UiStrings>> = {en: en('en'), fr: fr('fr'), ar: ar('ar')};

/**
 * The UI strings for a language tag: its primary subtag's table, with numbers written for the whole tag
 * (`ar-EG` writes Arabic-Indic digits); English when the language has none.
 */
export const uiStrings: (language: string) => UiStrings = localizedTables(BUILDERS, UI_STRINGS);
