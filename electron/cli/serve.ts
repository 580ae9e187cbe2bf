// `npm run serve`: the same app in the browser, on 127.0.0.1 only (DESIGN.md §1). Prints one
// line with the tokened address and, unless --no-open, opens it in the default browser.
import { parseServeArgs } from './browserHost/args';
import { startBrowserHost } from './browserHost/server';

async function main(): Promise<void> {
  let args;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const host = await startBrowserHost({ port: args.port, libraryDir: args.libraryDir, open: args.open });
  console.log(`Briefdeck is running at ${host.url}`);

  const stop = () => {
    void host.close().then(() => process.exit(0));
    // A stuck connection must not keep Ctrl+C from working.
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`Briefdeck could not start: ${(e as Error).message}`);
  process.exit(1);
});
