// The one Content-Security-Policy both hosts send with the renderer (DESIGN.md §6): only
// the app's own origin, no remote origins. 'unsafe-inline' styles are needed by React's
// style props; blob: workers by MapLibre; data:/blob: images by map snapshots and assets.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
