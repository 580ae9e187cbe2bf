// Handling markings: schemes, portion markings, banners and audience release (issue #13).
export * from './types';
export * from './schemes';
export * from './combine';
export * from './release';
