import {expect} from '@open-wc/testing';
import {RELATION_TYPES} from '../model/types.js';
import {
  isRelationType,
  RELATION_GROUP,
  RELATION_GROUPS,
  relationColorProperty,
  relationDash,
} from './relation-styles.js';

describe('relation styles', () => {
  it('puts every relation type of the schema in a group, and nothing else', () => {
    expect(Object.keys(RELATION_GROUP).sort()).to.deep.equal([...RELATION_TYPES].sort());
    for (const type of RELATION_TYPES) expect(RELATION_GROUPS, type).to.include(RELATION_GROUP[type]);
  });

  it('groups types as the legend explains them', () => {
    const byGroup = (group: string) => RELATION_TYPES.filter((type) => RELATION_GROUP[type] === group).sort();
    expect(byGroup('contest')).to.deep.equal(['contradicts', 'denies']);
    expect(byGroup('support')).to.deep.equal(['confirms', 'corroborates']);
    expect(byGroup('legal')).to.deep.equal(['completes', 'formalises', 'ratifies']);
    expect(byGroup('response')).to.deep.equal(['responds-to', 'updates']);
    expect(byGroup('structure')).to.deep.equal(['context-for', 'follows', 'outcome-of', 'part-of']);
  });

  it('gives each group a dash pattern of its own (the same for every type of the group), so no two differ by colour alone', () => {
    const patternOf = new Map<string, string>();
    for (const type of RELATION_TYPES) {
      const group = RELATION_GROUP[type];
      const dash = relationDash(type);
      expect(patternOf.get(group) ?? dash, type).to.equal(dash);
      patternOf.set(group, dash);
    }
    expect(new Set(patternOf.values()).size).to.equal(RELATION_GROUPS.length);
    expect(relationDash('confirms'), 'support is the solid line').to.equal('');
  });

  it('names the colour custom property of each type’s group', () => {
    expect(relationColorProperty('denies')).to.equal('--frise-relation-contest-color');
    expect(relationColorProperty('corroborates')).to.equal('--frise-relation-support-color');
    expect(relationColorProperty('ratifies')).to.equal('--frise-relation-legal-color');
    expect(relationColorProperty('updates')).to.equal('--frise-relation-response-color');
    expect(relationColorProperty('outcome-of')).to.equal('--frise-relation-structure-color');
  });

  it('recognises relation types', () => {
    expect(isRelationType('responds-to')).to.equal(true);
    expect(isRelationType('responds to')).to.equal(false);
    expect(isRelationType(undefined)).to.equal(false);
  });
});
