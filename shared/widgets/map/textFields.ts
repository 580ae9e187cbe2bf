// The map's words for find and replace: its title and the labels written on countries.
import type { TextField, WidgetTextFields } from '../definition';
import { itemKey, parseItemKey } from '../textFields';
import type { MapProps } from './schema';

export const mapTextFields: WidgetTextFields<MapProps> = {
  read: (p) => [
    { key: 'title', label: 'Title', value: p.title },
    ...p.countries.flatMap((c, i): TextField[] => (c.label === null ? [] : [{ key: itemKey('label', i), label: `Country label ${i + 1}`, value: c.label }])),
  ],
  write: (p, key, value) => {
    if (key === 'title') return { ...p, title: value };
    const [i] = parseItemKey(key, 'label') ?? [];
    return i !== undefined && p.countries[i]?.label != null ? { ...p, countries: p.countries.map((c, j) => (j === i ? { ...c, label: value } : c)) } : p;
  },
};
