// Writes docs/briefdeck.schema.json from the deck's zod schema: `npx tsx scripts/deckSchema.ts`.
// Run it after changing shared/deck/schema.ts or a widget schema; a unit test fails until then.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DECK_SCHEMA_FILE, deckJsonSchemaText } from '../shared/deck/jsonSchema';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(path.join(root, DECK_SCHEMA_FILE), deckJsonSchemaText());
console.log(`Wrote ${DECK_SCHEMA_FILE}`);
