import {css, nothing, svg, type TemplateResult} from 'lit';
import {safeColor} from '../../../model/colors.js';
import {fallbackLanguage, pickLanguage, pickText} from '../../../model/text.js';
import type {FriseFeed} from '../../../model/types.js';
import type {TimelineLayout} from '../../../layout/compute-layout.js';
import {periodBands} from '../../../layout/period-bands.js';
import type {Measure} from '../../../layout/text-fit.js';

/** What the periods are drawn with: the layouts (the whole feed's, and the one drawn), the zoom, the text. */
export interface PeriodsView {
  /** The fit layout: its domain and range give a time's base x. */
  fit: Pick<TimelineLayout, 'domain' | 'range' | 'width'>;
  /** The layout drawn: the axis's bottom, the strip's height, the chart's height. */
  layout: Pick<TimelineLayout, 'axisY' | 'periodsHeight' | 'height'>;
  /** The zoom transform: screen x = k × base x + x. */
  transform: {k: number; x: number};
  measure: Measure;
  language: string;
}

/**
 * The feed's periods behind the lanes: a faint band each (the period's colour, through the colour
 * choke point, or a neutral tint) and its name in the strip under the axis. Hidden from assistive
 * technology: the legend and the list name every period with its dates.
 */
export function renderPeriods(feed: FriseFeed, view: PeriodsView): TemplateResult | typeof nothing {
  if (!feed.periods?.length) return nothing;
  const {fit, layout, transform, measure, language} = view;
  const [d0, d1] = fit.domain;
  const [r0, r1] = fit.range;
  const toScreen = (time: number) => transform.k * (r0 + ((time - d0) * (r1 - r0)) / (d1 - d0)) + transform.x;
  const fallback = fallbackLanguage(feed.language, language);
  const bands = periodBands(feed.periods, toScreen, fit.width, measure, (period) =>
    pickText(period.title, language, fallback),
  );
  if (bands.length === 0) return nothing;
  const langOf = (id: string) => {
    const period = feed.periods.find((candidate) => candidate.id === id);
    return period && pickLanguage(period.title, language, fallback);
  };
  const [top, strip, bottom] = [layout.axisY, layout.periodsHeight, layout.height];
  return svg`<g part="periods" class="periods" aria-hidden="true">${bands.map((band) => {
    const color = safeColor(band.color);
    return svg`<g part="period" class="period" data-period-id=${band.id}>
      <rect class="period-band" x=${band.x1} y=${top} width=${band.x2 - band.x1} height=${Math.max(0, bottom - top)}
        fill=${color ?? nothing}></rect>
      <line class="period-edge" x1=${band.x1} x2=${band.x2} y1=${top + 0.5} y2=${top + 0.5}
        stroke=${color ?? nothing}></line>
      ${
        band.label
          ? svg`<text class="period-name" x=${band.labelX} y=${top + strip / 2} dy="0.35em" lang=${langOf(band.id) ?? nothing}
              >${band.label}</text>`
          : nothing
      }
    </g>`;
  })}</g>`;
}

export const periodStyles = css`
  .period-band {
    fill: var(--frise-period-color, var(--_text));
    fill-opacity: 0.07;
  }
  .period-band[fill] {
    fill-opacity: 0.14;
  }
  .period-edge {
    stroke: var(--frise-period-color, var(--_muted));
    stroke-width: 3;
  }
  .period-name {
    font-size: var(--_small-size);
    fill: var(--_text);
    font-style: italic;
  }
  @media (forced-colors: active) {
    .period-band {
      fill: GrayText;
      fill-opacity: 0.15;
    }
    .period-edge {
      stroke: GrayText;
    }
    .period-name {
      fill: CanvasText;
    }
  }
`;
