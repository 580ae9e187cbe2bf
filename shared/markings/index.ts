// Handling markings: schemes, portion markings, banners and audience release (issue #13).
export * from './types';
export * from './schemes';
export * from './combine';
export * from './release';
export * from './schema';
export * from './legacy';
export * from './deckMarking';
export * from './variant';
export * from './preferences';
export * from './edits';
