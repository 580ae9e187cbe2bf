// Packaging cannot run here (electron-builder downloads Electron and its tools from GitHub),
// so its configuration is checked instead: against electron-builder's own JSON schema, and
// for every target, the .briefdeck association and icons at the sizes the targets need.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES, pngSize, readIcnsEntries, readIcoSizes, writeIcns, writeIco } from '../../../scripts/icons/iconFormats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const read = (p: string) => readFileSync(path.join(root, p));
const config = JSON.parse(read('electron-builder.json').toString('utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const pkg = JSON.parse(read('package.json').toString('utf8')) as { main: string; version: string; productName: string; scripts: Record<string, string> };

function validator() {
  const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json').toString('utf8')) as object;
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}

describe('electron-builder configuration', () => {
  it('validates against electron-builder’s own schema', () => {
    const validate = validator();
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema check is real: a misspelt option fails it', () => {
    const validate = validator();
    expect(validate({ ...config, fileAssociation: config.fileAssociations })).toBe(false);
    expect(validate({ ...config, nsis: { ...config.nsis, perMachine: 'no' } })).toBe(false);
  });

  it('names the app and builds every installer: AppImage, deb, NSIS per-user, dmg', () => {
    expect(config.appId).toBe('org.briefdeck.app');
    expect(config.productName).toBe(pkg.productName);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    // Per-user, no admin rights, no install-mode page that could offer "for all users".
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false });
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.json');
  });

  it('packs the built app the package.json main points at, and the licence', () => {
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.files).toContain('dist/electron/**');
    expect(config.files).toContain('dist/renderer/**');
    expect(config.files).toContain('LICENSE');
    expect(existsSync(path.join(root, 'LICENSE'))).toBe(true);
  });

  it('associates .briefdeck with its MIME type and a document icon that exists', () => {
    const [assoc] = config.fileAssociations;
    expect(assoc).toMatchObject({ ext: 'briefdeck', mimeType: 'application/vnd.briefdeck+json', role: 'Editor' });
    const res = config.directories.buildResources as string;
    expect(existsSync(path.join(root, res, `${assoc.icon}.ico`))).toBe(true);
    expect(existsSync(path.join(root, res, `${assoc.icon}.icns`))).toBe(true);
    expect(config.linux.mimeTypes).toContain('application/vnd.briefdeck+json');
  });
});

describe('Electron fuses and platform options', () => {
  it('locks the binary down: no run-as-Node, no NODE_OPTIONS or inspect flags, the app only from an integrity-checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.asar).toBe(true);
  });

  it('claims no dark mode on macOS until the editor has one', () => {
    expect(config.mac.darkModeSupport).toBeUndefined();
  });
});

describe('icons on disk', () => {
  it('Linux: a PNG per size from 16 to 1024, each really that size', () => {
    const dir = path.join(root, config.linux.icon as string);
    const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
    const sizes = files.map((f) => {
      const { width, height } = pngSize(readFileSync(path.join(dir, f)));
      expect(f).toBe(`${width}x${height}.png`);
      return width;
    });
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
  });

  it('Windows: app and document .ico hold 16 to 256 px', () => {
    for (const file of [config.win.icon as string, 'assets/icons/document.ico']) {
      expect(readIcoSizes(read(file)).map(([w]) => w), file).toEqual([16, 24, 32, 48, 64, 128, 256]);
    }
  });

  it('macOS: app and document .icns hold every element type, 16 to 1024 px', () => {
    for (const file of [config.mac.icon as string, 'assets/icons/document.icns']) {
      const entries = readIcnsEntries(read(file));
      expect(entries, file).toEqual(ICNS_TYPES.map(({ type, pixels }) => ({ type, width: pixels })));
    }
  });
});

describe('icon writers', () => {
  const fakePng = (size: number) => {
    const b = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
    b.writeUInt32BE(13, 8);
    b.write('IHDR', 12, 'ascii');
    b.writeUInt32BE(size, 16);
    b.writeUInt32BE(size, 20);
    return b;
  };

  it('.ico writes 256 as 0 and reads it back, and refuses larger images', () => {
    const ico = writeIco([fakePng(16), fakePng(256)]);
    expect(ico.readUInt8(6 + 16)).toBe(0);
    expect(readIcoSizes(ico)).toEqual([
      [16, 16],
      [256, 256],
    ]);
    expect(() => writeIco([fakePng(512)])).toThrow('at most 256');
  });

  it('.icns needs every size and records the total length', () => {
    const all = new Map(ICNS_TYPES.map(({ pixels }) => [pixels, fakePng(pixels)]));
    const icns = writeIcns(all);
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    all.delete(1024);
    expect(() => writeIcns(all)).toThrow('1024x1024');
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a.................'))).toThrow('not a PNG');
  });
});
