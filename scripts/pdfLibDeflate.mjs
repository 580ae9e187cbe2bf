// An esbuild plugin for the Node bundles (the CLIs, the Electron main process): pdf-lib's
// `import pako` resolves to electron/services/export/nativeDeflate.ts, Node's zlib in pako's
// shape, so writing a PDF's object streams runs native code. Only pdf-lib's own import is
// redirected: its font metrics package inflates with pako, and jszip (PowerPoint) streams with it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_DEFLATE = path.join(root, 'electron', 'services', 'export', 'nativeDeflate.ts');

export const pdfLibDeflate = {
  name: 'pdf-lib-native-deflate',
  setup(b) {
    b.onResolve({ filter: /^pako$/ }, (args) => (/[\\/]node_modules[\\/]pdf-lib[\\/]/.test(args.importer) ? { path: NATIVE_DEFLATE } : undefined));
  },
};
