// Builds shared/countries.json (the country registry's data) from i18n-iso-countries
// codes.json + English names, world-atlas feature ids and the team's country-facts capitals.
// Run: npx tsx scripts/generateCountries.ts [path/to/indicators.json]. The output is committed,
// so the renderer bundle never carries the whole i18n package. tests/unit/countries checks
// that the committed file still matches what this script produces.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCountryTable, type CountrySources } from './countryTable';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const indicatorsPath = process.argv[2] ?? resolve(root, '../shared/data/indicators.json');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function loadCountrySources(indicators: string): CountrySources {
  const nm = (p: string) => resolve(root, 'node_modules', p);
  return {
    codes: readJson(nm('i18n-iso-countries/codes.json')) as CountrySources['codes'],
    english: (readJson(nm('i18n-iso-countries/langs/en.json')) as { countries: CountrySources['english'] }).countries,
    atlas110: readJson(nm('world-atlas/countries-110m.json')) as CountrySources['atlas110'],
    atlas50: readJson(nm('world-atlas/countries-50m.json')) as CountrySources['atlas50'],
    indicators: readJson(indicators) as CountrySources['indicators'],
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = buildCountryTable(loadCountrySources(indicatorsPath));
  const out = resolve(root, 'shared/countries.json');
  writeFileSync(out, `${JSON.stringify(table, null, 0).replace(/\},\{/g, '},\n{')}\n`);
  console.log(`wrote ${table.length} countries to ${out}`);
}
