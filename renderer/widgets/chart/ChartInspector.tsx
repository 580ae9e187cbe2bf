// The chart inspector: type, data (built-in or deck dataset, CSV import, the table in
// place), title/unit/as-of, value labels and partner highlighting. Source fields and
// "show source line" are the common widget fields (editor/WidgetPanel.tsx).
import { useEffect, useId, useRef, useState } from 'react';
import { checkCsvSize, csvTextOf } from '../../../shared/data/csvImport';
import { datasetToTable, numberColumns } from '../../../shared/data/datasetTable';
import { CHART_TYPES, type ChartType } from '../../../shared/widgets/chart/schema';
import { planAxes, unitFromHeader } from '../../../shared/widgets/chart/units';
import type { WidgetOf } from '../../../shared/widgets';
import { findDataset } from '../../../shared/data/datasets';
import { parseOptionalPositive } from '../../../shared/fieldParsers';
import { formatEditableNumber } from '../../../shared/format/localeFormat';
import { CommittedField } from '../../ui/CommittedField';
import { DatasetOptions } from '../../ui/DatasetOptions';
import { PartnerButtons } from '../../ui/PartnerButtons';
import type { EditDeck, InspectorProps } from '../types';
import { CHART_TYPE_NAMES, copyDatasetIntoChart, isHighlighted, rowCountry, toChartData } from '../../../shared/widgets/chart/chartData';
import { importTableIntoChart, PASTED_DATA } from './importData';
import { TableEditor } from './TableEditor';
import { plural } from '../../../shared/format/plural';


function DataFields({ widget, deck, update }: InspectorProps<'chart'>) {
  const p = widget.props;
  const current = p.datasetId ? findDataset(p.datasetId, deck) : undefined;
  const nums = current ? numberColumns(current) : [];
  const charted = new Set(p.table.columns.slice(1));
  return (
    <>
      <label>
        Data
        <select
          value={p.datasetId ?? ''}
          onChange={(e) => {
            const ds = findDataset(e.target.value, deck);
            if (ds) update('Use dataset', (w) => copyDatasetIntoChart(w, ds));
            else update('Use own table', (w) => void (w.props.datasetId = null));
          }}
        >
          <option value="">Own table (typed in)</option>
          <DatasetOptions deck={deck} />
        </select>
      </label>
      {current && nums.length > 1 && (
        <fieldset>
          <legend>Columns to chart</legend>
          {nums.map((c) => (
            <label key={c.key} className="check">
              <input
                type="checkbox"
                checked={charted.has(c.label)}
                onChange={(e) => {
                  const keys = nums.filter((n) => (n.key === c.key ? e.target.checked : charted.has(n.label))).map((n) => n.key);
                  if (keys.length === 0) return;
                  update('Choose chart columns', (w) => {
                    w.props.table = datasetToTable(current, { valueColumns: keys });
                    // The unit follows the first column charted (a share column is in %, not tonnes).
                    w.props.unit = unitFromHeader(w.props.table.columns[1] ?? '') ?? current.unit;
                  });
                }}
              />
              {c.label}
            </label>
          ))}
        </fieldset>
      )}
      <AxesNote props={p} />
      {current?.source.note && (
        <details>
          <summary style={{ fontSize: 12 }}>About this data (caveats)</summary>
          <p className="muted" style={{ fontSize: 12, margin: 0 }}>
            {current.source.note}
          </p>
        </details>
      )}
    </>
  );
}

/** Says how series in different units are drawn, or why they cannot be (the chart says so too). */
function AxesNote({ props }: { props: WidgetOf<'chart'>['props'] }) {
  const axes = planAxes(props);
  if (!axes.ok) {
    return (
      <p role="alert" className="field-error" data-testid="chart-axes-note">
        {axes.message}
      </p>
    );
  }
  const { primary, secondary } = axes.plan;
  if (!secondary) return null;
  const side = props.type === 'bar' ? ['bottom', 'top'] : ['left', 'right'];
  return (
    <p className="muted small" data-testid="chart-axes-note">
      Two units: {primary.unit || 'no unit'} on the {side[0]} axis, {secondary.unit || 'no unit'} on the {side[1]} axis.
      {props.valueMax !== null && ` The value axis maximum applies to the ${side[0]} axis.`}
    </p>
  );
}

/** The Unit field gives way to units that column headers name: say so, so a typed unit that
 * does not show on the chart is explained where it was typed. */
function UnitNote({ props }: { props: WidgetOf<'chart'>['props'] }) {
  const own = props.unit.trim();
  const named = [...new Set(props.table.columns.slice(1).map(unitFromHeader))].filter((u): u is string => u !== null && u !== own);
  if (named.length === 0) return null;
  return (
    <p className="muted small" data-testid="chart-unit-note">
      Columns whose header names a unit use it ({named.join(', ')}); this unit is for the others.
    </p>
  );
}

/** CSV file or pasted cells -> deck dataset (one undo step with the chart change), or a
 * message naming row and column. Cells copied from a spreadsheet paste as tab-separated text. */
function CsvImportField({ widget, editDeck, language }: { widget: WidgetOf<'chart'>; editDeck: EditDeck; language: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState('');
  const inputId = useId();
  const pasteId = useId();
  // The file input is disabled while its file is read, and "Use pasted data" once its cells are
  // used: either would drop keyboard focus to the page. It goes back to the field it came from.
  const fileRef = useRef<HTMLInputElement>(null);
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const refocusFile = useRef(false);
  useEffect(() => {
    if (busy || !refocusFile.current) return;
    refocusFile.current = false;
    fileRef.current?.focus();
  }, [busy]);
  /** Imports `text`; true when it became the chart's data. */
  const importText = (text: string, name: string, bytes: number): boolean => {
    const result = importTableIntoChart(editDeck, widget.id, text, name, bytes, language);
    if (!result.ok) setError(result.error.message);
    return result.ok;
  };
  // Reading the file is asynchronous; every failure ends as a message under the field.
  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    const size = checkCsvSize(file.size, file.name);
    if (!size.ok) {
      setError(size.error.message);
      input.value = '';
      return;
    }
    refocusFile.current = document.activeElement === input;
    setBusy(true);
    try {
      const text = csvTextOf(new Uint8Array(await file.arrayBuffer()), file.name);
      if (text.ok) importText(text.data, file.name, file.size);
      else setError(text.error.message);
    } catch (err) {
      setError(`“${file.name}” could not be read: ${(err as Error).message}. Check the file and try again.`);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };
  return (
    <div>
      <label htmlFor={inputId}>Import CSV (first column labels, then numbers)</label>
      <input
        ref={fileRef}
        id={inputId}
        type="file"
        accept=".csv,.tsv,.txt,text/csv"
        disabled={busy}
        onChange={(e) => void importFile(e.currentTarget)}
      />
      <label htmlFor={pasteId} style={{ marginTop: 6 }}>
        Or paste cells from a spreadsheet (or CSV text)
      </label>
      <textarea ref={pasteRef} id={pasteId} rows={3} value={pasted} placeholder={'Country\tShare\nTaiwan\t22'} onChange={(e) => setPasted(e.target.value)} />
      <button
        type="button"
        disabled={pasted.trim() === ''}
        onClick={() => {
          setError(null);
          if (importText(pasted, PASTED_DATA, new Blob([pasted]).size)) {
            setPasted('');
            pasteRef.current?.focus();
          }
        }}
      >
        Use pasted data
      </button>
      {error && (
        <p role="alert" className="error" style={{ color: '#b3261e', fontSize: 12, margin: '4px 0 0' }}>
          {error}
        </p>
      )}
    </div>
  );
}

function HighlightPicker({ widget, update }: InspectorProps<'chart'>) {
  const p = widget.props;
  const { rows } = toChartData(p.table);
  // A row stands for its country whether it has a code or only a name ("Australia" in a CSV).
  const keyOf = (r: { code: string | null; label: string }) => rowCountry(r) ?? r.label;
  const set = (next: string[]) => update('Highlight partners', (w) => void (w.props.highlight = next));
  return (
    <fieldset>
      <legend>Highlight (partner colour; others muted)</legend>
      <PartnerButtons highlight={p.highlight} set={set} />
      {rows.map((r, i) => {
        const key = keyOf(r);
        const checked = isHighlighted(r, p.highlight);
        const code = rowCountry(r);
        return (
          <label key={`${i}.${key}`} className="check">
            <input
              type="checkbox"
              checked={checked}
              onChange={(e) => set(e.target.checked ? [...p.highlight, key] : p.highlight.filter((h) => !isHighlighted(r, [h])))}
            />
            {r.label}
            {code && code !== r.label ? ` (${code})` : ''}
          </label>
        );
      })}
    </fieldset>
  );
}

export function ChartInspector(props: InspectorProps<'chart'>) {
  const { widget, update } = props;
  const p = widget.props;
  const language = props.deck.meta.language;
  const text = (key: 'title' | 'unit' | 'asOf', label: string) => (
    <label>
      {label}
      <input value={p[key]} onChange={(e) => update(`Edit chart ${label.toLowerCase()}`, (w) => void (w.props[key] = e.target.value), `chart.${key}.${widget.id}`)} />
    </label>
  );
  return (
    <div className="inspector-fields">
      <label>
        Chart type
        <select value={p.type} onChange={(e) => update('Change chart type', (w) => void (w.props.type = e.target.value as ChartType))}>
          {CHART_TYPES.map((t) => (
            <option key={t} value={t}>
              {CHART_TYPE_NAMES[t]}
            </option>
          ))}
        </select>
      </label>
      <DataFields {...props} />
      <CsvImportField widget={widget} editDeck={props.editDeck} language={language} />
      {text('title', 'Title')}
      {text('unit', 'Unit')}
      <UnitNote props={p} />
      {text('asOf', 'As of')}
      <CommittedField
        label="Value axis maximum (blank = automatic; set the same on charts compared side by side)"
        inputMode="decimal"
        value={p.valueMax ?? null}
        format={(max) => (max === null ? '' : formatEditableNumber(max, language))}
        parse={(text) => parseOptionalPositive(text, language)}
        onCommit={(max) => update('Set value axis maximum', (w) => void (w.props.valueMax = max))}
      />
      <label className="check">
        <input type="checkbox" checked={p.showValues} onChange={(e) => update('Toggle value labels', (w) => void (w.props.showValues = e.target.checked))} />
        Value labels
      </label>
      <HighlightPicker {...props} />
      <details>
        <summary>Table ({plural(p.table.rows.length, { one: '# row', other: '# rows' })})</summary>
        <TableEditor widgetId={widget.id} table={p.table} update={update} language={language} />
      </details>
    </div>
  );
}
