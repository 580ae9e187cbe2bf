// Draft-mutating edits of map props, shared by the inspector and the live map's clicks.
// Each runs inside one apply() recipe, so each is one undo step.
import type { CountryRole, MapProps } from './schema';

/** Role a country gets when picked by clicking the map or from the list. */
export const DEFAULT_PICK_ROLE: CountryRole = 'partner';

export function addCountry(props: MapProps, id: string, role: CountryRole = DEFAULT_PICK_ROLE): void {
  if (!props.countries.some((c) => c.id === id)) props.countries.push({ id, role, label: null });
}

export function removeCountry(props: MapProps, id: string): void {
  props.countries = props.countries.filter((c) => c.id !== id);
}

/** Add the country, or remove it if it is already picked. */
export function toggleCountry(props: MapProps, id: string): void {
  if (props.countries.some((c) => c.id === id)) removeCountry(props, id);
  else addCountry(props, id);
}

export function setCountryRole(props: MapProps, id: string, role: CountryRole): void {
  const c = props.countries.find((x) => x.id === id);
  if (c) c.role = role;
}

/** Empty or blank text clears the label (the display name is shown instead). */
export function setCountryLabel(props: MapProps, id: string, label: string): void {
  const c = props.countries.find((x) => x.id === id);
  if (c) c.label = label.trim() === '' ? null : label;
}
