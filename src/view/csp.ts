/**
 * The Content-Security-Policy of every page, as a meta tag: only the site's own files, no inline
 * code, and what Pagefind needs beyond that (compiling its WebAssembly, its worker script).
 * `frame-ancestors` cannot be set in a meta tag; the web server adds it (see README).
 */
const BUILD_POLICY = [
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
];

/**
 * The editors' preview (`npm run dev`) is served by Vite, which puts each page's styles into
 * inline `<style>` tags so that edits show without a reload; a strict `style-src` would leave the
 * preview unstyled (no header colour, black maps). Only there inline styles are allowed; the
 * built site, which has every stylesheet as a file, keeps the strict policy.
 */
const PREVIEW_POLICY = BUILD_POLICY.map((directive) => (directive === "style-src 'self'" ? "style-src 'self' 'unsafe-inline'" : directive));

/** The policy for the page being rendered: strict in a build, with inline styles in the dev preview. */
export const CONTENT_SECURITY_POLICY = (import.meta.env?.DEV ? PREVIEW_POLICY : BUILD_POLICY).join('; ');
