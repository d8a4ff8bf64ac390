/**
 * The components editors may use in the body of an entry (a person's, a country's, a place's, an
 * organisation's or an event's editor notes), with their attributes: the one table the content
 * check validates against, the page renders through (src/components/editor/) and the handbook
 * documents. Sources never hold components: their text is the agency's, verbatim. A body without
 * a component stays Markdown; a body with one is compiled as MDX (src/content.config.ts).
 */

export interface AttributeSpec {
  required: boolean;
  /** What the attribute holds, for the editor's error message. */
  holds: string;
}

export interface ComponentSpec {
  /** Attributes by name; any other attribute is refused. */
  attributes: Record<string, AttributeSpec>;
  /** Whether the component wraps text (`<X>…</X>`) or stands alone (`<X … />`). */
  wrapsText: boolean;
  /** An example as the editor writes it, for hints. */
  example: string;
}

export const EDITOR_COMPONENTS = {
  /** The editors' own assessment, marked as such wherever it appears; never a sourced fact. */
  Einschaetzung: {
    attributes: { belege: { required: false, holds: 'Belege der Form «quelle#p3», durch Leerzeichen getrennt' } },
    wrapsText: true,
    example: '<Einschaetzung belege="2025-07-lawrow-trifft-kim#p3">Die Redaktion erwartet …</Einschaetzung>',
  },
  /** An image from the content's images folder, resized at build time, with caption and credit. */
  Abbildung: {
    attributes: {
      src: { required: true, holds: 'den Dateinamen eines Bildes im Ordner bilder/ des Inhalts (png, jpg, webp)' },
      alt: { required: true, holds: 'was das Bild zeigt, für Screenreader' },
      quelle: { required: true, holds: 'wer das Bild gemacht hat oder woher es stammt' },
    },
    wrapsText: true,
    example: '<Abbildung src="wonsan-hafen.jpg" alt="Der Hafen von Wonsan" quelle="Redaktion">Wonsan an der Ostküste</Abbildung>',
  },
  /** A statement of the dossier, with its attribution chain. */
  Zitat: {
    attributes: { id: { required: true, holds: 'das Kürzel einer Aussage (Dateiname in aussagen/ ohne .yaml)' } },
    wrapsText: false,
    example: '<Zitat id="lawrow-unterstuetzung" />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type EditorComponentName = keyof typeof EDITOR_COMPONENTS;

export const EDITOR_COMPONENT_NAMES = Object.keys(EDITOR_COMPONENTS) as EditorComponentName[];

export function isEditorComponent(name: string | null | undefined): name is EditorComponentName {
  return typeof name === 'string' && Object.hasOwn(EDITOR_COMPONENTS, name);
}

/** One use of a component in a body, with its attributes as written and its line in the body. */
export interface ComponentUse {
  name: EditorComponentName;
  attributes: Record<string, string>;
  /** 1-based line in the body. */
  line: number;
}
