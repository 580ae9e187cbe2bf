// The built-in themes. Briefing is the default (a deck without a theme, or naming one this build
// does not know, gets it unchanged); Bright room is dark and high-contrast for projectors in
// lit rooms; Print keeps ink off large areas and reads in greyscale; Harbour is a warm
// alternative. Each passes the colour checks (themes/colorChecks.ts; tested).
import type { Theme } from '../theme';

const SANS = "'Inter', 'Noto Sans', 'DejaVu Sans', sans-serif";
const SERIF = "'Source Serif 4', 'Noto Serif', Georgia, serif";

export const BRIEFING_THEME: Theme = {
  id: 'briefing',
  name: 'Briefing',
  description: 'White slides, navy titles, blue accent.',
  fonts: { sans: SANS, serif: SERIF },
  colors: {
    background: '#ffffff',
    text: '#1b2330',
    muted: '#5b6576',
    accent: '#1f5fa8',
    titleBand: '#0f2a4a',
    land: '#e3e6ea',
    water: '#f4f7fa',
    border: '#ffffff',
    grid: '#e4e7ec',
    surface: '#f1f3f5',
    roles: { partner: '#1f5fa8', focus: '#e08a00', competitor: '#b3261e', other: '#7a8796' },
    series: ['#1f5fa8', '#e08a00', '#2e8b57', '#b3261e', '#6a4c93', '#7a8796', '#00838f'],
  },
  slideNumber: { position: 'bottom-right' },
  logo: null,
};

/** Near-black slides with white text (21:1 would glare; 17:1 stays AAA) and saturated map colours
 * that a washed-out projector image still separates. */
export const BRIGHT_ROOM_THEME: Theme = {
  id: 'brightRoom',
  name: 'Bright room (dark, high contrast)',
  description: 'Dark slides with white text and strong colours, for projectors in lit rooms.',
  fonts: { sans: SANS, serif: SERIF },
  colors: {
    background: '#0b0f14',
    text: '#ffffff',
    muted: '#c9d2dc',
    accent: '#ffd23f',
    titleBand: '#ffffff',
    land: '#3b4654',
    water: '#151c25',
    border: '#0b0f14',
    grid: '#3b4654',
    surface: '#1b232d',
    roles: { partner: '#4ea8ff', focus: '#ffd23f', competitor: '#ff5a4e', other: '#8a96a3' },
    series: ['#4ea8ff', '#ffd23f', '#ff5a4e', '#e7eef5', '#c07bff', '#8a96a3', '#2fd3c5'],
  },
  slideNumber: { position: 'bottom-right' },
  logo: null,
};

/** For paper: no ink on oceans or panels, black type, and map and chart colours that differ in
 * lightness as well as hue so a greyscale copy keeps them apart. */
export const PRINT_THEME: Theme = {
  id: 'print',
  name: 'Print',
  description: 'Black on white with little ink; colours that survive a greyscale copy.',
  fonts: { sans: SANS, serif: SERIF },
  colors: {
    background: '#ffffff',
    text: '#000000',
    muted: '#3d3d3d',
    accent: '#222222',
    titleBand: '#000000',
    land: '#ececec',
    water: '#ffffff',
    border: '#9a9a9a',
    grid: '#d0d0d0',
    surface: '#f5f5f5',
    roles: { partner: '#08306b', focus: '#f2a541', competitor: '#a50f15', other: '#7c7c7c' },
    series: ['#08306b', '#f2a541', '#a50f15', '#7c7c7c', '#6a51a3', '#4292c6', '#238b45'],
  },
  slideNumber: { position: 'bottom-center' },
  logo: null,
};

/** Warm off-white slides and a deep teal: calmer than Briefing, for longer readings. */
export const HARBOUR_THEME: Theme = {
  id: 'harbour',
  name: 'Harbour',
  description: 'Warm off-white slides, deep teal titles, serif quotations.',
  fonts: { sans: SANS, serif: SERIF },
  colors: {
    background: '#f7f4ee',
    text: '#1e2a2c',
    muted: '#55605f',
    accent: '#00766c',
    titleBand: '#0b3d3a',
    land: '#e2ddd3',
    water: '#eef3f2',
    border: '#f7f4ee',
    grid: '#ddd7cb',
    surface: '#ece7dd',
    roles: { partner: '#00766c', focus: '#d98c1f', competitor: '#a8322d', other: '#8a8578' },
    series: ['#00766c', '#d98c1f', '#a8322d', '#6c8fd1', '#8a8578', '#7b4f8e', '#5f8f3e'],
  },
  slideNumber: { position: 'bottom-left' },
  logo: null,
};

export const BUILT_IN_THEMES: readonly Theme[] = [BRIEFING_THEME, BRIGHT_ROOM_THEME, PRINT_THEME, HARBOUR_THEME];
