// Map widget: TEMPORARY minimal module so the registry compiles; being replaced by the
// full implementation (View, Inspector) in this folder.
import type { WidgetModule, WidgetViewProps } from '../types';
import { useWidgetReady } from '../../slide/readiness';

function View(props: WidgetViewProps<'map'>) {
  useWidgetReady(props.readyKey, props.readyLabel, true);
  return <div style={{ width: props.width, height: props.height }}>{'map'}</div>;
}

export const mapWidget: WidgetModule<'map'> = {
  kind: 'map',
  name: 'Map',
  description: 'Map',
  icon: null,
  View,
  Inspector: () => null,
  describe: () => 'Map',
};
