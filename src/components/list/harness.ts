import type {FriseList} from './frise-list.js';

/** Collapses runs of white space (template indentation) so tests compare the text a reader sees. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/** The text of an element without its visually hidden parts (what a sighted reader sees), white space collapsed. */
export function visibleText(element: Element | null | undefined): string {
  if (!element) return '';
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof Element && (node.classList.contains('visually-hidden') || node.localName === 'svg')) return '';
    return [...node.childNodes].map(walk).join('');
  };
  return squash(walk(element));
}

/** Test helper that hides the list's shadow-DOM structure behind questions a test asks. */
export class ListHarness {
  constructor(readonly element: FriseList) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('frise-list has no shadow root');
    return root;
  }

  part<T extends Element = HTMLElement>(name: string): T | null {
    return this.root.querySelector<T>(`[part~="${name}"]`);
  }

  parts<T extends Element = HTMLElement>(name: string): T[] {
    return [...this.root.querySelectorAll<T>(`[part~="${name}"]`)];
  }

  list(): HTMLElement | null {
    return this.part('list');
  }

  /** Year headings, in document order. */
  years(): HTMLHeadingElement[] {
    return this.parts<HTMLHeadingElement>('year');
  }

  yearTexts(): string[] {
    return this.years().map((h) => squash(h.textContent));
  }

  /** Month headings, all or those of one year (by its `data-year`). */
  months(year?: number): HTMLHeadingElement[] {
    const scope = year === undefined ? this.root : this.root.querySelector(`.year[data-year="${year}"]`);
    return scope ? [...scope.querySelectorAll<HTMLHeadingElement>('[part~="month"]')] : [];
  }

  monthTexts(year?: number): string[] {
    return this.months(year).map((h) => squash(h.textContent));
  }

  items(): HTMLLIElement[] {
    return this.parts<HTMLLIElement>('item');
  }

  item(id: string): HTMLLIElement | null {
    return this.root.querySelector<HTMLLIElement>(`[part~="item"][data-event-id="${CSS.escape(id)}"]`);
  }

  /** Ids of the listed events, in document order. */
  ids(): string[] {
    return this.items().map((li) => li.dataset['eventId'] ?? '');
  }

  articles(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('article')];
  }

  article(id: string): HTMLElement | null {
    return this.root.getElementById(`event-${id}`);
  }

  title(id: string): HTMLElement | null {
    return this.item(id)?.querySelector<HTMLElement>('[part~="title"]') ?? null;
  }

  selectButton(id: string): HTMLButtonElement | null {
    return this.item(id)?.querySelector<HTMLButtonElement>('[part~="select-button"]') ?? null;
  }

  times(id: string): HTMLTimeElement[] {
    return [...(this.item(id)?.querySelectorAll<HTMLTimeElement>('[part~="time"] time') ?? [])];
  }

  /** The date line as seen (dates and the source's wording). */
  dateText(id: string): string {
    return visibleText(this.item(id)?.querySelector('[part~="time"]'));
  }

  /** The kind and status line as seen ("démenti · contesté"), without hidden labels nor tags. */
  statusText(id: string): string {
    const line = this.item(id)?.querySelector('[part~="status"]');
    if (!line) return '';
    const kind = visibleText(line.querySelector('.kind'));
    const status = visibleText(line.querySelector('.status-name'));
    return `${kind} · ${status}`;
  }

  /** The whole kind and status line as a screen reader gets it (hidden labels included). */
  statusSpoken(id: string): string {
    const line = this.item(id)?.querySelector('[part~="status"]');
    if (!line) return '';
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
      return [...node.childNodes].map(walk).join('');
    };
    return squash(walk(line));
  }

  attribution(id: string): string {
    return squash(this.item(id)?.querySelector('[part~="attribution"]')?.textContent);
  }

  mark(id: string): SVGSVGElement | null {
    return this.item(id)?.querySelector<SVGSVGElement>('[part~="mark"]') ?? null;
  }

  rail(): HTMLElement | null {
    return this.part('rail');
  }

  /** Relation links, all or those of one event. */
  relationLinks(id?: string): HTMLAnchorElement[] {
    const scope = id === undefined ? this.root : this.item(id);
    return scope ? [...scope.querySelectorAll<HTMLAnchorElement>('[part~="relation-link"]')] : [];
  }

  relationLink(from: string, to: string, direction?: 'forward' | 'inverse'): HTMLAnchorElement | null {
    const where = direction ? `[data-direction="${direction}"]` : '';
    return (
      this.item(from)?.querySelector<HTMLAnchorElement>(
        `.relation[data-target-id="${CSS.escape(to)}"]${where} [part~="relation-link"]`,
      ) ?? null
    );
  }

  /** Relations of an event that are named but not linked (their target is hidden by the filter). */
  unlinkedRelations(id: string): HTMLElement[] {
    return [...(this.item(id)?.querySelectorAll<HTMLElement>('.relation-off') ?? [])];
  }

  queryStatus(): string {
    return squash(this.root.querySelector('.query-status')?.textContent);
  }

  empty(): HTMLElement | null {
    return this.root.querySelector('.empty');
  }

  /** The element focused inside the shadow root. */
  focused(): Element | null {
    return this.root.activeElement;
  }

  /** The id of the event whose item holds the focus (its title button, a link, its card), or null. */
  focusedEventId(): string | null {
    return this.focused()?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;
  }

  /** The in-place card of an event (expand-selected). */
  card(id: string): HTMLElement | null {
    return this.item(id)?.querySelector<HTMLElement>('frise-event-card') ?? null;
  }

  /** The event item under a point of the viewport (null over a heading or outside the list). */
  itemAt(x: number, y: number): HTMLLIElement | null {
    return this.root.elementFromPoint(x, y)?.closest<HTMLLIElement>('[part~="item"]') ?? null;
  }
}

/** Elements under a root, descending into every open shadow root (what the browser lays out and styles). */
export function countElements(root: Document | ShadowRoot | Element): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

/** The focused element, looking into shadow roots down to the innermost one. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Resolves after the next frame has been laid out and painted (a scroll's events and the updates they ask for have run). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
