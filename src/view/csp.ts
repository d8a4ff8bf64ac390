/**
 * The Content-Security-Policy of every page, as a meta tag: only the site's own files, no inline
 * code, and what Pagefind needs beyond that (compiling its WebAssembly, its worker script).
 * `frame-ancestors` cannot be set in a meta tag; the web server adds it (see README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
