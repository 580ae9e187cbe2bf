import { describe, expect, it } from 'vitest';
import {
  AU_SCHEME,
  BUILT_IN_SCHEMES,
  TLP_SCHEME,
  UK_SCHEME,
  US_SCHEME,
  atLeastAsRestrictive,
  bannerText,
  combineMarkings,
  effectiveMarking,
  levelRank,
  portionText,
  type MarkingScheme,
  type PortionMarking,
} from '../../../shared/markings';

const p = (level: string | null, caveats: string[] = [], relTo: string[] | null = null): PortionMarking => ({ level, caveats, relTo });

function banner(scheme: MarkingScheme, portions: PortionMarking[], defaultLevel = scheme.levels[0]!.id): string {
  return bannerText(combineMarkings(portions.map((x) => effectiveMarking(x, scheme, defaultLevel)), scheme, defaultLevel), scheme);
}

describe('scheme order', () => {
  it.each([
    [US_SCHEME, ['UNCLASSIFIED', 'CUI', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET']],
    [UK_SCHEME, ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET']],
    [AU_SCHEME, ['UNOFFICIAL', 'OFFICIAL', 'OFFICIAL: Sensitive', 'PROTECTED', 'SECRET', 'TOP SECRET']],
    [TLP_SCHEME, ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED']],
  ])('%s levels run from least to most restrictive, and the banner takes the highest', (scheme, labels) => {
    expect(scheme.levels.map((l) => l.label)).toEqual(labels);
    for (let i = 0; i < scheme.levels.length; i++) {
      for (let j = 0; j < scheme.levels.length; j++) {
        const a = scheme.levels[i]!;
        const b = scheme.levels[j]!;
        expect(banner(scheme, [p(a.id), p(b.id)])).toBe(scheme.levels[Math.max(i, j)]!.label);
      }
    }
  });

  it('an unknown level ranks above every known one and keeps its own name', () => {
    expect(levelRank(US_SCHEME, 'XYZ')).toBe(US_SCHEME.levels.length);
    expect(banner(US_SCHEME, [p('TS'), p('XYZ')])).toBe('XYZ');
  });

  it('unmarked portions take the deck default level', () => {
    expect(banner(UK_SCHEME, [p(null), p(null)], 'OS')).toBe('OFFICIAL-SENSITIVE');
    expect(banner(UK_SCHEME, [], 'O')).toBe('OFFICIAL');
  });

  it('TLP keeps FIRST colours: coloured text on black', () => {
    const byId = Object.fromEntries(TLP_SCHEME.levels.map((l) => [l.id, l]));
    expect(byId['TLP:RED']).toMatchObject({ background: '#000000', text: '#ff2b2b' });
    expect(byId['TLP:AMBER']).toMatchObject({ background: '#000000', text: '#ffc000' });
    expect(byId['TLP:GREEN']).toMatchObject({ background: '#000000', text: '#33ff00' });
    expect(byId['TLP:CLEAR']).toMatchObject({ background: '#000000', text: '#ffffff' });
  });

  it('every built-in scheme has unique level and caveat ids', () => {
    for (const s of BUILT_IN_SCHEMES) {
      expect(new Set(s.levels.map((l) => l.id)).size).toBe(s.levels.length);
      expect(new Set(s.caveats.map((c) => c.id)).size).toBe(s.caveats.length);
    }
  });
});

describe('US caveats and release', () => {
  it('REL TO lists intersect, USA first then alphabetical', () => {
    expect(banner(US_SCHEME, [p('S', [], ['USA', 'AUS', 'JPN']), p('S', [], ['USA', 'AUS'])])).toBe('SECRET//REL TO USA, AUS');
    expect(banner(US_SCHEME, [p('C', [], ['jpn', 'aus', 'USA'])])).toBe('CONFIDENTIAL//REL TO USA, AUS, JPN');
  });

  it('NOFORN dominates REL TO', () => {
    expect(banner(US_SCHEME, [p('S', [], ['USA', 'AUS']), p('C', ['NOFORN'])])).toBe('SECRET//NOFORN');
  });

  it('a classified portion without a release list removes the release from the banner', () => {
    expect(banner(US_SCHEME, [p('S', [], ['USA', 'AUS']), p('C')])).toBe('SECRET');
  });

  it('unclassified portions do not narrow a release', () => {
    expect(banner(US_SCHEME, [p('S', [], ['USA', 'AUS']), p('U'), p(null)])).toBe('SECRET//REL TO USA, AUS');
  });

  it('caveats are the union, in the scheme order', () => {
    expect(banner(US_SCHEME, [p('S', ['PROPIN']), p('U', ['NOFORN', 'ORCON'])])).toBe('SECRET//ORCON/NOFORN/PROPIN');
    expect(banner(US_SCHEME, [p('S', ['ORCON'], ['USA', 'AUS']), p('S', [], ['USA', 'AUS'])])).toBe('SECRET//ORCON/REL TO USA, AUS');
  });

  it('portion marks use the short forms', () => {
    const m = (x: PortionMarking) => portionText(effectiveMarking(x, US_SCHEME, 'U'), US_SCHEME);
    expect(m(p('S', ['NOFORN']))).toBe('(S//NF)');
    expect(m(p('TS', ['NOFORN', 'ORCON']))).toBe('(TS//OC/NF)');
    expect(m(p('S', [], ['AUS', 'USA']))).toBe('(S//REL TO USA, AUS)');
    expect(m(p(null))).toBe('(U)');
    expect(m(p('CUI'))).toBe('(CUI)');
  });

  it('Australian releases list AUS first with slashes', () => {
    expect(banner(AU_SCHEME, [p('P', [], ['USA', 'GBR', 'AUS'])])).toBe('PROTECTED REL AUS/GBR/USA');
  });
});

describe('override check', () => {
  const e = (x: PortionMarking) => effectiveMarking(x, US_SCHEME, 'U');
  it('a higher or equal banner is allowed, a lower one is not', () => {
    expect(atLeastAsRestrictive(e(p('TS')), e(p('S')), US_SCHEME)).toBe(true);
    expect(atLeastAsRestrictive(e(p('S')), e(p('S')), US_SCHEME)).toBe(true);
    expect(atLeastAsRestrictive(e(p('C')), e(p('S')), US_SCHEME)).toBe(false);
  });
  it('dropping a caveat or widening a release is lower', () => {
    expect(atLeastAsRestrictive(e(p('S')), e(p('S', ['NOFORN'])), US_SCHEME)).toBe(false);
    expect(atLeastAsRestrictive(e(p('S', [], ['USA', 'AUS', 'JPN'])), e(p('S', [], ['USA', 'AUS'])), US_SCHEME)).toBe(false);
    expect(atLeastAsRestrictive(e(p('S', [], ['USA'])), e(p('S', [], ['USA', 'AUS'])), US_SCHEME)).toBe(true);
    expect(atLeastAsRestrictive(e(p('S', [], ['USA', 'AUS'])), e(p('S')), US_SCHEME)).toBe(false);
    expect(atLeastAsRestrictive(e(p('S', [], ['USA', 'AUS'])), e(p('U')), US_SCHEME)).toBe(true);
  });
});
