// What the editor canvas's widgets measured, for the slot's overflow badge: a view drawn live
// reports its fit here by widget id; the slot overlay beside it reads it. Ephemeral, like
// selection: never saved, never in history.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { FitReport } from '../../../shared/widgets/autofit';
import type { RenderMode } from '../types';

export const useFitStatus = create<{ byWidget: Readonly<Record<string, FitReport>> }>(() => ({ byWidget: {} }));

function put(widgetId: string, fit: FitReport | null): void {
  useFitStatus.setState((s) => {
    const next = { ...s.byWidget };
    if (fit) next[widgetId] = fit;
    else delete next[widgetId];
    return { byWidget: next };
  });
}

/** Views call this with their fit; only the live rendering (the editor canvas) reports. */
export function useReportFit(widgetId: string, mode: RenderMode, fit: FitReport): void {
  const { size, state, min, cut, part } = fit;
  useEffect(() => {
    if (mode !== 'live') return undefined;
    put(widgetId, { size, state, min, cut, ...(part ? { part } : {}) });
    return () => put(widgetId, null);
  }, [widgetId, mode, size, state, min, cut, part]);
}
