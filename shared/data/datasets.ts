// Dataset lookup for every surface (editor, print, PowerPoint export): the built-in datasets
// shipped in assets/datasets (made by scripts/buildDatasets.ts from verified rows only) and the
// open deck's own datasets.
import builtinFile from '../../assets/datasets/builtin.json' with { type: 'json' };
import type { Dataset, Deck } from '../deck/schema';
import { DatasetSchema } from '../deck/schema';
import { own } from '../ids';

let cache: Dataset[] | null = null;

/** The built-in datasets, validated once against the deck's Dataset schema. */
export function builtinDatasets(): Dataset[] {
  if (!cache) cache = DatasetSchema.array().parse((builtinFile as { datasets: unknown }).datasets);
  return cache;
}

/** A deck dataset by id, else a built-in one (deck datasets win so a deck can override). */
export function findDataset(id: string, deck: Deck | null | undefined): Dataset | undefined {
  return own(deck?.datasets, id) ?? builtinDatasets().find((d) => d.id === id);
}

export function isBuiltinDataset(id: string): boolean {
  return builtinDatasets().some((d) => d.id === id);
}
