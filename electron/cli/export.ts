// `npm run export -- <deck.briefdeck> -o <out.pdf|out.pptx> [--notes|--handout N] [--range 1-5,8] [--no-sources] [--audience NAME]`:
// deck file -> PDF with the Chromium printer, headless, or -> PowerPoint in Node (no Chromium).
// This entry only starts Chromium, before the rest of the CLI loads (exportMain.ts: the
// arguments' checks, the codec, the exporter), when the arguments may ask for a PDF: Chromium
// takes longest to come up, and loading the rest first kept it waiting about 40 ms. A guess
// wrong either way costs nothing: Chromium started for --help or a bad argument is closed
// unused, and one not started here is started later.
import { launchCdpPrintPage } from '../services/export/cdpPrintPage';
import type { PrintPage } from '../services/export/printTarget';
import { mayPrintPdf } from './mayPrintPdf';

const argv = process.argv.slice(2);
const startedAt = performance.timeOrigin + performance.now();
const chromium: Promise<PrintPage> | null = mayPrintPdf(argv) ? launchCdpPrintPage() : null;
chromium?.catch(() => undefined);

import('./exportMain')
  .then(({ main }) => main(argv, chromium, startedAt))
  .then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`Export failed: ${(e as Error).message}`);
      process.exit(1);
    },
  );
