/**
 * vis-timeline's data (https://visjs.github.io/vis-timeline/docs/timeline/#Data_Format) to a frise feed:
 * `{items, groups}`, or a list of items alone.
 *
 * - An item is an event: its `content` (HTML) the title, its `title` (the tooltip, HTML) the summary,
 *   `start` and `end` the dates (ISO strings at their precision, or milliseconds since 1970 in UTC),
 *   its `group` the actor (its lane), its `className` words tags. A `box` or `point` item is a moment
 *   even if it has an `end`, as vis-timeline draws it; a `range` without an `end` is a moment too.
 * - A `background` item is a period (named by its content), coloured by its style's background colour.
 *   frise's periods run behind every lane: a background item of one group becomes a period of all.
 * - A group is an actor: `content` its name, `title` its description, its style's colour its colour;
 *   the groups listed in a group's `nestedGroups` are members of it (`memberOf`).
 */
import type {FriseDateSpec, FriseEventRecord, FrisePeriodRecord} from '../model/types.js';
import {clip, FeedBuilder, isObject, own, ownString, readableId, unreadable, type RecordRef} from './feed-builder.js';
import {htmlToText, singleLine} from './html-text.js';
import {instantToFrise, looseIsoToFrise} from './date-parts.js';
import {errorText, readJsonInput} from './input.js';
import type {ImportOptions, ImportResult} from './types.js';

const ITEM_TYPES = new Set(['box', 'point', 'range', 'background']);

/**
 * Imports vis-timeline items and groups (their JSON text, the parsed object, or the items' list; see the
 * module's comment). Never throws: an item that cannot be imported is an issue naming it and its field,
 * and every other item is kept.
 */
export function importVisTimeline(input: unknown, options?: ImportOptions): ImportResult {
  try {
    return importItems(input, options);
  } catch (error) {
    return unreadable(
      'unreadable',
      `the items could not be imported (a defect of frise: please report it): ${errorText(error)}`,
    );
  }
}

function importItems(input: unknown, options: ImportOptions | undefined): ImportResult {
  const reading = readJsonInput(input);
  if (!reading.ok) return unreadable(reading.code, reading.message);
  const value = reading.value;
  const builder = new FeedBuilder(options);
  let items: unknown;
  let groups: unknown;
  let prefix = '';
  if (Array.isArray(value)) {
    items = value;
  } else if (isObject(value)) {
    items = own(value, 'items');
    groups = own(value, 'groups');
    prefix = '/items';
    if (!Array.isArray(items)) {
      const hint = Array.isArray(own(value, 'events'))
        ? ' (it has "events": a TimelineJS3 timeline? use the timelinejs importer)'
        : '';
      return unreadable(
        items === undefined ? 'missing-property' : 'invalid-type',
        `vis-timeline data is a list of items, or an object with an "items" list${hint}`,
      );
    }
  } else {
    return unreadable(
      'not-a-feed',
      `vis-timeline data is a list of items, or an object with an "items" list, not ${value === null ? 'null' : `a ${typeof value}`}`,
    );
  }

  // groups first: items name them by id
  const actorKeyOf = new Map<string, string>();
  if (Array.isArray(groups)) {
    groups.forEach((group, index) => {
      const ref = recordRef(`/groups/${index}`, 'group', group);
      const id = idOf(own(group, 'id'));
      if (!isObject(group) || id === undefined) {
        builder.warning(
          'invalid-type',
          ref.path(isObject(group) ? 'id' : undefined),
          ref,
          `${ref.describe} has no id (a string or a number); it is not imported`,
        );
        return;
      }
      const name = builder.text(singleLine(htmlToText(ownString(group, 'content') ?? '').text), ref, 'content') ?? id;
      const key = `group:${id}`;
      actorKeyOf.set(id, key);
      builder.actor(key, clip(name, 200), ref, (actor) => {
        const description = builder.text(htmlToText(ownString(group, 'title') ?? '').text, ref, 'title');
        if (description !== undefined) actor.description = description;
        const color = builder.color(styleColor(ownString(group, 'style')));
        if (color !== undefined) actor.color = color;
      });
    });
    groups.forEach((group, index) => {
      const nested = own(group, 'nestedGroups');
      const parent = builder.actorRecord(`group:${idOf(own(group, 'id'))}`);
      if (!Array.isArray(nested) || parent === undefined) return;
      nested.forEach((childId, j) => {
        const child = builder.actorRecord(`group:${idOf(childId)}`);
        if (child !== undefined && child !== parent) child.memberOf = parent.id;
        else {
          const ref = recordRef(`/groups/${index}`, 'group', group);
          builder.warning(
            'unknown-reference',
            ref.path(`nestedGroups/${j}`),
            ref,
            `${ref.describe} nests the group ${JSON.stringify(childId) ?? '?'}, which is not one of the groups`,
          );
        }
      });
    });
  } else if (groups !== undefined) {
    builder.warning('invalid-type', '/groups', undefined, 'the "groups" are not a list; items keep no lane');
  }

  (items as unknown[]).forEach((item, index) => {
    const ref = recordRef(`${prefix}/${index}`, 'item', item);
    if (!isObject(item)) {
      builder.error('invalid-type', ref.path(), ref, `${ref.describe} is not an object; it is left out`);
      return;
    }
    let type = ownString(item, 'type');
    if (type !== undefined && !ITEM_TYPES.has(type)) {
      builder.warning(
        'invalid-value',
        ref.path('type'),
        ref,
        `${ref.describe}, type "${type}" is not box, point, range or background; it is read as a box or a range`,
      );
      type = undefined;
    }
    const start = visDate(builder, own(item, 'start'), ref, 'start');
    if (start === null) return;
    if (start === undefined) {
      builder.error('missing-property', ref.path('start'), ref, `${ref.describe} has no start; it is left out`);
      return;
    }
    let end = visDate(builder, own(item, 'end'), ref, 'end');
    if (end === null) return;
    const content = htmlToText(ownString(item, 'content') ?? '');
    const tooltip = htmlToText(ownString(item, 'title') ?? '');

    if (type === 'background') {
      if (end === undefined) {
        builder.error(
          'missing-property',
          ref.path('end'),
          ref,
          `${ref.describe} is a background item without an end, and a period needs both ends; it is left out`,
        );
        return;
      }
      let title =
        builder.text(singleLine(content.text), ref, 'content') ?? builder.text(singleLine(tooltip.text), ref, 'title');
      if (title === undefined) {
        title = `${dateText(start)} – ${dateText(end)}`;
        builder.warning(
          'title-derived',
          ref.path('content'),
          ref,
          `${ref.describe} has no content, and a period needs a name: it is named after its dates ("${title}")`,
        );
      }
      const wanted = idOf(own(item, 'id'));
      const period: FrisePeriodRecord = {
        id: builder.id('periods', wanted, readableId(title, 'period'), ref),
        title,
        start,
        end,
      };
      const color = builder.color(styleColor(ownString(item, 'style')));
      if (color !== undefined) period.color = color;
      if (own(item, 'group') !== undefined)
        builder.aggregate(
          'not-imported',
          'background-group',
          ref.path('group'),
          ref,
          `${ref.describe} shades one group only; frise's periods run behind every lane`,
        );
      builder.addPeriod(period, ref);
      return;
    }

    if ((type === 'box' || type === 'point') && end !== undefined) {
      builder.aggregate(
        'not-imported',
        'point-end',
        ref.path('end'),
        ref,
        `${ref.describe} is a ${type}, which vis-timeline draws at its start only: its end is not imported`,
      );
      end = undefined;
    }
    if (type === 'range' && end === undefined)
      builder.warning(
        'missing-property',
        ref.path('end'),
        ref,
        `${ref.describe} is a range without an end; it is imported as a moment`,
      );

    let title = builder.text(singleLine(content.text), ref, 'content');
    let summary = builder.text(tooltip.text, ref, 'title');
    if (title === undefined) {
      if (summary === undefined) {
        builder.error(
          'missing-property',
          ref.path('content'),
          ref,
          `${ref.describe} has no content or title to name it; it is left out`,
        );
        return;
      }
      title = singleLine(summary);
      summary = undefined;
      builder.warning(
        'title-derived',
        ref.path('content'),
        ref,
        `${ref.describe} has no content: its title is taken from its tooltip ("${clip(title, 60)}")`,
      );
    }
    const record: FriseEventRecord = {title, start};
    const wanted = idOf(own(item, 'id'));
    if (wanted !== undefined) {
      record.id = builder.id('events', wanted, 'item', ref);
      builder.eventIdOf.set(wanted, record.id);
    }
    if (end !== undefined) record.end = end;
    if (summary !== undefined && summary !== title) record.summary = summary;

    const groupId = idOf(own(item, 'group'));
    if (groupId !== undefined) {
      const key = actorKeyOf.get(groupId);
      if (key !== undefined) record.actors = [builder.actor(key, groupId, ref)];
      else if (Array.isArray(groups))
        builder.warning(
          'unknown-reference',
          ref.path('group'),
          ref,
          `${ref.describe} is in the group "${groupId}", which is not one of the groups; it goes in no lane`,
        );
      // without a list of groups, the items' groups are all there is: each becomes an actor named by its id
      else record.actors = [builder.actor(`group:${groupId}`, clip(groupId, 200), ref)];
    }
    const className = ownString(item, 'className');
    if (className !== undefined) {
      const tags = [...new Set(className.split(/\s+/).filter((word) => word !== '' && !word.startsWith('vis-')))].map(
        (tag) => tag.slice(0, 100),
      );
      if (tags.length > 0) record.tags = tags;
    }
    const sources = [
      ...builder.linkSources(content.links, ref, 'content'),
      ...builder.linkSources(tooltip.links, ref, 'title'),
    ];
    if (sources.length > 0) record.sources = [...new Set(sources)];
    builder.addEvent(record, ref);
  });
  return builder.finish();
}

/**
 * An item's date: an ISO 8601 string at its precision (a date alone stays a date), or milliseconds
 * since 1970 (an instant in UTC). Undefined when absent, null after an error.
 */
function visDate(
  builder: FeedBuilder,
  value: unknown,
  ref: RecordRef,
  field: string,
): FriseDateSpec | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  const date =
    typeof value === 'number'
      ? instantToFrise(value)
      : typeof value === 'string'
        ? /^-?\d{9,}$/.test(value.trim())
          ? instantToFrise(Number(value.trim()))
          : looseIsoToFrise(value, builder.options.utcOffset)
        : undefined;
  if (date !== undefined) return date;
  const shown =
    typeof value === 'string'
      ? `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`
      : typeof value === 'number'
        ? String(value)
        : `a ${Array.isArray(value) ? 'list' : typeof value}`;
  builder.error(
    typeof value === 'number' ? 'out-of-range' : 'date-syntax',
    ref.path(field),
    ref,
    `${ref.describe}, ${field}: ${shown} is not a date frise reads (an ISO 8601 date such as 2024-06-19 or 2024-06-19T13:45:00Z, or milliseconds since 1970); it is left out`,
  );
  return null;
}

/** An id as vis-timeline takes it (a string or a number), as a string. */
function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The colour a CSS declaration list gives (`background-color` first, then `background`, then `color`). */
function styleColor(style: string | undefined): string | undefined {
  if (style === undefined) return undefined;
  for (const property of ['background-color', 'background', 'color']) {
    const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*(#[0-9a-fA-F]{3,6})\\b`, 'i').exec(style);
    if (match) return match[1];
  }
  return undefined;
}

function dateText(spec: FriseDateSpec): string {
  return typeof spec === 'string' ? spec : (spec.date ?? '');
}

function recordRef(base: string, kind: string, record: unknown): RecordRef {
  const id = idOf(own(record, 'id'));
  return {
    record: base,
    describe: `${kind} ${id === undefined ? '' : `"${clip(id, 40)}" `}(${base})`,
    path: (field) => (field ? `${base}/${field}` : base),
    field: (field) => field,
  };
}
