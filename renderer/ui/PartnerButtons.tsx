// One-click partner highlighting for the widgets that colour rows by country (chart bars,
// table rows): the sample briefing's partners, or none.

/** The US-led supply-chain partners of the sample briefing, for one-click highlighting. */
export const PARTNER_CODES = ['US', 'JP', 'KR', 'TW', 'AU'] as const;

export function PartnerButtons({ highlight, set }: { highlight: readonly string[]; set(next: string[]): void }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
      <button type="button" onClick={() => set([...PARTNER_CODES])}>
        Partners ({PARTNER_CODES.join(', ')})
      </button>
      <button type="button" onClick={() => set([])} disabled={highlight.length === 0}>
        None
      </button>
    </div>
  );
}
