// The browser host's export.pdf: the page asks over the API, Chromium prints the host's own
// print route, and the PDF is offered once at a random download address.
import { writeFile } from 'node:fs/promises';
import { addSlide, createDeck } from '../../shared/deck/operations';
import { qpdfCheck, readPdf } from '../unit/export/pdfRead';
import { expect, test } from './fixtures';

test('browser host: export.pdf offers the PDF once as a download', async ({ page, host }) => {
  const deck = createDeck('Host export', 'E2E');
  addSlide(deck, 'titleBody', 1, 'Second page');
  await host.writeLibraryFile('Host export.briefdeck', deck);

  const result = await page.evaluate(async (token) => {
    const res = await fetch('api/export.pdf', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': token },
      body: JSON.stringify({ ref: 'library:Host export.briefdeck', options: {} }),
    });
    return res.json() as Promise<{ ok: boolean; data?: { location: string; pages: number; bytes: number } }>;
  }, host.token);
  expect(result).toMatchObject({ ok: true, data: { pages: 2 } });
  const location = result.data!.location;
  expect(location).toMatch(/^downloads\/[0-9a-f]{48}\/Host%20export\.pdf$/);

  const base = host.url.split('?')[0]!;
  const first = await page.request.get(base + location);
  expect(first.status()).toBe(200);
  expect(first.headers()['content-type']).toBe('application/pdf');
  expect(first.headers()['content-disposition']).toContain('attachment; filename="Host export.pdf"');
  const body = await first.body();
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(body.length).toBe(result.data!.bytes);
  const file = test.info().outputPath('host-export.pdf');
  await writeFile(file, body);
  qpdfCheck(file);

  // One time only, and a guessed id gets nothing.
  expect((await page.request.get(base + location)).status()).toBe(404);
  expect((await page.request.get(`${base}downloads/${'0'.repeat(48)}/x.pdf`)).status()).toBe(404);
});

test('browser host: export.prepare readies Chromium and a print page; the export prints on it', async ({ page, host }) => {
  test.setTimeout(90_000);
  const deck = createDeck('Prepared export', 'E2E');
  addSlide(deck, 'titleBody', 1, 'Printed on the prepared page');
  await host.writeLibraryFile('Prepared.briefdeck', deck);
  const api = (channel: string, body: unknown) =>
    page.evaluate(
      async ([ch, b, token]) => {
        const res = await fetch(`api/${ch}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': token as string }, body: JSON.stringify(b) });
        return res.json() as Promise<{ ok: boolean; data?: Record<string, unknown> }>;
      },
      [channel, body, host.token] as const,
    );

  expect(await api('export.prepare', { ref: 'library:Prepared.briefdeck' })).toEqual({ ok: true, data: { prepared: true } });
  // Edited after the page was prepared: the export reads the deck again.
  addSlide(deck, 'titleBody', 2, 'Added while the dialog was open');
  await host.writeLibraryFile('Prepared.briefdeck', deck);

  const result = await api('export.pdf', { ref: 'library:Prepared.briefdeck', options: {} });
  expect(result).toMatchObject({ ok: true, data: { pages: 3 } });
  expect(host.logs.some((l) => l.includes('printing on the page prepared for library:Prepared.briefdeck'))).toBe(true);
  const base = host.url.split('?')[0]!;
  const pdf = await page.request.get(base + String(result.data!.location));
  const file = test.info().outputPath('prepared.pdf');
  await writeFile(file, await pdf.body());
  const read = await readPdf(file);
  expect(read.pages.map((p) => p.text).join(' ')).toContain('Added while the dialog was open');
  expect(read.pages[1]?.text).toContain('Printed on the prepared page');

  // The prepared page is used once: the next export opens its own page on the same Chromium.
  const again = await api('export.pdf', { ref: 'library:Prepared.briefdeck', options: { range: { from: 1, to: 1 } } });
  expect(again).toMatchObject({ ok: true, data: { pages: 1 } });
  expect(host.logs.filter((l) => l.includes('printing on the page prepared for')).length).toBe(1);
});
