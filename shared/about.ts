// What "About Briefdeck" says, in the desktop app's native About panel and the app's own About
// dialog (Help > About, the palette): one text, so the two cannot disagree.
export const ABOUT = {
  name: 'Briefdeck',
  copyright: 'Copyright © 2026 Briefdeck team. MIT licence.',
  credits:
    'Maps: Natural Earth (public domain) via world-atlas (ISC). Data: USGS Mineral Commodity Summaries (public domain); ' +
    'SIA/BCG and TrendForce figures as reported in the press; World Bank GDP and population (PDDL mirrors).',
} as const;
