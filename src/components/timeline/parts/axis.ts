import type {ScaleTime} from 'd3-scale';
import type {TickFormatter} from '../../../layout/time-format.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TICK_SIZE = 6;

interface Tick {
  axis: SVGGElement;
  grid: SVGGElement;
  gridLine: SVGLineElement;
}

/**
 * The time axis and its grid lines, kept as DOM keyed by tick date: a zoom frame moves the ticks that
 * stay and only writes text for the ticks that appear (d3-axis rewrites every label on every call).
 * The markup matches d3's axisTop (`.tick` groups with a line and a text, a `.domain` path), so the
 * styles and the harness read it the same way.
 */
export class TimeAxis {
  private ticks = new Map<number, Tick>();
  private axisGroup?: SVGGElement;
  private gridGroup?: SVGGElement;
  private domain?: SVGPathElement;
  private format?: TickFormatter;

  update(
    axisGroup: SVGGElement,
    gridGroup: SVGGElement,
    scale: ScaleTime<number, number>,
    count: number,
    format: TickFormatter,
    gridHeight: number,
  ): void {
    // a new chart (e.g. back from the list view) or a new language starts the ticks over
    if (axisGroup !== this.axisGroup || gridGroup !== this.gridGroup || format !== this.format)
      this.reset(axisGroup, gridGroup);
    this.format = format;
    const [r0, r1] = scale.range() as [number, number];
    const domainPath = `M${r0},0H${r1}`;
    if (this.domain!.getAttribute('d') !== domainPath) this.domain!.setAttribute('d', domainPath);
    // crisp 1 px lines on standard-density screens, as d3-axis does
    const offset = devicePixelRatio > 1 ? 0 : 0.5;
    const seen = new Set<number>();
    for (const date of scale.ticks(count)) {
      const time = date.getTime();
      seen.add(time);
      let tick = this.ticks.get(time);
      if (!tick) {
        tick = this.createTick(format(date), gridHeight);
        this.ticks.set(time, tick);
      }
      const transform = `translate(${(scale(date) + offset).toFixed(2)},0)`;
      tick.axis.setAttribute('transform', transform);
      tick.grid.setAttribute('transform', transform);
      const y2 = String(gridHeight);
      if (tick.gridLine.getAttribute('y2') !== y2) tick.gridLine.setAttribute('y2', y2);
    }
    for (const [time, tick] of this.ticks) {
      if (seen.has(time)) continue;
      tick.axis.remove();
      tick.grid.remove();
      this.ticks.delete(time);
    }
  }

  private reset(axisGroup: SVGGElement, gridGroup: SVGGElement): void {
    this.ticks.clear();
    this.axisGroup = axisGroup;
    this.gridGroup = gridGroup;
    axisGroup.replaceChildren();
    gridGroup.replaceChildren();
    for (const group of [axisGroup, gridGroup]) {
      group.setAttribute('fill', 'none');
      group.setAttribute('text-anchor', 'middle');
    }
    this.domain = document.createElementNS(SVG_NS, 'path');
    this.domain.setAttribute('class', 'domain');
    this.domain.setAttribute('stroke', 'currentColor');
    axisGroup.append(this.domain);
  }

  private createTick(label: string, gridHeight: number): Tick {
    const axis = document.createElementNS(SVG_NS, 'g');
    axis.setAttribute('class', 'tick');
    const line = document.createElementNS(SVG_NS, 'line');
    line.setAttribute('stroke', 'currentColor');
    line.setAttribute('y2', String(-TICK_SIZE));
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('fill', 'currentColor');
    text.setAttribute('y', String(-(TICK_SIZE + 3)));
    text.textContent = label;
    axis.append(line, text);
    this.axisGroup!.append(axis);
    const grid = document.createElementNS(SVG_NS, 'g');
    grid.setAttribute('class', 'tick');
    const gridLine = document.createElementNS(SVG_NS, 'line');
    gridLine.setAttribute('stroke', 'currentColor');
    gridLine.setAttribute('y2', String(gridHeight));
    grid.append(gridLine);
    this.gridGroup!.append(grid);
    return {axis, grid, gridLine: gridLine};
  }
}
