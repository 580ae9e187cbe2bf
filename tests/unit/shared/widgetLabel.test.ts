import { describe, expect, it } from 'vitest';
import { defaultWidget } from '../../../shared/widgets';
import { widgetLabel } from '../../../shared/widgets/label';

describe('widgets named in plain words', () => {
  it('uses the words an author recognises', () => {
    const text = defaultWidget('text', 'w1');
    if (text.kind !== 'text') throw new Error('kind');
    text.props.heading = 'So what';
    expect(widgetLabel(text)).toBe('the text “So what”');
    text.props.heading = '';
    text.props.bullets = ['', '**Bold** start of a very long bullet that goes on and on'];
    expect(widgetLabel(text)).toBe('the text “Bold start of a very long bullet that…”');
    const kf = defaultWidget('keyFigure', 'w2');
    if (kf.kind !== 'keyFigure') throw new Error('kind');
    kf.props = { ...kf.props, value: '63', unit: '%', label: 'of rare earths mined in China' };
    expect(widgetLabel(kf)).toBe('the key figure “63 % of rare earths mined in China”');
    const map = defaultWidget('map', 'w3');
    expect(widgetLabel(map)).toBe('the map');
  });
});
