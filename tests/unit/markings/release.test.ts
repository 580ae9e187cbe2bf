import { describe, expect, it } from 'vitest';
import { TLP_SCHEME, UK_SCHEME, US_SCHEME, effectiveMarking, releaseTo, type Audience, type MarkingScheme, type PortionMarking } from '../../../shared/markings';

const internal: Audience = { id: 'a1', name: 'Internal', maxLevel: 'TS', foreign: [], allowedCaveats: ['NOFORN', 'ORCON', 'PROPIN'], includeNotes: true, overrides: {} };
const partners: Audience = { id: 'a2', name: 'Partners (AUS, JPN)', maxLevel: 'S', foreign: ['AUS', 'JPN'], allowedCaveats: [], includeNotes: false, overrides: {} };
const publicRoom: Audience = { id: 'a3', name: 'Public', maxLevel: 'U', foreign: ['AUS', 'JPN', 'KOR'], allowedCaveats: [], includeNotes: false, overrides: {} };

function decide(portion: PortionMarking, audience: Audience, scheme: MarkingScheme = US_SCHEME, override?: 'include' | 'exclude') {
  return releaseTo(effectiveMarking(portion, scheme, scheme.levels[0]!.id), audience, scheme, override);
}

describe('release to an audience', () => {
  it('the level is a ceiling', () => {
    expect(decide({ level: 'S', caveats: [], relTo: ['USA', 'AUS', 'JPN'] }, partners).included).toBe(true);
    expect(decide({ level: 'TS', caveats: [], relTo: ['USA', 'AUS', 'JPN'] }, partners)).toEqual({ included: false, reason: 'TOP SECRET is above SECRET' });
    expect(decide({ level: 'CUI', caveats: [], relTo: null }, publicRoom).included).toBe(false);
    expect(decide({ level: null, caveats: [], relTo: null }, publicRoom).included).toBe(true);
  });

  it('classified content goes to foreign rooms only when every nation in the room is on its REL TO', () => {
    expect(decide({ level: 'S', caveats: [], relTo: ['USA', 'AUS'] }, partners)).toEqual({ included: false, reason: 'not released to JPN' });
    expect(decide({ level: 'S', caveats: [], relTo: null }, partners)).toEqual({ included: false, reason: 'not released to AUS, JPN' });
    expect(decide({ level: 'S', caveats: [], relTo: null }, internal).included).toBe(true);
  });

  it('NOFORN never reaches a room with foreign nationals, even one that lists it', () => {
    expect(decide({ level: 'U', caveats: ['NOFORN'], relTo: null }, partners).included).toBe(false);
    expect(decide({ level: 'U', caveats: ['NOFORN'], relTo: null }, { ...partners, allowedCaveats: ['NOFORN'] })).toEqual({
      included: false,
      reason: 'NOFORN keeps it from foreign nationals',
    });
    expect(decide({ level: 'S', caveats: ['NOFORN'], relTo: null }, internal).included).toBe(true);
  });

  it('a caveat the room is not cleared for withholds', () => {
    expect(decide({ level: 'C', caveats: ['ORCON'], relTo: null }, { ...internal, allowedCaveats: ['NOFORN'] })).toEqual({
      included: false,
      reason: 'ORCON is not released to “Internal”',
    });
  });

  it('explicit exclude always withholds; explicit include admits but never above the level', () => {
    expect(decide({ level: 'U', caveats: [], relTo: null }, internal, US_SCHEME, 'exclude').included).toBe(false);
    expect(decide({ level: 'S', caveats: [], relTo: null }, partners, US_SCHEME, 'include')).toEqual({ included: true, forced: true });
    expect(decide({ level: 'TS', caveats: [], relTo: null }, partners, US_SCHEME, 'include').included).toBe(false);
  });

  it('schemes without release lists: foreign rooms get what their level allows, minus national caveats', () => {
    const ukPartners: Audience = { ...partners, maxLevel: 'OS' };
    expect(decide({ level: 'OS', caveats: [], relTo: null }, ukPartners, UK_SCHEME).included).toBe(true);
    expect(decide({ level: 'OS', caveats: ['UK EYES ONLY'], relTo: null }, { ...ukPartners, allowedCaveats: ['UK EYES ONLY'] }, UK_SCHEME).included).toBe(false);
    const amber: Audience = { ...partners, maxLevel: 'TLP:AMBER' };
    expect(decide({ level: 'TLP:RED', caveats: [], relTo: null }, amber, TLP_SCHEME).included).toBe(false);
    expect(decide({ level: 'TLP:GREEN', caveats: [], relTo: null }, amber, TLP_SCHEME).included).toBe(true);
  });

  it('an unknown level or caveat fails safe', () => {
    expect(decide({ level: 'WHATEVER', caveats: [], relTo: null }, internal).included).toBe(false);
    expect(decide({ level: 'U', caveats: ['SOMETHING'], relTo: null }, { ...partners, allowedCaveats: ['SOMETHING'] }).included).toBe(false);
  });
});
