// The Sources page: every dataset, quote and image source used in the printed slides,
// de-duplicated and numbered, with publisher, title, year and URL (as text and as a link).
import type { Deck } from '../../../shared/deck/schema';
import type { NumberedSource } from '../../../shared/data/sources';
import type { PageSize } from '../../../shared/export/paper';
import { accessedNote, usedOnSlides } from '../../../shared/export/sourcesMessages';
import { PageMarkings, PageNumber, PORTRAIT_MARGIN } from './PageChrome';
import { useVariant } from '../../slide/variantContext';

export interface SourcesPageProps {
  deck: Deck;
  sources: NumberedSource[];
  continued: boolean;
  /** The slide page or the paper the notes pages or handouts print on. */
  page: PageSize;
  portrait: boolean;
  index: number;
  total: number;
  pageNumbers: boolean;
}

/** Only http(s) links become clickable; anything else prints as text. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

export function SourcesPage({ deck, sources, continued, page, portrait, index, total, pageNumbers }: SourcesPageProps) {
  // The sources of everything printed: the deck's overall marking.
  const variant = useVariant(deck);
  const pad = portrait ? PORTRAIT_MARGIN : 64;
  return (
    <section className="print-page print-sources" style={{ width: page.width, height: page.height, fontFamily: "'Inter', 'Noto Sans', 'DejaVu Sans', sans-serif" }} aria-label="Sources">
      <PageMarkings banner={variant.banner} />
      <div style={{ position: 'absolute', left: pad, right: pad, top: pad, fontSize: portrait ? 13 : 15 }}>
        <h1 style={{ fontSize: portrait ? 24 : 32 }}>{continued ? 'Sources (continued)' : 'Sources'}</h1>
        <ol start={sources[0]?.number ?? 1}>
          {sources.map(({ number, source, uses }) => {
            const head = [source.publisher, source.title].filter((p) => p.trim() !== '').join(', ');
            const href = source.url ? safeHref(source.url) : undefined;
            const slides = [...new Set(uses.map((u) => u.slideNumber))];
            return (
              <li key={number} value={number}>
                {head}
                {source.year !== null && `, ${source.year}`}
                {source.url && (
                  <>
                    {'. '}
                    {href ? (
                      <a className="url" href={href}>
                        {source.url}
                      </a>
                    ) : (
                      <span className="url">{source.url}</span>
                    )}
                  </>
                )}
                {source.accessed && accessedNote(source.accessed, deck.meta.language)}
                <span className="note">{usedOnSlides(slides)}</span>
              </li>
            );
          })}
        </ol>
      </div>
      {pageNumbers && <PageNumber index={index} total={total} right={portrait ? PORTRAIT_MARGIN : 28} bottom={30} />}
    </section>
  );
}
