/**
 * The editors' images (src/pictures/figures.ts) in a build and in the preview. A build plans
 * every image that a body of the content check's graph uses when it starts (published name and
 * size, for the pages), and puts the resized images into the site when the pages are done, from
 * a cache folder beside Astro's (`<cacheDir>/figures/`), before the offline edition is packed from
 * the site. The preview draws an image when a page asks for it.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtDossier, currentDossier } from '../content-check/checked-dossier.ts';
import type { Dossier } from '../graph/dossier.ts';
import { IMAGES_FOLDER } from '../model/vocabulary.ts';
import { figureBytes, handOverFigurePlans, planFigure, publishFigure, type FigurePlan } from '../pictures/figures.ts';
import { siteConfig } from '../site.config.ts';

/** Every image file the bodies of `dossier` show, once each, sorted. */
export function figureSources(dossier: Dossier): string[] {
  const sources = new Set<string>();
  for (const node of dossier.nodes.values()) for (const use of node.components) if (use.name === 'Abbildung' && use.attributes.src) sources.add(use.attributes.src);
  return [...sources].sort();
}

async function planAll(dossier: Dossier): Promise<Map<string, FigurePlan>> {
  const plans = await Promise.all(figureSources(dossier).map((src) => planFigure(siteConfig.contentDir, src)));
  return new Map(plans.map((plan) => [plan.src, plan]));
}

export function figures(): AstroIntegration {
  let cacheDir = '';
  let plans = new Map<string, FigurePlan>();
  return {
    name: 'dossier:figures',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, command }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'figures');
        if (command !== 'dev') return;
        const prefix = `${siteConfig.basePath}${IMAGES_FOLDER}/`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dossier:figures-preview',
                configureServer(server) {
                  server.middlewares.use(async (request, response, next) => {
                    const url = request.url?.split('?')[0] ?? '';
                    if (!url.startsWith(prefix)) return next();
                    try {
                      const dossier = currentDossier();
                      const wanted = url.slice(prefix.length);
                      const plan = [...(await planAll(dossier)).values()].find((p) => p.file === wanted);
                      if (!plan) return next();
                      const file = await figureBytes(siteConfig.contentDir, plan, cacheDir);
                      response.setHeader('Content-Type', `image/${plan.file.endsWith('.jpg') ? 'jpeg' : path.extname(plan.file).slice(1)}`);
                      createReadStream(file).pipe(response);
                    } catch (error) {
                      next(error);
                    }
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:start': async () => {
        const dossier = builtDossier();
        plans = dossier ? await planAll(dossier) : new Map();
        handOverFigurePlans(plans);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const plan of plans.values()) await publishFigure(siteConfig.contentDir, plan, cacheDir, outDir);
        if (plans.size > 0) logger.info(`Abbildungen: ${plans.size} unter ${IMAGES_FOLDER}/.`);
      },
    },
  };
}
