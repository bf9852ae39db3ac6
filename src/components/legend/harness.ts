import type {FriseLegend} from './frise-legend.js';

/** Test helper that hides the legend's shadow-DOM structure behind questions a test asks. */
export class LegendHarness {
  constructor(readonly element: FriseLegend) {}

  private get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('frise-legend has no shadow root');
    return root;
  }

  /** The sections shown, in order: `search` and the `data-section` of each group. */
  sections(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="search"], [part~="group"]')].map((node) =>
      node.matches('[part~="search"]') ? 'search' : (node.dataset['section'] ?? ''),
    );
  }

  group(section: string): HTMLFieldSetElement | null {
    return this.root.querySelector<HTMLFieldSetElement>(`[part~="group"][data-section="${CSS.escape(section)}"]`);
  }

  groupTitle(section: string): string {
    return this.group(section)?.querySelector('legend')?.textContent?.trim() ?? '';
  }

  items(section: string): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>(`[part~="item"][data-section="${CSS.escape(section)}"]`)];
  }

  item(section: string, value: string): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>(
      `[part~="item"][data-section="${CSS.escape(section)}"][data-value="${CSS.escape(value)}"]`,
    );
  }

  values(section: string): string[] {
    return this.items(section).map((item) => item.dataset['value'] ?? '');
  }

  /** The visible count of each item of a section, by value. */
  counts(section: string): Record<string, number> {
    return Object.fromEntries(
      this.items(section).map((item) => [
        item.dataset['value'] ?? '',
        Number.parseInt(item.querySelector('[part~="count"]')?.textContent?.trim() ?? '', 10),
      ]),
    );
  }

  /** The visible name of an item. */
  name(section: string, value: string): string {
    return this.item(section, value)?.querySelector('.name')?.textContent ?? '';
  }

  /** Whether an item shows its value (aria-pressed="true"), or null when there is no such item. */
  pressed(section: string, value: string): boolean | null {
    const item = this.item(section, value);
    return item ? item.getAttribute('aria-pressed') === 'true' : null;
  }

  swatch(section: string, value: string): SVGSVGElement | null {
    return this.item(section, value)?.querySelector<SVGSVGElement>('[part~="swatch"]') ?? null;
  }

  searchInput(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>('[part~="search-input"]');
  }

  searchLabel(): string {
    const input = this.searchInput();
    return input?.labels?.[0]?.textContent?.trim() ?? '';
  }

  results(): string {
    return this.root.querySelector('[part~="search"] [role="status"]')?.textContent?.trim() ?? '';
  }

  reset(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('[part~="reset"]');
  }
}
