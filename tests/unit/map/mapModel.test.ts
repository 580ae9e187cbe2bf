import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import type { Dataset } from '../../../shared/deck/schema';
import { layoutLabels } from '../../../shared/geo/labelLayout';
import { BRIEFING_THEME } from '../../../shared/theme';
import { describeMap, framePhrase } from '../../../shared/widgets/map/describe';
import { toggleCountry } from '../../../shared/widgets/map/edits';
import { choroplethValues, mapPaint, mixColor } from '../../../shared/widgets/map/paint';
import { MAP_PRESETS, defaultMapProps, type MapProps } from '../../../shared/widgets/map/schema';
import { mapEditHandlers } from '../../../renderer/widgets/map/MapEditContext';
import { updateWidgetCommand } from '../../../renderer/editor/WidgetPanel';
import { createTestEditor } from '../support/testEditor';

const deck = { meta: { countryNames: {} as Record<string, string>, language: 'en-US' } };
const props = (p: Partial<MapProps>): MapProps => ({ ...defaultMapProps(), ...p });

const dataset: Dataset = {
  id: 'd',
  title: 'Output',
  unit: 't',
  year: '2024',
  source: { publisher: 'USGS', title: 'MCS', year: 2025, url: null, accessed: null, note: null },
  columns: [
    { key: 'name', label: 'Country', type: 'string' },
    { key: 'v', label: 'Output', type: 'number' },
  ],
  rows: [
    { name: 'China', v: 100 },
    { name: 'AU', v: 50 },
    { name: 'World', v: 999 },
    { name: 'JPN', v: null },
  ],
};

describe('map paint', () => {
  it('colours roles from the theme and lists the roles used in the legend', () => {
    const p = mapPaint(props({ countries: [{ id: '158', role: 'partner', label: null }, { id: '156', role: 'competitor', label: null }] }), BRIEFING_THEME, deck, undefined);
    expect(p.fills.get('158')).toBe(BRIEFING_THEME.colors.roles.partner);
    expect(p.legend).toMatchObject({ kind: 'roles', items: [{ role: 'partner' }, { role: 'competitor' }] });
    expect(p.labels).toEqual([
      { id: '158', text: 'Taiwan' },
      { id: '156', text: 'China' },
    ]);
  });

  it('matches dataset rows to countries by code or name and skips totals', () => {
    expect([...choroplethValues(dataset, 'v')]).toEqual([
      ['156', 100],
      ['036', 50],
    ]);
    const p = mapPaint(props({ mode: 'choropleth', choropleth: { datasetId: 'd', column: 'v' } }), BRIEFING_THEME, deck, dataset);
    expect(p.fills.get('156')).toBe(BRIEFING_THEME.colors.accent);
    expect(p.legend).toMatchObject({ kind: 'ramp', min: 0, max: 100, title: 'Output (t)' });
  });

  it('says what is missing instead of drawing a silent blank', () => {
    const p = mapPaint(props({ mode: 'choropleth', choropleth: { datasetId: 'gone', column: 'v' } }), BRIEFING_THEME, deck, undefined);
    expect(p.legend).toEqual({ kind: 'message', text: 'Dataset “gone” was not found in this deck or the built-in data.' });
  });

  it('mixes colours linearly', () => {
    expect(mixColor('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColor('#102030', '#ffffff', 0)).toBe('#102030');
  });
});

describe('map alt text', () => {
  it('names presets and groups countries by role', () => {
    expect(describeMap(props({ bounds: [...MAP_PRESETS.world.bounds], countries: [{ id: '392', role: 'focus', label: null }] }), deck)).toBe(
      'Map of the world highlighting Japan (focus)',
    );
    expect(framePhrase([118, 20, 124, 28])).toBe('the area around 24°N 121°E');
    expect(framePhrase([-100, 10, -60, 40])).toBe('the area around 25°N 80°W');
    expect(describeMap(props({ mode: 'choropleth', choropleth: { datasetId: 'd', column: 'v' } }), deck, dataset)).toBe(
      'Map of the Indo-Pacific shading countries by Output (Output)',
    );
  });
});

describe('label layout', () => {
  it('moves a label that would overlap one already placed', () => {
    const placed = layoutLabels(
      [
        { id: 'a', text: 'South Korea', x: 500, y: 300, priority: 1 },
        { id: 'b', text: 'Japan', x: 520, y: 300, priority: 2 },
      ],
      20,
      { width: 1000, height: 600 },
    );
    expect(placed[0]).toMatchObject({ id: 'a', x: 500, y: 300 });
    expect(placed[1]!.x === 520 && placed[1]!.y === 300).toBe(false);
  });

  it('keeps labels inside the frame', () => {
    const [l] = layoutLabels([{ id: 'a', text: 'United States', x: 995, y: 2, priority: 1 }], 20, { width: 1000, height: 600 });
    expect(l!.x + (13 * 20 * 0.56) / 2).toBeLessThanOrEqual(1000);
    expect(l!.y).toBeGreaterThan(5);
  });
});

describe('live map edits through the document', () => {
  it('stores panned bounds as one coalesced undo step and toggles clicked countries', () => {
    const d = ops.createDeck('Maps');
    const slideId = ops.addSlide(d, 'oneLarge', 1, 'Map');
    const id = ops.insertWidget(d, slideId, 'main', 'map')!;
    const editor = createTestEditor(d);
    const h = mapEditHandlers({ update: (wid, label, change, key) => updateWidgetCommand(editor, wid)(label, change, key) });
    h.onBoundsChange(id, [100, 0, 140, 30]);
    h.onBoundsChange(id, [101, 0, 141, 30]);
    h.onCountryToggle(id, '158');
    const w = editor.current.widgets[id]!;
    expect(w.kind === 'map' && w.props.bounds).toEqual([101, 0, 141, 30]);
    expect(w.kind === 'map' && w.props.countries).toEqual([{ id: '158', role: 'partner', label: null }]);
    expect(editor.document.getState().undoStack.map((s) => s.label)).toEqual(['Move map', 'Toggle country']);
    const p = props({ countries: [{ id: '158', role: 'partner', label: null }] });
    toggleCountry(p, '158');
    expect(p.countries).toEqual([]);
  });
});
