// Quote widget: an attributed statement in serif type sized to fit its slot, with the
// attribution line ("— Speaker, Role, Date · Source title") always shown.
import type { WidgetModule } from '../types';
import { QuoteInspector, quotationField } from './QuoteInspector';
import { QuoteView } from './QuoteView';

export const quoteWidget: WidgetModule<'quote'> = {
  kind: 'quote',
  description: 'An attributed quotation that fits its slot',
  icon: <span aria-hidden>“</span>,
  View: QuoteView,
  Inspector: QuoteInspector,
  editInPlace: quotationField,
};
