// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import pagefind from 'astro-pagefind';
import { unified } from '@astrojs/markdown-remark';
import { remarkParagraphAnchors } from './src/markdown/remark-paragraph-anchors.ts';
import { remarkSourceMentions } from './src/markdown/remark-source-mentions.ts';
import { siteConfig } from './src/site.config.ts';
import { searchIndexGuard } from './src/integrations/search-index-guard.ts';
import { ogCards } from './src/integrations/og-cards.ts';
import { buildManifest } from './src/integrations/build-manifest.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteUrlCheck } from './src/integrations/site-url-check.ts';
import { stagedOutput } from './src/integrations/staged-output.ts';

// Astro keeps parsed content between builds and throws it away only when content.config.ts
// itself or the Astro config changes, not when a schema module it imports does. The schemas'
// digest goes into a hashed part of the config (a header of the preview server, otherwise
// harmless) so that a schema change always re-reads the content.
const schemaDir = new URL('./src/schemas/', import.meta.url);
const schemaDigest = createHash('sha256');
for (const file of readdirSync(schemaDir).sort()) schemaDigest.update(readFileSync(new URL(file, schemaDir)));
// The schemas take their enums, dates and citation rule from the vocabulary in src/model/.
const modelDir = new URL('./src/model/', import.meta.url);
for (const file of readdirSync(modelDir).sort()) schemaDigest.update(readFileSync(new URL(file, modelDir)));

// Site URL, base path and the output/cache folders come from one module so that tests can build
// into temporary folders and intranet deployments can set a sub-path without editing code.
export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  outDir: siteConfig.outDir,
  cacheDir: siteConfig.cacheDir,
  trailingSlash: 'always',
  server: { headers: { 'X-Dossier-Schema': schemaDigest.digest('hex').slice(0, 16) } },
  // Stylesheets and scripts always as files, never inlined: the Content-Security-Policy allows
  // no inline code, and files are cached across pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A rebuild re-renders only pages whose cacheKey (src/view/page-digest.ts), route code or
  // rendered content changed; the rest are restored from the cache folder.
  experimental: { incrementalBuild: true },
  // No telemetry, no dev toolbar: nothing may reach the network.
  devToolbar: { enabled: false },
  markdown: {
    // unified, not the default Sätteri engine, because our own remark plugins (paragraph
    // anchors now, mention links later) must run over the MDX tree. SmartyPants stays off:
    // it would rewrite the article's punctuation, and sources are verbatim.
    processor: unified({
      smartypants: false,
      // Order matters: mentions are linked in the article's own text nodes before the
      // paragraphs are wrapped and numbered.
      remarkPlugins: [remarkSourceMentions, remarkParagraphAnchors],
    }),
    syntaxHighlight: false,
  },
  // Order matters: the build goes to a staging folder (stagedOutput also puts back a site that a
  // crashed build left aside; `npm run build` packs the offline edition after Astro has ended and
  // then moves the new site into place, so a failed build keeps the previous site); the content
  // is checked before anything is read (and its graph starts the cards); no MDX integration: the
  // content's .mdx files are read as Markdown (src/content-loading/markdown-bodies.ts); the build manifest is
  // cleared before the pages write it; the guard checks the index that astro-pagefind has just
  // written; the site-url check stops a build at the start if required, and otherwise warns.
  integrations: [stagedOutput(), contentCheck(), buildManifest(), pagefind(), searchIndexGuard(), ogCards(), siteUrlCheck()],
  vite: {
    build: {
      assetsInlineLimit: 0,
    },
  },
});
