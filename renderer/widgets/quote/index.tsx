// Quote widget: TEMPORARY minimal module so the registry compiles; being replaced by the
// full implementation (View, Inspector) in this folder.
import type { WidgetModule, WidgetViewProps } from '../types';
import { useWidgetReady } from '../../slide/readiness';

function View(props: WidgetViewProps<'quote'>) {
  useWidgetReady(props.readyKey, props.readyLabel, true);
  return <div style={{ width: props.width, height: props.height }}>{'quote'}</div>;
}

export const quoteWidget: WidgetModule<'quote'> = {
  kind: 'quote',
  name: 'Quote',
  description: 'Quote',
  icon: null,
  View,
  Inspector: () => null,
  describe: () => 'Quote',
};
