// What the editor canvas's widgets measured, for the slot's overflow badge: a view drawn live
// reports its fit by widget id to the fit reports of the editor it is in (each Editor owns one,
// given to views by FitReportsContext); the slot overlay beside it reads them. Ephemeral, like
// selection: never saved, never in history. Views outside an editor (presenting, print) have
// no reports to write to and report nothing.
import { createContext, useContext, useEffect } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FitReport } from '../../../shared/widgets/autofit';
import type { RenderMode } from '../types';

export interface FitReportsState {
  byWidget: Readonly<Record<string, FitReport>>;
  /** Records a widget's fit, or forgets it (null) when its view goes. */
  put(widgetId: string, fit: FitReport | null): void;
}

export type FitReports = StoreApi<FitReportsState>;

export function createFitReports(): FitReports {
  return createStore<FitReportsState>()((set) => ({
    byWidget: {},
    put: (widgetId, fit) =>
      set((s) => {
        const next = { ...s.byWidget };
        if (fit) next[widgetId] = fit;
        else delete next[widgetId];
        return { byWidget: next };
      }),
  }));
}

/** The fit reports of the editor a view is drawn in; null outside an editor. */
export const FitReportsContext = createContext<FitReports | null>(null);

/** Views call this with their fit; only the live rendering in an editor (its canvas) reports. */
export function useReportFit(widgetId: string, mode: RenderMode, fit: FitReport): void {
  const reports = useContext(FitReportsContext);
  const { size, state, min, cut, part } = fit;
  useEffect(() => {
    if (mode !== 'live' || !reports) return undefined;
    reports.getState().put(widgetId, { size, state, min, cut, ...(part ? { part } : {}) });
    return () => reports.getState().put(widgetId, null);
  }, [reports, widgetId, mode, size, state, min, cut, part]);
}
