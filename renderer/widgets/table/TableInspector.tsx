// The table inspector: its data (a built-in or deck dataset's columns, or cells pasted from a
// spreadsheet), the grid editor, title, header row, stripes and partner rows. Source and alt
// text are the common widget fields (editor/WidgetPanel.tsx).
import { useId, useState } from 'react';
import { numberColumns } from '../../../shared/data/datasetTable';
import { findDataset } from '../../../shared/data/datasets';
import { isPartnerRow, rowLabel } from '../../../shared/widgets/table/cells';
import { tableFromDatasets } from '../../../shared/widgets/table/fromDatasets';
import { DatasetOptions } from '../../ui/DatasetOptions';
import { PartnerButtons } from '../../ui/PartnerButtons';
import type { InspectorProps } from '../types';
import { GridEditor } from './GridEditor';
import { joinDatasetColumn, pasteCellsInto } from './tableData';

function DataFields({ deck, update }: InspectorProps<'table'>) {
  const [datasetId, setDatasetId] = useState('');
  const [column, setColumn] = useState('');
  const selectId = useId();
  const columnId = useId();
  const ds = datasetId ? findDataset(datasetId, deck) : undefined;
  const nums = ds ? numberColumns(ds) : [];
  const chosen = nums.find((c) => c.key === column) ?? nums[0];
  return (
    <fieldset>
      <legend>Numbers from data (sources kept)</legend>
      <label htmlFor={selectId}>Dataset</label>
      <select id={selectId} value={datasetId} onChange={(e) => setDatasetId(e.target.value)}>
        <option value="">Choose a dataset…</option>
        <DatasetOptions deck={deck} />
      </select>
      {ds && chosen && (
        <>
          <label htmlFor={columnId}>Column</label>
          <select id={columnId} value={chosen.key} onChange={(e) => setColumn(e.target.value)}>
            {nums.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
          <div className="table-grid-actions">
            <button
              type="button"
              onClick={() =>
                update('Table from data', (w) => {
                  Object.assign(w.props, { ...tableFromDatasets([{ dataset: ds, column: chosen.key }]), title: w.props.title || ds.title });
                  // The source line under the table names the data, as a chart's does.
                  w.source = { ...ds.source };
                })
              }
            >
              New table from this column
            </button>
            <button
              type="button"
              onClick={() =>
                update('Add column from data', (w) => {
                  joinDatasetColumn(w.props, ds, chosen.key);
                  w.source ??= { ...ds.source };
                })
              }
            >
              Add as a column (rows matched by country)
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}

function PasteField({ widget, editDeck }: InspectorProps<'table'>) {
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>Paste cells from a spreadsheet (or CSV text)</label>
      <textarea id={id} rows={3} value={pasted} placeholder={'Country\tReserves\nAustralia\t5700000'} onChange={(e) => setPasted(e.target.value)} />
      <button
        type="button"
        disabled={pasted.trim() === ''}
        onClick={() => {
          const r = pasteCellsInto(widget, pasted, editDeck);
          setMessage(r.ok ? { text: r.data, error: false } : { text: r.error.message, error: true });
          if (r.ok) setPasted('');
        }}
      >
        Use pasted cells
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : 'muted small'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

function PartnerRows({ widget, update }: InspectorProps<'table'>) {
  const p = widget.props;
  const set = (next: string[]) => update('Highlight partner rows', (w) => void (w.props.highlight = next));
  return (
    <fieldset>
      <legend>Partner rows (shaded, in bold)</legend>
      <PartnerButtons highlight={p.highlight} set={set} />
      {p.rows.map((row, r) => {
        const label = rowLabel(row, p.columns);
        if (label.trim() === '') return null;
        const key = row.code ?? label;
        return (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={isPartnerRow(row, p.columns, p.highlight)}
              onChange={(e) => set(e.target.checked ? [...p.highlight, key] : p.highlight.filter((h) => !isPartnerRow(row, p.columns, [h])))}
            />
            {label}
          </label>
        );
      })}
    </fieldset>
  );
}

export function TableInspector(props: InspectorProps<'table'>) {
  const { widget, update } = props;
  const p = widget.props;
  return (
    <div className="inspector-fields">
      <label>
        Title
        <input value={p.title} onChange={(e) => {
            const v = e.target.value;
            update('Edit table title', (w) => void (w.props.title = v), `table.title.${widget.id}`);
          }} />
      </label>
      <GridEditor props={p} update={update} language={props.deck.meta.language} />
      <label className="check">
        <input type="checkbox" checked={p.headerRow} onChange={(e) => {
            const on = e.target.checked;
            update('Toggle header row', (w) => void (w.props.headerRow = on));
          }} />
        Header row
      </label>
      <label className="check">
        <input type="checkbox" checked={p.striped} onChange={(e) => {
            const on = e.target.checked;
            update('Toggle stripes', (w) => void (w.props.striped = on));
          }} />
        Striped rows
      </label>
      <PartnerRows {...props} />
      <DataFields {...props} />
      <PasteField {...props} />
    </div>
  );
}
