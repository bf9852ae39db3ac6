import {css, html, nothing} from 'lit';
import type {FeedIssue} from '../../model/types.js';

/** How many problems the summary lists; the rest are counted ("and 9,990 more"), all are in `frise-error`. */
export const PROBLEMS_SHOWN = 20;

export interface ProblemStrings {
  /** The summary line: how many problems. */
  feedProblems: (count: number) => string;
  /** The line after the listed problems: how many more there are. */
  moreProblems: (count: number) => string;
}

/**
 * The problems found in what an element was given, where a reader sees them: a collapsed summary that
 * opens to the first problems (path and message), bounded so that a feed with thousands of bad records
 * adds a few dozen elements, not thousands. Messages are plain text bindings, never HTML.
 */
export function renderProblems(issues: readonly FeedIssue[], strings: ProblemStrings) {
  if (issues.length === 0) return nothing;
  const shown = issues.length > PROBLEMS_SHOWN ? issues.slice(0, PROBLEMS_SHOWN) : issues;
  const hidden = issues.length - shown.length;
  const errors = issues.some((issue) => issue.severity === 'error');
  return html`
    <details part="issues" class="issues ${errors ? 'has-errors' : 'warnings-only'}">
      <summary>${strings.feedProblems(issues.length)}</summary>
      <ul>
        ${shown.map(
          (issue) =>
            html`<li data-code=${issue.code} data-severity=${issue.severity}
              ><code>${issue.path || '/'}</code> <span dir="auto">${issue.message}</span></li
            >`,
        )}
        ${hidden > 0 ? html`<li class="more">${strings.moreProblems(hidden)}</li>` : nothing}
      </ul>
    </details>
  `;
}

/** Styles of the problem summary and the loading line, shared by every element. */
export const feedStatusStyles = css`
  .loading-line {
    margin: 0;
    padding: 1rem 0;
    color: var(--_muted);
    font-family: var(--_font);
  }
  .issues {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_error);
    background: color-mix(in srgb, var(--_error) 8%, var(--_surface));
    color: var(--_text);
    font-family: var(--_font);
    font-size: 0.85rem;
  }
  .issues.warnings-only {
    border-inline-start-color: var(--_disputed);
    background: color-mix(in srgb, var(--_disputed) 8%, var(--_surface));
  }
  .issues ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .issues code {
    font-size: 0.8rem;
    overflow-wrap: anywhere;
  }
`;
