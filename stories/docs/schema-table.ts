// The field reference of the "Writing a feed" page, read from the feed's JSON Schema so the page cannot
// drift from what the parser accepts. Pure data (no DOM, no React): the MDX page renders it and a Node
// test (test/node/schema-docs.test.mjs) checks it against the schema and the seed feed.

/** The parts of JSON Schema (draft 2020-12) the feed schema uses; anything else is ignored. */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  $defs?: Record<string, SchemaNode>;
  [keyword: string]: unknown;
}

/** A piece of a field's type: plain words, or the name of another record with the anchor of its section. */
export type TypePart = string | {text: string; section: string};

/** One row of a record's table. */
export interface FieldRow {
  name: string;
  /** Required by the record itself (`required`), not by an either-or rule (see `RecordSection.rules`). */
  required: boolean;
  /** The schema's `default`, as JSON; undefined when the schema gives none. */
  default?: string;
  type: TypePart[];
  /** The allowed values, when the field is an enumeration. */
  values?: string[];
  description?: string;
  /** The first value of this field in the example feed, as compact JSON (cut when long). */
  example?: string;
  /** True when the example feed uses this field at least once. */
  usedByExample: boolean;
}

/** A record of the feed (the feed itself, an event, an actor…) and its fields, in schema order. */
export interface RecordSection {
  /** Anchor and key: `feed` for the document, else the `$defs` name (`event`), or `parent.field` for an inline object. */
  id: string;
  /** What the page calls it: the `$defs` name in words ("status update"). */
  name: string;
  description?: string;
  /** Either-or requirements from `oneOf` / `anyOf` ("one of date, relative"). */
  rules: string[];
  fields: FieldRow[];
}

export interface SectionOptions {
  /** Section ids to list first, in this order (the rest follow in the order they are reached). */
  first?: string[];
  /** Longest example shown, in characters. */
  exampleLength?: number;
}

const DEF_PREFIX = '#/$defs/';

/** `statusUpdate` → "status update", `localizedText` → "localized text". */
export function words(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\b(iso|url)\b/g, (acronym) => acronym.toUpperCase());
}

function defName(ref: string): string | undefined {
  return ref.startsWith(DEF_PREFIX) ? ref.slice(DEF_PREFIX.length) : undefined;
}

/** A node with `properties`: a record with its own section. */
const isRecord = (node: SchemaNode | undefined): node is SchemaNode & {properties: Record<string, SchemaNode>} =>
  !!node && typeof node.properties === 'object' && node.properties !== null;

class SchemaReader {
  constructor(private readonly root: SchemaNode) {}

  resolve(node: SchemaNode): {node: SchemaNode; name?: string} {
    let name: string | undefined;
    let current = node;
    for (let hops = 0; current.$ref && hops < 20; hops++) {
      const def = defName(current.$ref);
      const target = def === undefined ? undefined : this.root.$defs?.[def];
      if (!target) break;
      name = def;
      current = target;
    }
    return {node: current, name};
  }

  /** The section id a record node gets: its `$defs` name, else `parent.field`. */
  sectionId(node: SchemaNode, parent: string, field: string): string | undefined {
    const {node: target, name} = this.resolve(node);
    if (isRecord(target)) return name ?? `${parent}.${field}`;
    return undefined;
  }

  /**
   * A readable type: "list of id", "event" (a record, linked to its section), "localized text" (a named
   * value type, linked to its row in the value types). `expand` describes a named value type itself.
   */
  typeOf(node: SchemaNode, parent: string, field: string, expand = false): TypePart[] {
    const {node: target, name} = expand ? {node, name: undefined} : this.resolve(node);
    if (isRecord(target)) {
      const section = name ?? `${parent}.${field}`;
      return [{text: name ? words(name) : field, section}];
    }
    if (name) return [{text: words(name), section: name}];
    if (target.type === 'array' && target.items) return ['list of ', ...this.typeOf(target.items, parent, field)];
    const alternatives = target.oneOf ?? target.anyOf;
    if (alternatives && !target.type) {
      const parts: TypePart[] = [];
      alternatives.forEach((alt, index) => {
        if (index > 0) parts.push(' or ');
        parts.push(...this.typeOf(alt, parent, field));
      });
      return parts;
    }
    if (target.const !== undefined) return [JSON.stringify(target.const)];
    if (target.enum) {
      const types = [...new Set(target.enum.map((value) => (value === null ? 'null' : typeof value)))];
      return [types.join(' or ')];
    }
    const type = Array.isArray(target.type) ? target.type.join(' or ') : target.type;
    if (type === 'integer' || type === 'number') {
      const range =
        target.minimum !== undefined && target.maximum !== undefined ? ` ${target.minimum} to ${target.maximum}` : '';
      return [`${type}${range}`];
    }
    if (type === 'object' && target.additionalProperties && typeof target.additionalProperties === 'object') {
      const keys = target.propertyNames as SchemaNode | undefined;
      const keyName = keys?.$ref ? defName(keys.$ref) : undefined;
      return [
        'object of ',
        ...(keyName ? [{text: words(keyName), section: keyName}] : ['string']),
        ' → ',
        ...this.typeOf(target.additionalProperties as SchemaNode, parent, field),
      ];
    }
    return [type ?? 'any value'];
  }

  /** The `$defs` a property refers to, directly or through list items and alternatives. */
  namesBelow(node: SchemaNode, seen = new Set<SchemaNode>()): string[] {
    if (seen.has(node)) return [];
    seen.add(node);
    const names: string[] = [];
    const def = node.$ref ? defName(node.$ref) : undefined;
    const target = def === undefined ? node : this.root.$defs?.[def];
    if (def !== undefined && target) names.push(def);
    if (!target || isRecord(target)) return names;
    if (target.items) names.push(...this.namesBelow(target.items, seen));
    for (const alt of [...(target.oneOf ?? []), ...(target.anyOf ?? [])]) names.push(...this.namesBelow(alt, seen));
    return names;
  }

  valuesOf(node: SchemaNode): string[] | undefined {
    const {node: target} = this.resolve(node);
    return target.enum?.map((value) => String(value));
  }

  /**
   * The property's own description, else the one of the record or enumeration it refers to. A general
   * value type's (text, id, ISO date) is not repeated on every field: the value types table has it.
   */
  descriptionOf(node: SchemaNode): string | undefined {
    if (node.description) return node.description;
    const {node: target} = this.resolve(node);
    return isRecord(target) || target.enum ? target.description : undefined;
  }

  defaultOf(node: SchemaNode): unknown {
    if (node.default !== undefined) return node.default;
    return this.resolve(node).node.default;
  }

  /** The record nodes a property leads to (through refs, list items and either-or alternatives). */
  recordsBelow(
    node: SchemaNode,
    parent: string,
    field: string,
    seen = new Set<SchemaNode>(),
  ): Array<{id: string; node: SchemaNode}> {
    if (seen.has(node)) return [];
    seen.add(node);
    const {node: target} = this.resolve(node);
    const id = this.sectionId(node, parent, field);
    if (id && isRecord(target)) return [{id, node: target}];
    const below: Array<{id: string; node: SchemaNode}> = [];
    if (target.items) below.push(...this.recordsBelow(target.items, parent, field, seen));
    for (const alt of [...(target.oneOf ?? []), ...(target.anyOf ?? [])])
      below.push(...this.recordsBelow(alt, parent, field, seen));
    return below;
  }
}

/** A named value type of the schema (text, date, id, status…): what a field of that type accepts. */
export interface ValueType {
  /** Anchor: the `$defs` name. */
  id: string;
  name: string;
  type: TypePart[];
  values?: string[];
  description?: string;
}

/** "one of date, relative" for `oneOf: [{required: [date]}, {required: [relative]}]`. */
function rulesOf(node: SchemaNode): string[] {
  const rules: string[] = [];
  const either = (alternatives: SchemaNode[] | undefined, exactly: boolean) => {
    if (!alternatives?.length || !alternatives.every((alt) => Array.isArray(alt.required) && !alt.properties)) return;
    const names = alternatives.map((alt) => alt.required!.join(' and '));
    rules.push(
      `${exactly ? 'Exactly one' : 'At least one'} of ${names.map((n) => `\`${n}\``).join(', ')} is required.`,
    );
  };
  either(node.oneOf, true);
  either(node.anyOf, false);
  return rules;
}

/** Compact JSON, cut to `length` characters with an ellipsis. */
function shortJson(value: unknown, length: number): string {
  const text = JSON.stringify(value);
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/**
 * Every record of the schema, starting at the document, each with every one of its properties in schema
 * order: type, required, default, allowed values, description, and the first value the example feed gives
 * (the seed feed on the page). Never throws on a schema it does not fully understand: unknown keywords are
 * ignored and an unresolvable `$ref` reads as its own text.
 */
export function feedSections(schema: SchemaNode, example?: unknown, options: SectionOptions = {}): RecordSection[] {
  const reader = new SchemaReader(schema);
  const exampleLength = options.exampleLength ?? 90;
  const sections = new Map<string, RecordSection>();
  const nodes = new Map<string, SchemaNode>();
  const queue: Array<{id: string; name: string; node: SchemaNode}> = [{id: 'feed', name: 'feed', node: schema}];
  while (queue.length) {
    const {id, name, node} = queue.shift()!;
    if (sections.has(id)) continue;
    nodes.set(id, node);
    const required = new Set(node.required ?? []);
    const fields: FieldRow[] = Object.entries(node.properties ?? {}).map(([field, property]) => {
      const defaultValue = reader.defaultOf(property);
      const row: FieldRow = {
        name: field,
        required: required.has(field),
        type: reader.typeOf(property, id, field),
        usedByExample: false,
      };
      if (defaultValue !== undefined) row.default = JSON.stringify(defaultValue);
      const values = reader.valuesOf(property);
      if (values) row.values = values;
      const description = reader.descriptionOf(property);
      if (description) row.description = description;
      for (const below of reader.recordsBelow(property, id, field)) {
        queue.push({id: below.id, name: words(below.id.split('.').at(-1)!), node: below.node});
      }
      return row;
    });
    const section: RecordSection = {id, name, rules: rulesOf(node), fields};
    const description = id === 'feed' ? schema.description : node.description;
    if (description) section.description = description;
    sections.set(id, section);
  }
  if (example !== undefined) markExample(reader, sections, schema, example, 'feed', exampleLength);
  const first = (options.first ?? []).filter((id) => sections.has(id));
  return [
    ...first.map((id) => sections.get(id)!),
    ...[...sections.values()].filter((section) => !first.includes(section.id)),
  ];
}

/** Walks the example along the schema, marking each field it uses and keeping its first value. */
function markExample(
  reader: SchemaReader,
  sections: Map<string, RecordSection>,
  node: SchemaNode,
  value: unknown,
  id: string,
  length: number,
): void {
  const section = sections.get(id);
  if (!section || typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const {node: record} = reader.resolve(node);
  for (const [field, fieldValue] of Object.entries(value)) {
    const row = section.fields.find((candidate) => candidate.name === field);
    const property = record.properties?.[field];
    if (!row || !property) continue;
    row.usedByExample = true;
    row.example ??= shortJson(fieldValue, length);
    visit(reader, sections, property, fieldValue, id, field, length);
  }
}

/** Follows a value into the records below a property: list items, and the alternative that is an object. */
function visit(
  reader: SchemaReader,
  sections: Map<string, RecordSection>,
  property: SchemaNode,
  value: unknown,
  parent: string,
  field: string,
  length: number,
): void {
  const {node: target} = reader.resolve(property);
  if (Array.isArray(value)) {
    if (target.items) for (const item of value) visit(reader, sections, target.items, item, parent, field, length);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const id = reader.sectionId(property, parent, field);
  if (id) {
    markExample(reader, sections, property, value, id, length);
    return;
  }
  // an either-or (a date string or a date object): the object alternative describes an object value
  for (const alt of [...(target.oneOf ?? []), ...(target.anyOf ?? [])]) {
    const altId = reader.sectionId(alt, parent, field);
    if (altId) {
      markExample(reader, sections, alt, value, altId, length);
      return;
    }
  }
}

/**
 * The named value types the records' fields use (`$defs` that are not records: text, ISO date, id,
 * status…), each with what it accepts, in the order the fields first use them.
 */
export function valueTypes(schema: SchemaNode): ValueType[] {
  const reader = new SchemaReader(schema);
  const names: string[] = [];
  const records = new Set<SchemaNode>();
  const add = (name: string) => {
    const node = schema.$defs?.[name];
    if (!node || names.includes(name)) return;
    if (isRecord(node)) {
      if (records.has(node)) return;
      records.add(node);
      for (const property of Object.values(node.properties)) reader.namesBelow(property).forEach(add);
      return;
    }
    names.push(name);
    reader.namesBelow(node).slice(1).forEach(add);
    const keys =
      node.oneOf?.flatMap((alt) => (alt.propertyNames ? reader.namesBelow(alt.propertyNames as SchemaNode) : [])) ?? [];
    keys.forEach(add);
  };
  for (const property of Object.values(schema.properties ?? {})) reader.namesBelow(property).forEach(add);
  return names.map((name) => {
    const node = schema.$defs![name]!;
    const row: ValueType = {id: name, name: words(name), type: reader.typeOf(node, name, name, true)};
    const values = reader.valuesOf(node);
    if (values) row.values = values;
    if (node.description) row.description = node.description;
    return row;
  });
}
