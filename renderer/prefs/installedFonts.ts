// Font families the organisation theme can use: the bundled ones (the same on every computer,
// and embedded in PDFs) and common families found installed on this one. A web page cannot list
// installed fonts without a permission the app never grants, so each candidate is measured
// against the generic fallbacks: a family that changes the width is there.

/** Bundled with Briefdeck (@fontsource, renderer/main.tsx). */
export const BUNDLED_FONTS = ['Inter', 'Source Serif 4'] as const;

const CANDIDATES: readonly string[] = [
  'Aptos', 'Arial', 'Calibri', 'Cambria', 'Candara', 'Century Gothic', 'Constantia', 'Corbel', 'DejaVu Sans', 'DejaVu Serif',
  'Frutiger', 'Futura', 'Garamond', 'Georgia', 'Gill Sans', 'Helvetica', 'Helvetica Neue', 'Lato', 'Liberation Sans',
  'Liberation Serif', 'Lucida Sans', 'Montserrat', 'Noto Sans', 'Noto Serif', 'Open Sans', 'Palatino Linotype', 'Roboto',
  'Segoe UI', 'Source Sans 3', 'Tahoma', 'Times New Roman', 'Trebuchet MS', 'Verdana',
];

const SAMPLE = 'mmmmmmmmmmlli WQ 0123456789';
const GENERICS = ['monospace', 'serif', 'sans-serif'] as const;

// Module cache, safe to share: the computer's installed fonts are the same for every deck and window.
let found: string[] | null = null;

/** Installed families among the common ones, alphabetical (measured once per session). */
export function installedFonts(): string[] {
  if (found) return found;
  const g = document.createElement('canvas').getContext('2d');
  if (!g) return (found = []);
  const width = (font: string) => {
    g.font = `72px ${font}`;
    return g.measureText(SAMPLE).width;
  };
  const base = GENERICS.map((f) => width(f));
  found = CANDIDATES.filter((family) => GENERICS.some((generic, i) => width(`'${family}', ${generic}`) !== base[i]));
  return found;
}
