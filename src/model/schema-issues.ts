import {clip} from './text.js';
import type {AjvError} from './generated/validate-feed.js';
import type {FeedIssue, FeedIssueCode} from './types.js';

/**
 * Turns the precompiled validator's errors into one readable issue per problem. Ajv reports every
 * failed branch of a oneOf (a date that is neither a string nor an object fails both); those branch
 * errors are folded into the one thing the author got wrong.
 */
export function schemaIssues(errors: readonly AjvError[], input: unknown): FeedIssue[] {
  const failedChoices = new Set<string>();
  for (const e of errors) {
    if ((e.keyword === 'oneOf' && e.params['passingSchemas'] == null) || e.keyword === 'anyOf')
      failedChoices.add(e.instancePath);
  }
  const issues: FeedIssue[] = [];
  const seen = new Set<string>();
  const push = (path: string, code: FeedIssueCode, message: string) => {
    const key = `${path}\u0000${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push({path, code, message, severity: 'error'});
  };
  const pendingChoices: string[] = [];

  for (const e of errors) {
    const path = e.instancePath;
    const data = valueAt(input, path);
    const where = describe(path, input);
    switch (e.keyword) {
      case 'type':
        if (failedChoices.has(path)) break;
        push(path, 'invalid-type', `${where} must be ${article(String(e.params['type']))}, not ${typeName(data)}`);
        break;
      case 'oneOf':
        if (e.params['passingSchemas'] != null) {
          if (isObject(data) && 'date' in data && 'relative' in data) {
            push(path, 'date-syntax', `${where} gives both "date" and "relative": give exactly one`);
          }
        } else {
          pendingChoices.push(path);
        }
        break;
      case 'anyOf':
        pendingChoices.push(path);
        break;
      case 'required': {
        const missing = String(e.params['missingProperty']);
        if (failedChoices.has(path) && ['date', 'relative', 'actors', 'label'].includes(missing)) break;
        push(
          `${path}/${escapePointer(missing)}`,
          'missing-property',
          `${where} is missing the required property "${missing}"`,
        );
        break;
      }
      case 'additionalProperties': {
        const extra = String(e.params['additionalProperty']);
        push(
          `${path}/${escapePointer(extra)}`,
          'unknown-property',
          `${where} has an unknown property "${extra}" (extensions must start with "x-")`,
        );
        break;
      }
      case 'enum':
        push(
          path,
          'invalid-value',
          `${where} is ${show(data)}, which is not one of: ${(e.params['allowedValues'] as unknown[]).join(', ')}`,
        );
        break;
      case 'const':
        push(path, 'invalid-value', `${where} must be ${JSON.stringify(e.params['allowedValue'])}, not ${show(data)}`);
        break;
      case 'pattern':
        patternIssue(e, path, data, where, push);
        break;
      case 'propertyNames': {
        const name = String(e.params['propertyName']);
        push(
          `${path}/${escapePointer(name)}`,
          'invalid-language',
          `${where} has the key "${name}", which is not a BCP 47 language tag (fr, en, en-GB…)`,
        );
        break;
      }
      case 'minLength':
        push(
          path,
          'invalid-length',
          Number(e.params['limit']) === 1
            ? `${where} must not be empty`
            : `${where} is shorter than ${String(e.params['limit'])} characters`,
        );
        break;
      case 'maxLength':
        push(path, 'invalid-length', `${where} is longer than ${String(e.params['limit'])} characters`);
        break;
      case 'minProperties':
      case 'minItems':
        push(path, 'invalid-length', `${where} must not be empty`);
        break;
      case 'minimum':
      case 'maximum':
        push(
          path,
          'out-of-range',
          `${where} is ${show(data)}, it must be ${e.keyword === 'minimum' ? '≥' : '≤'} ${String(e.params['limit'])}`,
        );
        break;
      case 'uniqueItems':
        push(
          path,
          'duplicate-item',
          `${where} lists the same item twice (items ${String(e.params['j'])} and ${String(e.params['i'])})`,
        );
        break;
      default:
        push(path, 'schema', `${where} ${e.message ?? 'is invalid'}`);
    }
  }

  for (const path of pendingChoices) {
    if (issues.some((issue) => issue.path === path || issue.path.startsWith(`${path}/`))) continue;
    const data = valueAt(input, path);
    const where = describe(path, input);
    if (isDateField(path)) {
      push(
        path,
        'date-syntax',
        isObject(data)
          ? `${where} needs exactly one of "date" or "relative"`
          : `${where} is ${show(data)}: expected an ISO 8601 date string (2024, 2024-06, 2024-W42, 2024-10-18, 2024-10-18T09:30+09:00) or a date object`,
      );
    } else if (/\/attribution$/.test(path)) {
      push(path, 'missing-property', `${where} needs "actors" or a "label"`);
    } else {
      push(
        path,
        'invalid-text',
        `${where} is ${show(data)}: expected a non-empty string or an object of language tag → text`,
      );
    }
  }
  return issues;
}

/** The schema's `$defs/name` pattern: at least one visible character (not a space, not an invisible one). */
const NAME_PATTERN =
  '[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\u{e0000}-\\u{e0fff}]';

function patternIssue(
  e: AjvError,
  path: string,
  data: unknown,
  where: string,
  push: (p: string, c: FeedIssueCode, m: string) => void,
) {
  // a $ref'd definition's errors carry paths relative to it: the name's pattern is known by itself
  const def = e.params['pattern'] === NAME_PATTERN ? 'name' : /#\/\$defs\/([^/]+)\/pattern$/.exec(e.schemaPath)?.[1];
  switch (def) {
    case 'name':
      // an empty text is reported once, by minLength
      if (data === '') break;
      push(
        path,
        'invalid-text',
        `${where} is ${show(data)}, which is blank: a title or a name needs at least one visible character`,
      );
      break;
    case 'isoDate':
      push(
        path,
        'date-syntax',
        `${where} is ${show(data)}, which is not an ISO 8601 date (2024, 2024-06, 2024-W42, 2024-10-18, 2024-10-18T09:30+09:00; a time needs Z or an offset)`,
      );
      break;
    case 'url':
      push(path, 'unsafe-url', `${where} is ${show(data)}: only absolute http, https or mailto URLs are allowed`);
      break;
    case 'mediaUrl':
      push(path, 'unsafe-url', `${where} is ${show(data)}: an image URL must be absolute http or https`);
      break;
    case 'id':
      push(
        path,
        'invalid-id',
        `${where} is ${show(data)}: an id is 1–128 letters, digits, "-", "_", ".", ":" starting with a letter or digit`,
      );
      break;
    case 'languageTag':
      // a bad key of a localized text is reported once, by propertyNames
      if (typeof data === 'string')
        push(
          path,
          'invalid-language',
          `${where} is ${show(data)}, which is not a BCP 47 language tag (fr, en, en-GB…)`,
        );
      break;
    case 'color':
      push(path, 'invalid-color', `${where} is ${show(data)}: a colour is #rgb or #rrggbb`);
      break;
    default:
      push(path, 'invalid-value', `${where} is ${show(data)}, which does not have the expected form`);
  }
}

const DATE_FIELD = /\/(?:start|end|date)$/;
function isDateField(path: string): boolean {
  return DATE_FIELD.test(path);
}

const RECORD_NAMES: Record<string, string> = {events: 'event', actors: 'actor', sources: 'source', periods: 'period'};

/**
 * Where a problem is, for people: `event "nis-report" (/events/3) field "start"`, or
 * `the feed's field "title"` for feed-level fields. Names the record by its id when it has one.
 */
export function describe(path: string, input: unknown): string {
  if (path === '') return 'the feed';
  const match = /^\/(events|actors|sources|periods)\/(\d+)(\/.*)?$/.exec(path);
  if (!match) return `the feed's field "${path.slice(1)}"`;
  const [, list = '', index = '', rest] = match;
  const id = valueAt(input, `/${list}/${index}/id`);
  const record = `${RECORD_NAMES[list] ?? list} ${typeof id === 'string' ? `"${id}" ` : ''}(/${list}/${index})`;
  return rest ? `${record} field "${rest.slice(1)}"` : record;
}

export function valueAt(input: unknown, pointer: string): unknown {
  if (pointer === '') return input;
  let node: unknown = input;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return article(typeof value);
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function show(value: unknown): string {
  if (value === undefined) return 'missing';
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) text = typeof value === 'bigint' ? `${value}n` : `a ${typeof value}`;
  return clip(text, 80);
}
