// Text widget: a heading and bullets with **bold** and _italic_ markers.
// Use it for the narrative point, a timeline or the takeaway.
import { textPropsFromPlainText } from '../../../shared/widgets/text/fromPlainText';
import { useRef } from 'react';
import { cutCount, TEXT_FIT } from '../../../shared/widgets/autofit';
import { useWidgetReady } from '../readiness';
import { useReportFit } from '../fit/fitStatus';
import { fitAttributes, useAutofit } from '../fit/useAutofit';
import type { InPlaceField, InspectorProps, WidgetModule, WidgetViewProps } from '../types';
import { renderInline } from './inline';

/** "2 of 6 bullets are cut off": items whose last line is below the box. */
function describeTextCut(box: HTMLElement): string {
  const items = [...box.querySelectorAll<HTMLElement>('[data-item]')];
  const hidden = items.filter((el) => el.offsetTop + el.offsetHeight > box.clientHeight + 1).length;
  return cutCount(hidden, items.length, box.dataset.bulleted === 'true' ? 'bullet' : 'paragraph');
}

function View({ widget, theme, width, height, mode, readyKey, readyLabel }: WidgetViewProps<'text'>) {
  const { heading, bullets, bulleted } = widget.props;
  const box = useRef<HTMLDivElement>(null);
  const { fit, settled } = useAutofit(box, `${heading}|${bullets.join('\n')}|${bulleted}|${width}x${height}`, TEXT_FIT, { describeCut: describeTextCut });
  useWidgetReady(readyKey, readyLabel, settled);
  useReportFit(widget.id, mode, fit);
  return (
    <div
      ref={box}
      className="w-text"
      data-bulleted={bulleted ? 'true' : 'false'}
      {...fitAttributes(fit)}
      // Fitting measures the words a few times; containment keeps each measure to this box.
      style={{ width, height, position: 'relative', fontFamily: theme.fonts.sans, color: theme.colors.text, fontSize: fit.size, overflow: 'hidden', overflowWrap: 'anywhere', contain: 'strict' }}
    >
      {/* The slide's title is its h1 (in the editor, presenting and the tagged PDF). */}
      {heading !== '' && (
        <h2 style={{ margin: '0 0 0.5em', fontSize: '1.3em', color: theme.colors.accent, fontWeight: 700 }}>{heading}</h2>
      )}
      {bulleted ? (
        <ul style={{ margin: 0, paddingLeft: '1.2em', lineHeight: 1.35 }}>
          {bullets.map((b, i) => (
            <li key={i} data-item style={{ marginBottom: '0.4em' }}>
              {renderInline(b)}
            </li>
          ))}
        </ul>
      ) : (
        bullets.map((b, i) => (
          <p key={i} data-item style={{ margin: '0 0 0.5em', lineHeight: 1.35 }}>
            {renderInline(b)}
          </p>
        ))
      )}
    </div>
  );
}

/** The bullets, one per line: edited in the inspector and in place on the slide. */
const bulletsField: InPlaceField<'text'> = {
  name: 'Bullets',
  undoLabel: 'Edit bullets',
  coalesceKey: (id) => `text.bullets.${id}`,
  read: (w) => w.props.bullets.join('\n'),
  write: (w, text) => void (w.props.bullets = text.split('\n')),
  multiline: true,
  inlineMarks: true,
  type: { font: 'sans', size: 36 },
};

function Inspector({ widget, update }: InspectorProps<'text'>) {
  const { heading, bulleted } = widget.props;
  return (
    <div className="inspector-fields">
      <label>
        Heading
        <input
          value={heading}
          onChange={(e) => {
            const v = e.target.value;
            update('Edit heading', (w) => void (w.props.heading = v), `text.heading.${widget.id}`);
          }}
        />
      </label>
      <label>
        Bullets (one per line; **bold**, _italic_)
        <textarea
          rows={8}
          value={bulletsField.read(widget)}
          onChange={(e) => {
            const text = e.target.value;
            update(bulletsField.undoLabel, (w) => bulletsField.write(w, text), bulletsField.coalesceKey(widget.id));
          }}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={bulleted} onChange={(e) => {
            const on = e.target.checked;
            update('Toggle bullets', (w) => void (w.props.bulleted = on));
          }} />
        Show bullet markers
      </label>
    </div>
  );
}

export const textWidget: WidgetModule<'text'> = {
  kind: 'text',
  description: 'Heading and bullets',
  icon: <span aria-hidden>¶</span>,
  View,
  Inspector,
  paste: { newFromText: textPropsFromPlainText },
  editInPlace: bulletsField,
  copyText: (w) => [w.props.heading, ...w.props.bullets.map((b) => (w.props.bulleted ? `• ${b}` : b))].filter(Boolean).join('\n'),
};
