// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';
import { BRIEFING_THEME } from '../../../shared/theme';
import type { WidgetOf } from '../../../shared/widgets';
import { mapDefinition } from '../../../shared/widgets/map/definition';
import { findDataset } from '../../../shared/data/datasets';
import { MAP_PRESETS, type MapProps } from '../../../shared/widgets/map/schema';
import { createReadinessTracker, ReadinessContext } from '../../../renderer/widgets/readiness';
import { mapWidget } from '../../../renderer/widgets/map';
import type { RenderMode } from '../../../renderer/widgets/types';

const PARTNERS: MapProps['countries'] = ['840', '392', '410', '158', '036'].map((id) => ({ id, role: 'partner' as const, label: null }));

function mapDeck(props: Partial<MapProps>): { deck: Deck; widget: WidgetOf<'map'> } {
  const deck = ops.createDeck('Maps');
  const slideId = ops.addSlide(deck, 'oneLarge', 1, 'Map');
  const id = ops.insertWidget(deck, slideId, 'main', 'map')!;
  ops.updateWidget(deck, id, (w) => {
    if (w.kind === 'map') Object.assign(w.props, props);
  });
  return { deck, widget: deck.widgets[id] as WidgetOf<'map'> };
}

function renderMap(deck: Deck, widget: WidgetOf<'map'>, mode: RenderMode = 'static') {
  const tracker = createReadinessTracker();
  const utils = render(
    <ReadinessContext.Provider value={tracker}>
      <mapWidget.View widget={widget} deck={deck} theme={BRIEFING_THEME} width={1728} height={760} mode={mode} audience="page" readyKey="k" readyLabel="Slide 2, map widget" />
    </ReadinessContext.Provider>,
  );
  return { ...utils, tracker };
}

afterEach(cleanup);

describe('map View (static SVG)', { timeout: 30000 }, () => {
  it('draws country paths in role colours and labels as SVG text once geometry loads', async () => {
    const { deck, widget } = mapDeck({
      title: 'Partners',
      bounds: [...MAP_PRESETS.indoPacific.bounds],
      countries: [...PARTNERS, { id: '156', role: 'competitor', label: 'PRC' }],
    });
    const { container, tracker } = renderMap(deck, widget);
    expect(tracker.pending().map((p) => p.label)).toEqual(['Slide 2, map widget']);
    await waitFor(() => expect(container.querySelector('svg.map-static')?.getAttribute('data-ready')).toBe('true'), { timeout: 15000 });
    // Readiness is reported from an effect right after the drawing commits.
    await waitFor(() => expect(tracker.pending()).toEqual([]));
    const svg = container.querySelector('svg.map-static')!;
    expect(svg.getAttribute('data-detail')).toBe('110m');
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(50);
    expect(svg.querySelector('path[data-id="158"]')?.getAttribute('fill')).toBe(BRIEFING_THEME.colors.roles.partner);
    expect(svg.querySelector('path[data-id="156"]')?.getAttribute('fill')).toBe(BRIEFING_THEME.colors.roles.competitor);
    expect(svg.querySelector('path[data-id="356"]')?.getAttribute('fill')).toBe(BRIEFING_THEME.colors.land); // India: not picked
    expect(svg.querySelector('path[data-id="076"]')).toBeNull(); // Brazil: outside the frame, clipped away
    const labels = [...svg.querySelectorAll('text.map-label')].map((t) => t.textContent);
    expect(labels.sort()).toEqual(['Australia', 'Japan', 'PRC', 'South Korea', 'Taiwan', 'United States']);
    expect(container.querySelector('.map-title')?.textContent).toBe('Partners');
    expect([...container.querySelectorAll('.map-legend-item')].map((e) => e.textContent)).toEqual(['Partner', 'Competitor']);
    // No WebGL outside mode 'live'.
    expect(container.querySelector('canvas')).toBeNull();
  });

  it('uses the deck display name and hides labels when asked', async () => {
    const { deck, widget } = mapDeck({ bounds: [...MAP_PRESETS.eastAsia.bounds], countries: PARTNERS });
    deck.meta.countryNames['158'] = 'Chinese Taipei';
    const { container, rerender } = renderMap(deck, widget);
    await waitFor(() => expect(container.querySelector('svg.map-static')?.getAttribute('data-ready')).toBe('true'), { timeout: 15000 });
    expect([...container.querySelectorAll('text.map-label')].map((t) => t.textContent)).toContain('Chinese Taipei');
    const hidden = { ...widget, props: { ...widget.props, showLabels: false } };
    rerender(<mapWidget.View widget={hidden} deck={deck} theme={BRIEFING_THEME} width={1728} height={760} mode="print" audience="page" readyKey="k2" readyLabel="x" />);
    expect(container.querySelectorAll('text.map-label')).toHaveLength(0);
  });

  it('loads 50m geometry for a zoomed-in frame', async () => {
    const { deck, widget } = mapDeck({ bounds: [...MAP_PRESETS.taiwanStrait.bounds], countries: PARTNERS });
    const { container } = renderMap(deck, widget, 'print');
    await waitFor(() => expect(container.querySelector('svg.map-static')?.getAttribute('data-ready')).toBe('true'), { timeout: 15000 });
    expect(container.querySelector('svg.map-static')?.getAttribute('data-detail')).toBe('50m');
    expect(container.querySelector('path[data-id="158"]')).not.toBeNull();
  });

  it('shades a choropleth from a built-in dataset with a ramp legend', async () => {
    const { deck, widget } = mapDeck({
      bounds: [...MAP_PRESETS.world.bounds],
      mode: 'choropleth',
      choropleth: { datasetId: 'rare_earths_production_2024_mcs2025', column: 'tonnes' },
    });
    const { container } = renderMap(deck, widget);
    await waitFor(() => expect(container.querySelector('svg.map-static')?.getAttribute('data-ready')).toBe('true'), { timeout: 15000 });
    expect(container.querySelector('path[data-id="156"]')?.getAttribute('fill')).toBe(BRIEFING_THEME.colors.accent); // China: the maximum
    expect(container.querySelector('path[data-id="076"]')?.getAttribute('fill')).not.toBe(BRIEFING_THEME.colors.land); // Brazil: 20 t
    expect(container.querySelector('path[data-id="250"]')?.getAttribute('fill')).toBe(BRIEFING_THEME.colors.land); // France: no data
    const legend = container.querySelector('.map-legend-ramp')!;
    expect(legend.textContent).toContain('270,000');
    expect(legend.textContent).toContain('No data');
  });

  it('describes itself for alt text', () => {
    const { deck, widget } = mapDeck({
      bounds: [...MAP_PRESETS.indoPacific.bounds],
      countries: [...PARTNERS, { id: '156', role: 'competitor', label: null }],
    });
    expect(mapDefinition.describe(widget, { deck, findDataset: (id) => findDataset(id, deck) })).toBe(
      'Map of the Indo-Pacific highlighting United States, Japan, South Korea, Taiwan and Australia (partners) and China (competitor)',
    );
  });
});
