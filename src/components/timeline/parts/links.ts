import {svg, nothing, type SVGTemplateResult} from 'lit';
import type {RelationType} from '../../../model/types.js';
import {RELATION_GROUP} from '../../../layout/relation-styles.js';

export interface LinkView {
  key: string;
  type: RelationType;
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  active: boolean;
  dimmed: boolean;
}

/**
 * A connector from the acting event to its target: an S-curve between lanes, an arc within a row.
 * Screen coordinates in, SVG path out.
 */
export function linkPath(x1: number, y1: number, x2: number, y2: number): string {
  if (Math.abs(y2 - y1) < 1) {
    const lift = Math.min(40, Math.max(12, Math.abs(x2 - x1) / 4));
    const mid = (x1 + x2) / 2;
    return `M${x1},${y1}Q${mid},${y1 - 2 * lift} ${x2},${y2}`;
  }
  const midY = (y1 + y2) / 2;
  return `M${x1},${y1}C${x1},${midY} ${x2},${midY} ${x2},${y2}`;
}

/** Where a connector's name is written: the middle of its curve. */
export function linkMiddle(x1: number, y1: number, x2: number, y2: number): [number, number] {
  if (Math.abs(y2 - y1) < 1) return [(x1 + x2) / 2, y1 - Math.min(40, Math.max(12, Math.abs(x2 - x1) / 4))];
  return [(x1 + x2) / 2, (y1 + y2) / 2];
}

/** Length and half-width of a connector's arrowhead, in px. */
const ARROW_LENGTH = 10;
const ARROW_HALF_WIDTH = 5;

/**
 * The arrowhead at a connector's end, as a path of its own: pointing along the curve's last tangent.
 * Not an SVG marker: a `marker-end="url(#…)"` reference keeps a removed chart alive in the browser's
 * style cache, as a clip-path or a mask reference does.
 */
export function arrowPath(x1: number, y1: number, x2: number, y2: number): string {
  let dx: number;
  let dy: number;
  if (Math.abs(y2 - y1) < 1) {
    const lift = Math.min(40, Math.max(12, Math.abs(x2 - x1) / 4));
    [dx, dy] = [x2 - (x1 + x2) / 2, y2 - (y1 - 2 * lift)];
  } else {
    [dx, dy] = [0, y2 - (y1 + y2) / 2];
  }
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const [bx, by] = [x2 - ux * ARROW_LENGTH, y2 - uy * ARROW_LENGTH];
  const f = (n: number) => n.toFixed(2);
  const [wingX, wingY] = [uy * ARROW_HALF_WIDTH, ux * ARROW_HALF_WIDTH];
  return `M${f(x2)},${f(y2)}L${f(bx - wingX)},${f(by + wingY)}L${f(bx + wingX)},${f(by - wingY)}Z`;
}

/**
 * A connector, its arrowhead and, on it, the name of the relation (`label`, e.g. "denies"): its type is
 * told by words and a dash pattern, not by colour alone. The chart's links are decorative for assistive
 * technology: the marks' accessible names, the card and the list say the relations.
 */
export function renderLink(link: LinkView, label: string): SVGTemplateResult {
  const group = RELATION_GROUP[link.type];
  const [mx, my] = linkMiddle(link.x1, link.y1, link.x2, link.y2);
  return svg`<path part="link" class="link relation-${link.type} group-${group}${link.active ? ' active' : ''}${link.dimmed ? ' dimmed' : ''}"
    data-relation=${link.type} data-source=${link.source} data-target=${link.target}
    d=${linkPath(link.x1, link.y1, link.x2, link.y2)} data-label=${label}></path>
    <path class="arrow relation-${link.type} group-${group}" d=${arrowPath(link.x1, link.y1, link.x2, link.y2)} aria-hidden="true"></path>
    ${
      link.active
        ? svg`<text part="link-label" class="link-label relation-${link.type}" x=${mx} y=${my} dy="0.35em"
          text-anchor="middle" aria-hidden="true">${label}</text>`
        : nothing
    }`;
}
