import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../../electron/services/spellDictionary';

describe('the spell-check dictionary for a deck language', () => {
  const available = ['en-US', 'en-GB', 'de', 'fr-FR', 'pt-BR'];
  it('takes the exact tag, else the bare language, else another region of it, else none', () => {
    expect(dictionaryFor('en-GB', available)).toBe('en-GB');
    expect(dictionaryFor('de-DE', available)).toBe('de');
    expect(dictionaryFor('fr-CA', available)).toBe('fr-FR');
    expect(dictionaryFor('pt-pt', available)).toBe('pt-BR');
    expect(dictionaryFor('ja-JP', available)).toBeNull();
  });
});
