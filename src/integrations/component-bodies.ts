/**
 * Bodies that use an editors' component (src/model/editor-components.ts) are compiled as MDX by
 * `@astrojs/mdx`; every other body stays on the fast Markdown path (src/markdown/render-body.ts).
 * Which bodies those are, the content check's graph says (`node.components`), so the decision is
 * made per body, not per file extension, and no file has to be renamed when a body starts using a
 * component. A virtual module hands the pages one loader per such body:
 *
 *   import bodies from 'virtual:dossier/component-bodies';
 *   const Body = (await bodies.get('personen/anna-muster')!()).default;
 *
 * Not Astro's content collections: their deferred MDX modules are listed in one file in the
 * project's `.astro/` folder, which builds of different content folders running side by side (the
 * tests) would overwrite for each other. The compiled bodies are marked as content data for
 * Astro's incremental build (the meta Astro gives its own content modules), so that a changed
 * body re-renders its page through the page's cache key (which holds the body), not every page of
 * the route; a body's compiled code depends only on the body and on the MDX integration, whose
 * version is part of the lockfile Astro keys the whole cache on. The components themselves are
 * imported by the page (src/components/EditorNotes.astro), so a change to them re-renders every
 * page that could show them.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { currentDossier } from '../content-check/checked-dossier.ts';
import type { Dossier } from '../graph/dossier.ts';
import { siteConfig } from '../site.config.ts';

const VIRTUAL_ID = 'virtual:dossier/component-bodies';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The key of a body in the virtual module: the page's section and id, `personen/anna-muster`. */
export function componentBodyKey(node: { section: string; id: string }): string {
  return `${node.section}/${node.id}`;
}

/** The bodies with components of `dossier`: key and absolute file path, in the graph's order. */
export function componentBodies(dossier: Dossier): { key: string; file: string }[] {
  return [...dossier.nodes.values()].filter((node) => node.components.length > 0).map((node) => ({ key: componentBodyKey(node), file: path.resolve(node.filePath) }));
}

/** The virtual module's code: one dynamic import per body with components. */
export function componentBodiesModule(bodies: readonly { key: string; file: string }[]): string {
  const entries = bodies.map(({ key, file }) => `  [${JSON.stringify(key)}, () => import(${JSON.stringify(file)})],`);
  return `export default new Map([\n${entries.join('\n')}\n]);\n`;
}

function componentBodiesPlugin(): Plugin {
  return {
    name: 'dossier:component-bodies',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Astro's incremental build leaves modules with this meta (and what only they import) out
      // of a route's dependency hash, as it does for its own content modules.
      return { code: componentBodiesModule(componentBodies(currentDossier())), meta: { astroIncremental: { kind: 'content-data' } } };
    },
    configureServer(server) {
      // In the preview a body may start or stop using a component: the list is made anew.
      const contentDir = path.resolve(siteConfig.contentDir);
      server.watcher.add(contentDir);
      const refresh = (file: string) => {
        if (!path.resolve(file).startsWith(contentDir + path.sep)) return;
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, refresh);
    },
  };
}

export function componentBodiesIntegration(): AstroIntegration {
  return {
    name: 'dossier:component-bodies',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [componentBodiesPlugin()] } });
      },
    },
  };
}
