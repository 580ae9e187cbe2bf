// What every chart plot (cartesian and pie) is drawn from: the chart's props, the rows and
// series, type sizes, and how series share value axes (shared/widgets/chart/units.ts).
import type { Theme } from '../../../shared/theme';
import type { ChartRow, Series } from '../../../shared/widgets/chart/chartData';
import type { ChartProps } from '../../../shared/widgets/chart/schema';
import type { AxisPlan } from '../../../shared/widgets/chart/units';

export interface Sizes {
  tick: number;
  label: number;
}

export interface PlotProps {
  props: ChartProps;
  theme: Theme;
  width: number;
  height: number;
  animate: boolean;
  sizes: Sizes;
  rows: ChartRow[];
  series: Series[];
  /** Each series' unit, by index. */
  units: string[];
  axes: AxisPlan;
  /** The deck's language: how values are written. */
  language: string;
}

export const MUTED_OPACITY = 0.55;
