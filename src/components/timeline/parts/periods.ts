import {css, nothing, svg, type TemplateResult} from 'lit';
import {safeColor} from '../../../model/colors.js';
import type {PeriodBand} from '../../../layout/period-bands.js';

/** Where the periods go: the strip under the axis for their names, and the bottom of the lanes. */
export interface PeriodsPlace {
  /** Top of the strip (the axis's bottom). */
  top: number;
  /** Height of the strip of names. */
  strip: number;
  /** Bottom of the chart: the bands run behind every lane. */
  bottom: number;
  /** The language of a period's name, when the feed gives it. */
  langOf: (id: string) => string | undefined;
}

/**
 * The feed's periods behind the lanes: a faint band each (the period's colour, through the colour
 * choke point, or a neutral tint) and its name in the strip under the axis. Hidden from assistive
 * technology: the legend and the list name every period with its dates.
 */
export function renderPeriods(bands: readonly PeriodBand[], place: PeriodsPlace): TemplateResult | typeof nothing {
  if (bands.length === 0) return nothing;
  const {top, strip, bottom, langOf} = place;
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
