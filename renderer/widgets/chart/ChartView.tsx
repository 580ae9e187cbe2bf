// The chart widget's View: recharts at a fixed pixel size (no ResponsiveContainer), no
// animation outside the live view, value labels with the unit, partners highlighted. Series in
// two units get a second axis; more (or different units stacked) show why instead of a chart.
import { memo, useMemo, useRef, useEffect, useState, type RefObject } from 'react';
import type { ChartProps } from '../../../shared/widgets/chart/schema';
import { planAxes, seriesUnits, type AxisPlanResult } from '../../../shared/widgets/chart/units';
import type { Theme } from '../../../shared/theme';
import { useWidgetReady } from '../readiness';
import type { WidgetViewProps } from '../types';
import { toChartData, unitSuffix, type ChartRow, type Series } from '../../../shared/widgets/chart/chartData';
import { BarOrColumn, LinePlot } from './CartesianPlots';
import { PiePlot } from './PiePlot';
import type { PlotProps, Sizes } from './plotTypes';

const DRAWN = '.recharts-bar-rectangle, .recharts-pie-sector, .recharts-line-curve';

/** True once the chart's marks are in the DOM. Measured in Chromium: recharts 3 draws its
 * marks in a second render inside the mount's effects (none exist at the first layout
 * effect; all exist at the next microtask, before the first frame), so readiness checks
 * the DOM rather than assuming the first render drew. */
function useDrawn(ref: RefObject<HTMLDivElement | null>, expectMarks: boolean, drawKey: string): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!expectMarks) {
      setDrawn(true);
      return undefined;
    }
    let frame = 0;
    let frames = 0;
    let live = true;
    const check = () => {
      if (!live) return;
      if (ref.current?.querySelector(DRAWN)) setDrawn(true);
      else if (++frames < 600) frame = requestAnimationFrame(check);
    };
    // The marks usually land within this same task (measured), so look again at the next
    // microtask before falling back to once a frame.
    if (ref.current?.querySelector(DRAWN)) setDrawn(true);
    else queueMicrotask(check);
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [ref, expectMarks, drawKey]);
  return drawn;
}

export function ChartView({ widget, deck, theme, width, height, mode, readyKey, readyLabel }: WidgetViewProps<'chart'>) {
  const ref = useRef<HTMLDivElement>(null);
  const props = widget.props;
  const data = useMemo(() => chartData(props), [props]);
  const sizes: Sizes = width < 700 ? { tick: 18, label: 19 } : { tick: 21, label: 22 };
  const titleSize = width < 700 ? 28 : 34;
  const longUnit = unitSuffix(props.unit) === '' && props.unit.trim() !== '' ? props.unit.trim() : '';
  const subtitle = [props.asOf.trim() !== '' ? `As of ${props.asOf.trim()}` : '', longUnit].filter(Boolean).join(' · ');
  const titleLines = Math.min(2, Math.ceil((props.title.trim().length * titleSize * 0.55) / Math.max(1, width)));
  const headerHeight = (props.title.trim() !== '' ? titleLines * titleSize * 1.25 + 6 : 0) + (subtitle !== '' ? sizes.label * 1.45 : 0) + 10;
  const plotHeight = Math.max(80, height - headerHeight);
  const drawn = useDrawn(ref, data.hasData && data.axes.ok, `${props.type}|${width}x${height}`);
  useWidgetReady(readyKey, readyLabel, drawn);
  const body = <ChartBody props={props} data={data} theme={theme} width={width} plotHeight={plotHeight} animate={mode === 'live'} compact={width < 700} language={deck.meta.language} />;
  return (
    <div ref={ref} className="w-chart" data-chart-type={props.type} style={{ width, height, fontFamily: theme.fonts.sans, color: theme.colors.text, overflow: 'hidden' }}>
      {props.title.trim() !== '' && (
        <div className="w-chart-title" style={{ fontSize: titleSize, fontWeight: 700, lineHeight: 1.25, maxHeight: titleSize * 1.25 * 2, overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', marginBottom: 6 }}>
          {props.title}
        </div>
      )}
      {subtitle !== '' && (
        <div className="w-chart-asof" style={{ fontSize: sizes.label, lineHeight: 1.45, color: theme.colors.muted }}>
          {subtitle}
        </div>
      )}
      <div style={{ height: 10 }} />
      {body}
    </div>
  );
}

interface ChartData {
  series: Series[];
  rows: ChartRow[];
  /** Whether there is anything to draw (a pie needs a positive value). */
  hasData: boolean;
  /** Each series' unit, and how they share value axes (or why they cannot be drawn together). */
  units: string[];
  axes: AxisPlanResult;
}

function chartData(props: ChartProps): ChartData {
  const { series, rows } = toChartData(props.table);
  const pie = props.type === 'pie' || props.type === 'donut';
  const hasData = series.length > 0 && rows.some((r) => (pie ? typeof r.s0 === 'number' && r.s0 > 0 : series.some((s) => typeof r[s.key] === 'number')));
  return { series, rows, hasData, units: seriesUnits(props), axes: planAxes(props) };
}

interface ChartBodyProps {
  props: ChartProps;
  data: ChartData;
  theme: Theme;
  width: number;
  plotHeight: number;
  animate: boolean;
  compact: boolean;
  language: string;
}

/** The recharts plot, memoised on its inputs: the view's own re-render when its marks are
 * found (readiness) must not make recharts draw the whole chart a third time. */
const ChartBody = memo(function ChartBody({ props, data, theme, width, plotHeight, animate, compact, language }: ChartBodyProps) {
  const { series, rows, hasData, units, axes } = data;
  const sizes: Sizes = compact ? { tick: 18, label: 19 } : { tick: 21, label: 22 };
  const message = { height: plotHeight, display: 'flex', alignItems: 'center', justifyContent: 'center', textAlign: 'center' as const, padding: '0 8%', color: theme.colors.muted, fontSize: sizes.label };
  if (!hasData) return <div style={message}>No data to chart</div>;
  // Never one axis for two units: the chart says why it is not drawn, where it would be.
  if (!axes.ok) {
    return (
      <div className="w-chart-refused" style={message}>
        {axes.message}
      </div>
    );
  }
  const plot: PlotProps = { props, theme, width, height: plotHeight, animate, sizes, rows, series, units, axes: axes.plan, language };
  return props.type === 'bar' ? (
    <BarOrColumn {...plot} horizontal stacked={false} />
  ) : props.type === 'column' ? (
    <BarOrColumn {...plot} horizontal={false} stacked={false} />
  ) : props.type === 'stackedColumn' ? (
    <BarOrColumn {...plot} horizontal={false} stacked />
  ) : props.type === 'line' ? (
    <LinePlot {...plot} />
  ) : (
    <PiePlot {...plot} donut={props.type === 'donut'} />
  );
});
