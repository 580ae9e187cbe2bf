// The image widget's inspector: choose a picture (a file picker; dropping a file on the slot
// or pasting one does the same), keep the original size if wanted, fit and focal point, caption.
import { useId, useState } from 'react';
import { widgetSlotSize } from '../../../shared/deck/placement';
import { addMissingAssets } from '../../../shared/deck/paste';
import { findAsset } from '../../../shared/widgets/image/assets';
import type { InspectorProps } from '../types';
import { pictureAsset } from '../../pictures/pictureFile';

export function ImageInspector({ widget, deck, update, editDeck }: InspectorProps<'image'>) {
  const p = widget.props;
  const asset = findAsset(deck, p.assetId);
  const [keepOriginal, setKeepOriginal] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fileId = useId();
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const r = await pictureAsset({ file, name: file.name, slot: widgetSlotSize(deck, widget.id), keepOriginal });
    if (!r.ok) return setMessage(r.error.message);
    setMessage(null);
    editDeck('Choose picture', (d) => {
      addMissingAssets(d, [r.data]);
      const w = d.widgets[widget.id];
      if (w?.kind === 'image') w.props.assetId = r.data.id;
    });
  };
  return (
    <div className="inspector-fields">
      <label htmlFor={fileId}>
        {asset ? `Picture: ${asset.name}` : 'Picture'}
        <input id={fileId} type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/svg+xml" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {message && (
        <p role="alert" className="inspector-alert">
          {message}
        </p>
      )}
      <label className="check">
        <input type="checkbox" checked={keepOriginal} onChange={(e) => setKeepOriginal(e.target.checked)} />
        Keep the original size (a larger deck file)
      </label>
      <label>
        Fit
        <select value={p.fit} onChange={(e) => {
            const fit = e.target.value as typeof p.fit;
            update('Change fit', (w) => void (w.props.fit = fit));
          }}>
          <option value="contain">Show all of it</option>
          <option value="cover">Fill the slot (crop)</option>
        </select>
      </label>
      {p.fit === 'cover' && (
        <>
          <label>
            Focal point across (%)
            <input type="number" min={0} max={100} value={Math.round(p.focus.x * 100)} onChange={(e) => {
                const x = Math.min(1, Math.max(0, Number(e.target.value) / 100));
                update('Move focal point', (w) => void (w.props.focus = { ...w.props.focus, x }), `image.focus.${widget.id}`);
              }} />
          </label>
          <label>
            Focal point down (%)
            <input type="number" min={0} max={100} value={Math.round(p.focus.y * 100)} onChange={(e) => {
                const y = Math.min(1, Math.max(0, Number(e.target.value) / 100));
                update('Move focal point', (w) => void (w.props.focus = { ...w.props.focus, y }), `image.focus.${widget.id}`);
              }} />
          </label>
        </>
      )}
      <label>
        Caption
        <input value={p.caption} onChange={(e) => {
            const v = e.target.value;
            update('Edit caption', (w) => void (w.props.caption = v), `image.caption.${widget.id}`);
          }} />
      </label>
    </div>
  );
}
