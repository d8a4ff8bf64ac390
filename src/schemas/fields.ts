/** Field schemas shared by several collections. */
import { z } from 'astro/zod';
import { CITATION_PATTERN } from '../model/citation.ts';
import { parseDossierDate } from '../model/dossier-date.ts';
import { SLUG_PATTERN } from '../model/entry-id.ts';

/**
 * A missing required field is the commonest editing slip. Astro passes its own error map when it
 * validates, so the German message is set on each schema, where it takes precedence.
 */
const MISSING =
  'Pflichtfeld fehlt. Hinweis: das Feld im Frontmatter bzw. in der YAML-Datei ergänzen (Felder: siehe README, «Inhaltsmodell»).';
export const missingOr =
  (otherwise?: string | ((input: unknown) => string)) =>
  (issue: { input?: unknown }): string | undefined =>
    issue.input === undefined ? MISSING : typeof otherwise === 'function' ? otherwise(issue.input) : otherwise;

/** The message for a value outside a fixed list: what was written and what is allowed. */
export const oneOf = (allowed: readonly string[]) => missingOr((input) => `«${String(input)}» ist nicht erlaubt; erlaubt: ${allowed.join(', ')}`);

/** Non-empty text. */
export const requiredText = () => z.string({ error: missingOr('muss Text sein') }).trim().min(1, { error: 'darf nicht leer sein' });

/** The id of another dossier entry (its file name without extension), e.g. `sergej-lawrow`. */
export const slug = z
  .string({ error: missingOr('muss ein Kürzel (Text) sein') })
  .regex(SLUG_PATTERN, { error: 'muss ein Kürzel aus Kleinbuchstaben, Ziffern und Bindestrichen sein, z. B. «sergej-lawrow»' });

/** A source paragraph, written `<quelle>#p<n>`, e.g. `2025-07-lawrow-trifft-kim#p3`. */
export const citation = z.string({ error: missingOr('muss ein Beleg der Form «quelle#p1» sein') }).regex(CITATION_PATTERN, {
  error: 'muss die Form «<quelle>#p<absatz>» haben, z. B. «2025-07-lawrow-trifft-kim#p3»',
});

/** At least one paragraph that a statement rests on. */
export const citations = z.array(citation, { error: missingOr('muss eine Liste von Belegen sein, z. B. ["quelle#p1"]') }).min(1, { error: 'braucht mindestens einen Beleg (z. B. «quelle#p1»)' });

/**
 * A date with its precision: `2024`, `2024-08`, `2025-07-12`, or a range `2024-08/2025-07`.
 * YAML reads an unquoted `2024` as a number and `2025-07-12` as a timestamp; both are accepted
 * and turned back into the notation they were written in.
 */
export const dossierDate = z.preprocess(
  (value) => {
    if (typeof value === 'number') return String(value);
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    return value;
  },
  z.string({ error: missingOr('muss ein Datum wie «2025-07» sein') }).transform((value, ctx) => {
    const parsed = parseDossierDate(value);
    if (!parsed.ok) {
      ctx.addIssue({
        code: 'custom',
        message: `${parsed.reason}. Erlaubt: JJJJ, JJJJ-MM, JJJJ-MM-TT oder ein Bereich wie 2024-08/2025-07; nie genauer als die Quelle.`,
      });
      return z.NEVER;
    }
    return parsed.date;
  }),
);

/**
 * A calendar day `YYYY-MM-DD` on which the dossier changed (`added`, `updated`): content, not the
 * build's clock, so the same content builds the same pages. YAML reads an unquoted day as a
 * date; it is turned back into the day as written.
 */
export const changeDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: missingOr('muss ein Tag wie «2025-07-14» sein') })
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'muss ein Tag der Form JJJJ-MM-TT sein, z. B. «2025-07-14»' })
    .refine(
      (day) => {
        const date = new Date(`${day}T00:00:00Z`);
        return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) === day;
      },
      { error: 'diesen Tag gibt es nicht' },
    ),
);

/**
 * When an entry entered the dossier and when it last changed: set by `npm run ingest` and
 * `npm run accept`, by hand where an editor changes an entry. `updated` is never before `added`
 * (checked with the dossier graph).
 */
export const changeDays = {
  /** The day the entry entered the dossier. */
  added: changeDay,
  /** The day it last changed in substance; absent while unchanged since `added`. */
  updated: changeDay.optional(),
};

/** A statement of fact with the paragraphs it rests on. */
export const citedText = z.object({
  /** One or two sober sentences in de-CH. */
  text: requiredText(),
  /** The source paragraphs that say this. */
  cite: citations,
});
