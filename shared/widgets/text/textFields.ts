// The text widget's words for find and replace: its heading and each bullet.
import type { WidgetTextFields } from '../definition';
import { itemKey, parseItemKey } from '../textFields';
import type { TextProps } from './schema';

export const textTextFields: WidgetTextFields<TextProps> = {
  read: (p) => [{ key: 'heading', label: 'Heading', value: p.heading }, ...p.bullets.map((b, i) => ({ key: itemKey('bullet', i), label: `Bullet ${i + 1}`, value: b }))],
  write: (p, key, value) => {
    if (key === 'heading') return { ...p, heading: value };
    const [i] = parseItemKey(key, 'bullet') ?? [];
    return i !== undefined && i < p.bullets.length ? { ...p, bullets: p.bullets.map((b, j) => (j === i ? value : b)) } : p;
  },
};
