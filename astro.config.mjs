// @ts-check
import { defineConfig } from 'astro/config';
import pagefind from 'astro-pagefind';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { siteConfig } from './src/site.config.ts';
import { searchIndexGuard } from './src/integrations/search-index-guard.ts';
import { ogCards } from './src/integrations/og-cards.ts';
import { buildManifest } from './src/integrations/build-manifest.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteUrlCheck } from './src/integrations/site-url-check.ts';
import { stagedOutput } from './src/integrations/staged-output.ts';
import { componentBodiesIntegration } from './src/integrations/component-bodies.ts';
import { figures } from './src/integrations/figures.ts';

// Site URL, base path and the output/cache folders come from one module so that tests can build
// into temporary folders and intranet deployments can set a sub-path without editing code.
export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  outDir: siteConfig.outDir,
  cacheDir: siteConfig.cacheDir,
  trailingSlash: 'always',
  // Stylesheets and scripts always as files, never inlined: the Content-Security-Policy allows
  // no inline code, and files are cached across pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A rebuild re-renders only pages whose cacheKey (src/view/page-digest.ts) or route code
  // changed; the rest are restored from the cache folder. There are no content collections:
  // the pages read the graph the content check built (src/graph/load-dossier.ts) and render
  // bodies from it (src/markdown/render-body.ts).
  experimental: { incrementalBuild: true },
  // No telemetry, no dev toolbar: nothing may reach the network.
  devToolbar: { enabled: false },
  // For the bodies compiled as MDX (src/integrations/component-bodies.ts): the same engine as
  // the Markdown bodies (src/markdown/render-body.ts), without SmartyPants, which would rewrite
  // punctuation.
  markdown: { processor: unified({ smartypants: false }), syntaxHighlight: false },
  // Order matters: the build goes to a staging folder (stagedOutput also puts back a site that a
  // crashed build left aside; `npm run build` packs the offline edition after Astro has ended and
  // then moves the new site into place, so a failed build keeps the previous site); the content
  // is checked before anything is read (its graph is the one the pages render from, and it
  // starts the cards); the build manifest is written from that graph when the build starts; MDX
  // compiles only the bodies that use an editors' component; the guard checks the index that
  // astro-pagefind has just written; the site-url check stops a build at the start if required, and otherwise warns.
  integrations: [stagedOutput(), contentCheck(), buildManifest(), mdx(), componentBodiesIntegration(), figures(), pagefind(), searchIndexGuard(), ogCards(), siteUrlCheck()],
  vite: {
    build: {
      assetsInlineLimit: 0,
    },
  },
});
