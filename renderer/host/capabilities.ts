// The renderer's reading of what its host can do (shared/api/capabilities.ts): the desktop app's
// preload reports its capabilities beside the bridge; a page without a bridge is served by the
// browser host, whose capabilities are declared beside the desktop app's. Code asks for a
// capability (can it show a Save dialog? does it place windows on displays?), never which host
// this is.
import { BROWSER_CAPABILITIES, HostCapabilitiesSchema, type HostCapabilities } from '../../shared/api/capabilities';

export function hostCapabilities(): HostCapabilities {
  const bridge = window.briefdeck;
  if (!bridge) return BROWSER_CAPABILITIES;
  const reported = HostCapabilitiesSchema.safeParse(bridge.capabilities);
  // A bridge that reports nothing readable gets the least: the browser host's answers.
  return reported.success ? reported.data : BROWSER_CAPABILITIES;
}
