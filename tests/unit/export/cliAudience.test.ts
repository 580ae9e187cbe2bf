// The export CLI's audience arguments: --audience NAME puts the name in the options (the deck
// resolves it, by name or id, before Chromium starts); --list-audiences needs only the deck.
import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../../shared/export/cliArgs';
import { audienceLines } from '../../../shared/markings/audienceList';
import { createDeck } from '../../../shared/deck/operations';
import { buildLeakDeck } from '../markings/leakDeck';

describe('--audience and --list-audiences', () => {
  it('--audience takes the name as typed, spaces and brackets included', () => {
    const r = parseExportArgs(['deck.briefdeck', '-o', 'out.pdf', '--audience', 'Partners (AUS, JPN)']);
    expect(r.ok === true && r.args.options.audience).toBe('Partners (AUS, JPN)');
  });
  it('--audience without a name is refused with the way to list them', () => {
    const r = parseExportArgs(['deck.briefdeck', '--audience']);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('--list-audiences lists them') });
  });
  it('--list-audiences needs only the deck', () => {
    expect(parseExportArgs(['deck.briefdeck', '--list-audiences'])).toEqual({ ok: 'list-audiences', deckPath: 'deck.briefdeck' });
  });
  it('lists each audience with what its version withholds; a deck without audiences says so', () => {
    expect(audienceLines(buildLeakDeck().deck)).toEqual([
      'Internal\tup to TOP SECRET, own nationals, notes included; withholds 0 of 6 slides and 0 widgets',
      'Partners (AUS, JPN)\tup to SECRET, with AUS, JPN, no notes; withholds 2 of 6 slides and 3 widgets',
    ]);
    expect(audienceLines(createDeck('Plain'))).toEqual(['This deck defines no audiences: it exports as the full deck.']);
  });
});
