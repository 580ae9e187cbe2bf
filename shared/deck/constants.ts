// The deck format's constants, apart from the zod schema so views that only need a slide's
// size do not load (and build) every schema at start.
export const DECK_FORMAT = 'briefdeck';
export const CURRENT_SCHEMA_VERSION = 2;
/** Logical slide size in CSS pixels; every view scales this with a transform. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
