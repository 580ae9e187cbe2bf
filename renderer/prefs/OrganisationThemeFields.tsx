// The organisation theme in Preferences: name, fonts (bundled or installed here), the palette
// (maps' and charts' partner / focus / competitor / neutral colours included) with the colour
// checks' warnings beside each colour, the slide number's corner, and a logo picture (checked
// like an image widget's: renderer/pictures) shown on title slides and optionally in a corner
// of every slide. Decks copy it when they choose it in the Deck tab.
import { useId, useMemo, useState } from 'react';
import { parseRequired } from '../../shared/fieldParsers';
import { themeWarnings } from '../../shared/themes/colorChecks';
import type { PreferencesOrganisationTheme } from '../../shared/themes/deckTheme';
import { organisationTheme, PALETTE_KEYS, paletteKeyOf, starterOrganisationTheme, type PaletteKey } from '../../shared/themes/organisation';
import { LOGO } from '../../shared/layouts/slideChrome';
import { pictureAsset } from '../pictures/pictureFile';
import { CommittedField } from '../ui/CommittedField';
import { BUNDLED_FONTS, installedFonts } from './installedFonts';
import { ThemeColourField } from './ThemeColourField';
import { LogoPreview } from './LogoPreview';

type Org = PreferencesOrganisationTheme;

const PALETTE_LABELS: Record<PaletteKey, string> = {
  background: 'Background',
  text: 'Text',
  muted: 'Secondary text',
  accent: 'Accent',
  titles: 'Titles',
  partner: 'Partner',
  focus: 'Focus',
  competitor: 'Competitor',
  neutral: 'Neutral (other countries)',
};

const CORNER_NAMES = { 'bottom-left': 'Bottom left', 'bottom-right': 'Bottom right', 'bottom-center': 'Bottom centre' } as const;

interface Props {
  value: Org | null;
  onChange: (next: Org | null) => void;
  /** A field's reason it cannot be used, or null again once it can (the dialog holds Save). */
  onValidityChange: (field: string, message: string | null) => void;
}

export function OrganisationThemeFields({ value, onChange, onValidityChange }: Props) {
  if (!value) {
    return (
      <fieldset data-testid="org-theme">
        <legend>Organisation theme</legend>
        <p className="muted small">Your office’s fonts, colours and logo as a theme any deck can choose in its Deck tab.</p>
        <button type="button" onClick={() => onChange({ ...starterOrganisationTheme(), logo: null })}>
          Set up an organisation theme
        </button>
      </fieldset>
    );
  }
  return <OrganisationThemeEditor value={value} onChange={onChange} onValidityChange={onValidityChange} />;
}

function OrganisationThemeEditor({ value, onChange, onValidityChange }: Props & { value: Org }) {
  const set = (patch: Partial<Org>) => onChange({ ...value, ...patch });
  const [logoMessage, setLogoMessage] = useState<string | null>(null);
  const logoId = useId();
  const warnings = useMemo(() => {
    // Each warning is shown beside the palette fields its colours come from, named as they are.
    const names = Object.fromEntries(THEME_PATHS.map((path) => [path, PALETTE_LABELS[paletteKeyOf(path)!] ?? 'Land (made from the background)']));
    const out = new Map<PaletteKey, string[]>();
    for (const w of themeWarnings(organisationTheme(value), names)) {
      for (const key of new Set(w.keys.map(paletteKeyOf))) if (key) out.set(key, [...(out.get(key) ?? []), w.message]);
    }
    return out;
  }, [value]);
  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    const r = await pictureAsset({ file, name: file.name, slot: { width: LOGO.hero.w, height: LOGO.hero.h } });
    if (!r.ok) return setLogoMessage(r.error.message);
    setLogoMessage(null);
    set({ logo: r.data });
  };
  const fonts = installedFonts();
  const fontSelect = (role: 'text' | 'quotes', label: string) => (
    <label>
      {label}
      <select data-testid={`org-font-${role}`} value={value.fonts[role]} onChange={(e) => set({ fonts: { ...value.fonts, [role]: e.target.value } })}>
        <optgroup label="Bundled (the same on every computer)">
          {BUNDLED_FONTS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </optgroup>
        <optgroup label="Installed on this computer">
          {fonts.map((f) => (
            <option key={f}>{f}</option>
          ))}
          {![...BUNDLED_FONTS, ...fonts].includes(value.fonts[role]) && <option value={value.fonts[role]}>{value.fonts[role]} (not installed here)</option>}
        </optgroup>
      </select>
    </label>
  );
  return (
    <fieldset data-testid="org-theme" className="org-theme">
      <legend>Organisation theme</legend>
      <CommittedField label="Theme name" data-testid="org-name" value={value.name} maxLength={80} parse={parseRequired('The theme’s name')} onCommit={(name) => set({ name })} onValidityChange={(m) => onValidityChange('name', m)} />
      {fontSelect('text', 'Font for titles and text')}
      {fontSelect('quotes', 'Font for quotations')}
      <p className="muted small">An installed font is embedded in PDFs; a PowerPoint file names it, and a computer without it shows a similar one.</p>
      <div className="org-palette">
        {PALETTE_KEYS.map((k) => (
          <ThemeColourField
            key={k}
            testId={`org-colour-${k}`}
            label={PALETTE_LABELS[k]}
            value={value.palette[k]}
            warnings={warnings.get(k) ?? []}
            onCommit={(hex) => set({ palette: { ...value.palette, [k]: hex } })}
            onValidityChange={(m) => onValidityChange(`colour.${k}`, m)}
          />
        ))}
      </div>
      <label>
        Slide numbers
        <select data-testid="org-slide-number" value={value.slideNumber} onChange={(e) => set({ slideNumber: e.target.value as Org['slideNumber'] })}>
          {(Object.keys(CORNER_NAMES) as Org['slideNumber'][]).map((c) => (
            <option key={c} value={c} disabled={c === value.logoCorner}>
              {CORNER_NAMES[c]}
              {c === value.logoCorner ? ' (the logo is there)' : ''}
            </option>
          ))}
        </select>
      </label>
      <div className="org-logo">
        <label htmlFor={logoId}>Logo (PNG, JPEG, WebP, GIF or SVG): on title slides</label>
        <input id={logoId} data-testid="org-logo-file" type="file" accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml" onChange={(e) => void chooseLogo(e.target.files?.[0])} />
        {logoMessage && (
          <p role="alert" className="field-error">
            {logoMessage}
          </p>
        )}
        {value.logo && (
          <div className="org-logo-current">
            <LogoPreview asset={value.logo} background={value.palette.background} />
            <span className="small">{value.logo.name}</span>
            <button type="button" onClick={() => set({ logo: null })}>
              Remove logo
            </button>
          </div>
        )}
      </div>
      <label>
        Logo on every slide too
        <select data-testid="org-logo-corner" value={value.logoCorner ?? ''} onChange={(e) => set({ logoCorner: e.target.value === '' ? null : (e.target.value as NonNullable<Org['logoCorner']>) })}>
          <option value="">No, title slides only</option>
          {(['bottom-left', 'bottom-right'] as const).map((c) => (
            <option key={c} value={c} disabled={c === value.slideNumber}>
              {CORNER_NAMES[c]}
              {c === value.slideNumber ? ' (slide numbers are there)' : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="org-remove" onClick={() => onChange(null)}>
        Remove the organisation theme
      </button>
    </fieldset>
  );
}

/** The theme paths the colour checks name (shared/themes/colorChecks.ts). */
const THEME_PATHS: readonly string[] = ['background', 'text', 'muted', 'accent', 'titleBand', 'roles.partner', 'roles.focus', 'roles.competitor', 'roles.other', 'land', 'series.0', 'series.1', 'series.2', 'series.3'];
