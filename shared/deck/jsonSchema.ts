// The `.briefdeck` file format as JSON Schema, derived from the zod schema the app validates
// with, so other tools can read and write decks. The checked-in copy (docs/briefdeck.schema.json,
// written by scripts/deckSchema.ts) is compared with this in the unit tests.
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, DeckSchema } from './schema';

export const DECK_SCHEMA_FILE = 'docs/briefdeck.schema.json';

/** What a deck file may hold ('input': fields with a default may be left out). The cross-references
 * between slides, slots and widgets are checked by the app, not expressible here. */
export function deckJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DeckSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    $id: `https://briefdeck.invalid/schema/briefdeck-v${CURRENT_SCHEMA_VERSION}.json`,
    title: `Briefdeck deck, format version ${CURRENT_SCHEMA_VERSION}`,
    description:
      'A .briefdeck file (JSON, UTF-8). Every slideOrder entry and slot value must name a slide or widget in the same file; see docs/deck-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The file's text: two-space JSON with a final newline, like a deck. */
export function deckJsonSchemaText(): string {
  return `${JSON.stringify(deckJsonSchema(), null, 2)}\n`;
}
