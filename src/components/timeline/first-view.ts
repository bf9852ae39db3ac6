/** `story`: the stretch of time where the events are (or the feed's `view`); `all`: the whole feed. */
export type FirstView = 'story' | 'all';

/** Every value `first-view` takes. */
export const FIRST_VIEWS: readonly FirstView[] = ['story', 'all'];
