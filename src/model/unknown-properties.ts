import type {AjvError} from './generated/validate-feed.js';
import {KNOWN_PROPERTIES} from './generated/known-properties.js';
import {closestName} from './closest-name.js';
import {describe, escapePointer, valueAt} from './schema-issues.js';
import {AGGREGATED_PATHS_KEPT, type FeedIssue} from './types.js';

/** How the objects of the schema are called in messages, in the plural ("3 other events"). */
const PLURALS: Readonly<Record<string, string>> = {
  event: 'events',
  actor: 'actors',
  source: 'sources',
  period: 'periods',
  dateObject: 'dates',
  relativeDate: 'relative dates',
  statusUpdate: 'status updates',
  attribution: 'attributions',
  location: 'locations',
  coordinates: 'coordinates',
  quote: 'quotes',
  relation: 'relations',
  media: 'media',
};

interface Group {
  name: string;
  object: string;
  /** Where the first object holding the property is. */
  firstHolder: string;
  suggestion: string | undefined;
  paths: string[];
  count: number;
}

/**
 * The schema closes its objects so that editors flag typos; parseFeed is kinder. Each property the
 * validator calls additional (neither known nor `x-`) is removed from the document (our own copy of
 * the input) so that the record is validated, and kept, without it. Returns one warning per unknown
 * name and kind of object, in the order they first occur: `path` is the first occurrence, `count`
 * how many there are, `paths` the first few, and the message suggests the closest known name when
 * one is close ("strat": did you mean "start"?). Returns an empty list when nothing was removed.
 */
export function removeUnknownProperties(errors: readonly AjvError[], doc: unknown): FeedIssue[] {
  const groups = new Map<string, Group>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const name = String(error.params['additionalProperty']);
    const holder = valueAt(doc, error.instancePath);
    if (holder === null || typeof holder !== 'object' || !Object.hasOwn(holder, name)) continue;
    delete (holder as Record<string, unknown>)[name];
    // array indices are the only numeric segments of a closed object's position
    const position = error.instancePath.replace(/\/\d+(?=\/|$)/g, '/*');
    const shape = Object.hasOwn(KNOWN_PROPERTIES, position) ? KNOWN_PROPERTIES[position] : undefined;
    const object = shape?.object ?? '';
    const key = `${object}\u0000${name}`;
    const path = `${error.instancePath}/${escapePointer(name)}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        name,
        object,
        firstHolder: error.instancePath,
        suggestion: shape ? closestName(name, shape.names, object) : undefined,
        paths: [],
        count: 0,
      };
      groups.set(key, group);
    }
    group.count++;
    if (group.paths.length < AGGREGATED_PATHS_KEPT) group.paths.push(path);
  }
  return [...groups.values()].map((group) => ({
    path: group.paths[0]!,
    code: 'unknown-property',
    message: message(group, doc),
    severity: 'warning',
    count: group.count,
    paths: group.paths,
  }));
}

function message(group: Group, doc: unknown): string {
  const where = describe(group.firstHolder, doc);
  const others = group.count - 1;
  const who = others === 0 ? `${where} has` : `${where} and ${others} other ${PLURALS[group.object] ?? 'objects'} have`;
  const hint = group.suggestion === undefined ? '' : `: did you mean "${group.suggestion}"?`;
  return `${who} an unknown property "${group.name}"${hint}${hint ? ' It is' : '; it is'} ignored (extensions start with "x-")`;
}
