import {RELATION_TYPES, type RelationType} from '../model/types.js';

/**
 * How a relation between two events is drawn, shared by the legend's samples and the timeline's links.
 * Five groups, one colour each (`--frise-relation-<group>-color`), and a dash per group so the kind of
 * link never depends on colour alone.
 */
export type RelationGroup = 'contest' | 'support' | 'legal' | 'response' | 'structure';

/** Every group, in legend order. */
export const RELATION_GROUPS: readonly RelationGroup[] = ['contest', 'support', 'legal', 'response', 'structure'];

/**
 * Which group a relation type belongs to: one event denying or contradicting another (contest), confirming
 * or corroborating it (support), giving it legal force (legal), answering or revising it (response), or
 * placing it in a sequence (structure).
 */
export const RELATION_GROUP: Readonly<Record<RelationType, RelationGroup>> = Object.freeze({
  denies: 'contest',
  contradicts: 'contest',
  confirms: 'support',
  corroborates: 'support',
  ratifies: 'legal',
  formalises: 'legal',
  completes: 'legal',
  'responds-to': 'response',
  updates: 'response',
  'part-of': 'structure',
  follows: 'structure',
  'context-for': 'structure',
  'outcome-of': 'structure',
});

// one pattern per group, so no two groups differ by colour alone: short dashes, solid, dash-dot, long
// dashes, dots
const DASH: Readonly<Record<RelationGroup, string>> = {
  contest: '4 3',
  support: '',
  legal: '12 3 2 3',
  response: '10 4',
  structure: '1.5 3',
};

/** The SVG stroke-dasharray of a relation type's line: '' (solid) or a pattern of its group's own. */
export function relationDash(type: RelationType): string {
  const group = RELATION_GROUP[type] as RelationGroup | undefined;
  return group ? DASH[group] : DASH.structure;
}

/** The public custom property holding a relation type's colour, e.g. `--frise-relation-contest-color`. */
export function relationColorProperty(type: RelationType): string {
  return `--frise-relation-${RELATION_GROUP[type] ?? 'structure'}-color`;
}

/** Whether a string is a relation type of the schema. */
export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}
