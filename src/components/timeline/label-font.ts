// The chart's label font: as the browser sets it (the reader's text size reaches the layout through it),
// the layout metrics for its size, and text widths measured in it.
import {metricsForText, type LayoutMetrics} from '../../layout/compute-layout.js';

export class LabelFont {
  private font?: {size: number; font: string; metrics: LayoutMetrics};
  private context?: OffscreenCanvasRenderingContext2D | null;
  private readonly advances = new Map<string, number>();

  /** `read` gives the label font's size (px) and CSS font as the browser computes them now. */
  constructor(private readonly read: () => {size: number; font: string}) {}

  /** Font size in px (read once until `forget`). */
  get size(): number {
    return this.current.size;
  }

  /** The sizes of rows, headers and the axis that go with the font's size. */
  get metrics(): LayoutMetrics {
    return this.current.metrics;
  }

  /** Forgets the font and the widths measured in it (the reader's text size changed). */
  forget(): void {
    this.font = undefined;
    this.context = undefined;
    this.advances.clear();
  }

  /**
   * Text width as the sum of each character's advance, measured once per character with canvas: no
   * per-label canvas call, so 100,000 titles measure in milliseconds. Kerning only ever narrows real
   * text, so a label never draws wider than the room the layout kept for it.
   */
  readonly measure = (text: string): number => {
    let width = 0;
    for (const char of text) {
      let advance = this.advances.get(char);
      if (advance === undefined) {
        advance = this.advance(char);
        this.advances.set(char, advance);
      }
      width += advance;
    }
    return width;
  };

  private get current(): {size: number; font: string; metrics: LayoutMetrics} {
    if (!this.font) {
      const {size, font} = this.read();
      this.font = {size, font, metrics: metricsForText(size)};
    }
    return this.font;
  }

  private advance(char: string): number {
    if (this.context === undefined) {
      this.context = new OffscreenCanvas(1, 1).getContext('2d');
      if (this.context) this.context.font = this.current.font;
    }
    return this.context ? this.context.measureText(char).width : 7;
  }
}
