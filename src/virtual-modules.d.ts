/** The bodies compiled as MDX, by `section/id` (src/integrations/component-bodies.ts). */
declare module 'virtual:dossier/component-bodies' {
  const bodies: Map<string, () => Promise<{ default: import('astro/runtime/server/index.js').AstroComponentFactory }>>;
  export default bodies;
}

/** What an entry page hands the editors' components in its notes (src/components/EditorNotes.astro). */
declare namespace App {
  interface Locals {
    dossier?: import('./graph/dossier.ts').Dossier;
    citationRegistry?: import('./view/citation-registry.ts').CitationRegistry;
    ownId?: string;
  }
}
