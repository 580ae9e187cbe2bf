// recharts (with its d3 and redux dependencies) is a third of the app's JavaScript and only
// chart slides need it, so ChartView is its own chunk. Presenting and printing load it before
// the first slide renders (preloadWidgetCode) so no chart ever shows a placeholder there; the
// editor starts loading it at once and fills chart slots a moment later.
import { useEffect, useState, type ComponentType } from 'react';
import { useWidgetReady } from '../readiness';
import type { WidgetViewProps } from '../types';

type View = ComponentType<WidgetViewProps<'chart'>>;

// Module cache, safe to share: the loaded chart code is the same for every deck and window.
let loaded: View | null = null;
// The one import of that code under way (module cache, as above).
let loading: Promise<View> | null = null;

export function loadChartView(): Promise<View> {
  loading ??= import('./ChartView').then((m) => {
    loaded = m.ChartView;
    return m.ChartView;
  });
  return loading;
}

export function LazyChartView(props: WidgetViewProps<'chart'>) {
  const [View, setView] = useState<View | null>(() => loaded);
  // Until the code is here the slide is not ready to print (a distinct key, so the real
  // view's own readiness is tracked on its own once it mounts).
  useWidgetReady(`${props.readyKey}:code`, props.readyLabel, View !== null);
  useEffect(() => {
    if (View) return undefined;
    let live = true;
    loadChartView().then(
      (v) => live && setView(() => v),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [View]);
  if (!View) return <div className="chart-loading" style={{ width: props.width, height: props.height }} aria-busy="true" />;
  return <View {...props} />;
}
