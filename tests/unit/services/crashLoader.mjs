// Starts crash.test.ts's bundled child with V8's code cache: compiling the bundle (zod is
// most of it) is most of a child's start, and a thousand children must start in CI's time.
// usage: node crashLoader.mjs <bundle.cjs> <cache file> <child args…>; BRIEFDECK_MAKE_CACHE=1
// runs the child for a second and then writes the cache (with the functions it compiled).
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const [bundle, cacheFile, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bundle, ...args];
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (process.env.BRIEFDECK_MAKE_CACHE) {
  setTimeout(() => {
    fs.writeFileSync(cacheFile, script.createCachedData());
    process.exit(0);
  }, 1000);
}
const mod = { exports: {} };
script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
