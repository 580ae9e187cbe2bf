// Chart widget: TEMPORARY minimal module so the registry compiles; being replaced by the
// full implementation (View, Inspector) in this folder.
import type { WidgetModule, WidgetViewProps } from '../types';
import { useWidgetReady } from '../../slide/readiness';

function View(props: WidgetViewProps<'chart'>) {
  useWidgetReady(props.readyKey, props.readyLabel, true);
  return <div style={{ width: props.width, height: props.height }}>{'chart'}</div>;
}

export const chartWidget: WidgetModule<'chart'> = {
  kind: 'chart',
  name: 'Chart',
  description: 'Chart',
  icon: null,
  View,
  Inspector: () => null,
  describe: () => 'Chart',
};
