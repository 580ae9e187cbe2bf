// The browser host's export.pdf: the page asks over the API, Chromium prints the host's own
// print route, and the PDF is offered once at a random download address.
import { addSlide, createDeck } from '../../shared/deck/operations';
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

  // One time only, and a guessed id gets nothing.
  expect((await page.request.get(base + location)).status()).toBe(404);
  expect((await page.request.get(`${base}downloads/${'0'.repeat(48)}/x.pdf`)).status()).toBe(404);
});
