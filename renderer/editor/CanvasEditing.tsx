// Editing on the slide (issue #17 item 1): the title band's overlay and a slot's in-place editor.
// Which widget text is edited in place is the kind's own declaration (WidgetModule.editInPlace);
// the slide title and that field write the same undo steps as their inspector fields.
import type { Deck, Slide } from '../../shared/deck/schema';
import { themeOf } from '../../shared/theme';
import type { Widget } from '../../shared/widgets';
import { TITLE_BAND, TITLE_HERO } from '../../shared/layouts/slideChrome';
import { getLayout } from '../../shared/layouts';
import { useEditor, useUiState } from '../store/EditorContext';
import type { Editor } from '../store/editor';
import type { InPlaceTarget } from '../store/editorUi';
import { widgetModule } from '../widgets/registry';
import type { InPlaceField } from '../widgets/types';
import { InPlaceEditor } from './InPlaceEditor';
import { editSlideTitle } from './slideTitle';
import { updateWidgetCommand } from './WidgetPanel';

/** The field a widget edits in place, if its kind declares one. */
export function inPlaceFieldOf(widget: Widget | undefined): InPlaceField | undefined {
  return widget ? (widgetModule(widget.kind).editInPlace as InPlaceField | undefined) : undefined;
}

/** Starts editing a slot's widget in place; false when its kind has nothing to edit there. */
export function startEditingSlot(editor: Editor, slotId: string, widget: Widget | undefined): boolean {
  if (!inPlaceFieldOf(widget)) return false;
  return startEditingInPlace(editor, { kind: 'slot', slotId });
}

/** Opens the on-slide editor, unless the deck is read-only: then the read-only bar says the
 * change was not made, and no editor opens to take typing that could not be kept. */
function startEditingInPlace(editor: Editor, target: InPlaceTarget): boolean {
  const doc = editor.document.getState();
  if (doc.readOnly) {
    doc.refuseEdit();
    return true;
  }
  editor.ui.getState().editInPlace(target);
  return true;
}

/** The in-place editor over a slot, while that slot is being edited. */
export function WidgetInPlace({ widget, deck, onLeftByKey }: { widget: Widget; deck: Deck; onLeftByKey(): void }) {
  const editor = useEditor();
  const field = inPlaceFieldOf(widget);
  if (!field) return null;
  const theme = themeOf(deck);
  const update = updateWidgetCommand(editor, widget.id);
  return (
    <InPlaceEditor
      name={field.name}
      value={field.read(widget)}
      multiline={field.multiline}
      inlineMarks={field.inlineMarks}
      fontSize={field.type.size}
      fontFamily={theme.fonts[field.type.font]}
      fontWeight={field.type.weight}
      color={theme.colors.text}
      background={theme.colors.background}
      onText={(text) => update(field.undoLabel, (w) => field.write(w, text), field.coalesceKey(widget.id))}
      onLeave={(how) => {
        editor.ui.getState().editInPlace(null);
        if (how === 'key') onLeftByKey();
      }}
    />
  );
}

/** What an untitled slide shows where its title goes (editor only). */
const TITLE_HINT = 'Double-click to add a title';

/** Over the title band: a control that selects nothing but starts editing the title on a
 * double-click or Enter, and the title's in-place editor while it is edited. */
export function TitleOverlay({ slide, deck }: { slide: Slide; deck: Deck }) {
  const editor = useEditor();
  const editing = useUiState((s) => s.editing?.kind === 'title');
  const theme = themeOf(deck);
  const start = () => startEditingInPlace(editor, { kind: 'title' });
  return editing ? (
    <InPlaceEditor
      name="Slide title"
      value={slide.title}
      multiline={false}
      inlineMarks={false}
      fontSize={TITLE_BAND.size}
      fontFamily={theme.fonts.sans}
      fontWeight={700}
      color={theme.colors.titleBand}
      background={theme.colors.background}
      onText={(text) => editSlideTitle(editor, slide.id, text)}
      onLeave={(how) => {
        editor.ui.getState().editInPlace(null);
        // The control is drawn again after this render; focus it then.
        if (how === 'key') requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid=title-overlay]')?.focus());
      }}
    />
  ) : (
    <div
      className="title-overlay"
      data-testid="title-overlay"
      role="button"
      tabIndex={0}
      // An empty title's visible hint is part of its name (what is seen is what is announced).
      aria-label={slide.title.trim() === '' ? `Slide title: empty. ${TITLE_HINT}` : `Slide title: ${slide.title}`}
      aria-description="Enter or double-click edits the title on the slide"
      onMouseDown={() => editor.ui.getState().selectSlot(null)}
      onDoubleClick={start}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) {
          e.preventDefault();
          start();
        }
      }}
    >
      {slide.title.trim() === '' && <TitlePlaceholder hero={!getLayout(slide.layoutId).showTitle} color={theme.colors.muted} background={theme.colors.background} />}
    </div>
  );
}

/** Where an empty title would be, in the editor only: otherwise an untitled slide shows nothing
 * to click, and its PDF page and bookmark go without a title unnoticed. */
function TitlePlaceholder({ hero, color, background }: { hero: boolean; color: string; background: string }) {
  const place = hero ? { bottom: TITLE_HERO.rule.gap + TITLE_HERO.rule.h, fontSize: TITLE_HERO.size } : { top: 0, fontSize: TITLE_BAND.size };
  return (
    <span className="title-placeholder" aria-hidden="true" data-testid="title-placeholder" style={{ position: 'absolute', left: 0, ...place, fontWeight: 700, color, background, paddingRight: '0.3em', pointerEvents: 'none' }}>
      {TITLE_HINT}
    </span>
  );
}
