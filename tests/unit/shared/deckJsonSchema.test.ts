// The published JSON Schema of `.briefdeck` files: the checked-in copy is what the code's zod
// schema says today, and a JSON Schema validator (ajv, as another tool would use) accepts the
// decks Briefdeck writes and refuses what Briefdeck refuses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseDeckText, serializeDeck } from '../../../shared/deck/codec';
import { DECK_SCHEMA_FILE, deckJsonSchema, deckJsonSchemaText } from '../../../shared/deck/jsonSchema';
import { addSlide, createDeck } from '../../../shared/deck/operations';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/deck/constants';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

function validator() {
  return new Ajv2020({ strict: false, allErrors: true }).compile(deckJsonSchema());
}

describe('deck JSON Schema', () => {
  it(`${DECK_SCHEMA_FILE} matches the code (regenerate with: npx tsx scripts/deckSchema.ts)`, () => {
    expect(read(DECK_SCHEMA_FILE)).toBe(deckJsonSchemaText());
  });

  it('accepts the sample deck, the current-version fixture and a new deck as saved', () => {
    const validate = validator();
    const deck = createDeck('Schema check', 'Tests');
    addSlide(deck, 'titleBody', 1, 'Second');
    for (const [name, text] of [
      ['sample', read('assets/sample/supply-chain-alliance.briefdeck')],
      ['fixture v2', read('tests/fixtures/v2/partners-marked.briefdeck')],
      ['new deck', serializeDeck(deck)],
    ] as const) {
      expect(validate(JSON.parse(text)), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('refuses what the app refuses: a newer version, a foreign file, a wrong widget kind, a bad colour', () => {
    const validate = validator();
    const good = JSON.parse(read('tests/fixtures/v2/partners-marked.briefdeck')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const firstWidget = Object.keys(good.widgets)[0]!;
    const bad = [
      { ...good, schemaVersion: CURRENT_SCHEMA_VERSION + 1 },
      { ...good, format: 'keynote' },
      { ...good, widgets: { ...good.widgets, [firstWidget]: { ...good.widgets[firstWidget], kind: 'video' } } },
      { ...good, meta: { ...good.meta, marking: { ...good.meta.marking, custom: { ...good.meta.marking.custom, levels: [{ ...good.meta.marking.custom.levels[0], background: 'red' }] } } } },
      { ...good, widgets: { ...good.widgets, [firstWidget]: { ...good.widgets[firstWidget], marking: { level: 'S', caveats: [], relTo: ['australia'] } } } },
    ];
    for (const doc of bad) {
      expect(validate(doc)).toBe(false);
      expect(() => parseDeckText(JSON.stringify(doc), 'bad.briefdeck')).toThrow();
    }
  });
});
