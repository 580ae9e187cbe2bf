// The built-in marking schemes (issue #13 item 1). Level order is least restrictive first.
// Colours: US levels follow the usual US banner colours and TLP follows FIRST's TLP 2.0
// definition (coloured text on black). The UK and Australian schemes prescribe no banner
// colours; those below are Briefdeck's, picked to be told apart and to pass WCAG contrast.
import { contrastText } from '../theme';
import type { CaveatDef, MarkingLevel, MarkingScheme } from './types';

function level(id: string, label: string, portion: string, background: string, needsRelease = false, text?: string): MarkingLevel {
  return { id, label, portion, background, text: text ?? contrastText(background), needsRelease };
}

function caveat(id: string, portion: string, noForeign: boolean): CaveatDef {
  return { id, label: id, portion, noForeign };
}

export const US_SCHEME: MarkingScheme = {
  id: 'us',
  name: 'United States (classification and dissemination controls)',
  levels: [
    level('U', 'UNCLASSIFIED', 'U', '#007a33'),
    level('CUI', 'CUI', 'CUI', '#502b85'),
    level('C', 'CONFIDENTIAL', 'C', '#0033a0', true),
    level('S', 'SECRET', 'S', '#c8102e', true),
    level('TS', 'TOP SECRET', 'TS', '#ff8c00', true),
  ],
  // In the order US banners list dissemination controls.
  caveats: [caveat('ORCON', 'OC', false), caveat('NOFORN', 'NF', true), caveat('PROPIN', 'PR', false)],
  releasability: { home: 'USA', prefix: 'REL TO ', joiner: ', ' },
  separator: '//',
  controlJoiner: '/',
  portionMarks: true,
};

export const UK_SCHEME: MarkingScheme = {
  id: 'uk',
  name: 'UK Government Security Classifications',
  levels: [
    level('O', 'OFFICIAL', 'O', '#3a3a3a'),
    level('OS', 'OFFICIAL-SENSITIVE', 'OS', '#1f4e79'),
    level('S', 'SECRET', 'S', '#c8102e'),
    level('TS', 'TOP SECRET', 'TS', '#ff8c00'),
  ],
  caveats: [caveat('UK EYES ONLY', 'UKEO', true)],
  releasability: null,
  separator: ' ',
  controlJoiner: ' ',
  portionMarks: true,
};

export const AU_SCHEME: MarkingScheme = {
  id: 'au',
  name: 'Australian Government (PSPF)',
  levels: [
    level('UNOFFICIAL', 'UNOFFICIAL', 'U', '#5b6576'),
    level('O', 'OFFICIAL', 'O', '#3a3a3a'),
    level('OS', 'OFFICIAL: Sensitive', 'OS', '#1f4e79'),
    level('P', 'PROTECTED', 'P', '#0057b8', true),
    level('S', 'SECRET', 'S', '#c8102e', true),
    level('TS', 'TOP SECRET', 'TS', '#ff8c00', true),
  ],
  caveats: [caveat('AUSTEO', 'AUSTEO', true), caveat('AGAO', 'AGAO', true)],
  releasability: { home: 'AUS', prefix: 'REL ', joiner: '/' },
  separator: ' ',
  controlJoiner: ' ',
  portionMarks: true,
};

/** FIRST Traffic Light Protocol 2.0: coloured label text on black. */
export const TLP_SCHEME: MarkingScheme = {
  id: 'tlp',
  name: 'Traffic Light Protocol 2.0 (FIRST)',
  levels: [
    level('TLP:CLEAR', 'TLP:CLEAR', 'TLP:CLEAR', '#000000', false, '#ffffff'),
    level('TLP:GREEN', 'TLP:GREEN', 'TLP:GREEN', '#000000', false, '#33ff00'),
    level('TLP:AMBER', 'TLP:AMBER', 'TLP:AMBER', '#000000', false, '#ffc000'),
    level('TLP:AMBER+STRICT', 'TLP:AMBER+STRICT', 'TLP:AMBER+STRICT', '#000000', false, '#ffc000'),
    level('TLP:RED', 'TLP:RED', 'TLP:RED', '#000000', false, '#ff2b2b'),
  ],
  caveats: [],
  releasability: null,
  separator: ' ',
  controlJoiner: ' ',
  portionMarks: true,
};

export const BUILT_IN_SCHEMES: readonly MarkingScheme[] = [US_SCHEME, UK_SCHEME, AU_SCHEME, TLP_SCHEME];

/** The scheme with this id among the built-ins and the given custom ones. */
export function findScheme(id: string, custom: readonly MarkingScheme[] = []): MarkingScheme | undefined {
  return BUILT_IN_SCHEMES.find((s) => s.id === id) ?? custom.find((s) => s.id === id);
}

/** Rank of a level in its scheme (0 = least restrictive); unknown ids rank above every
 * level, so a marking the scheme does not know is never treated as releasable. */
export function levelRank(scheme: MarkingScheme, levelId: string): number {
  const i = scheme.levels.findIndex((l) => l.id === levelId);
  return i < 0 ? scheme.levels.length : i;
}
