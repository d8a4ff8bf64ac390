/** Schemas of the four entity collections: people, countries, places, organisations. */
import { z } from 'astro/zod';
import { ENTITY_RELATION_TYPES } from '../model/vocabulary.ts';
import { changeDays, citations, citedText, dossierDate, oneOf, requiredText, slug } from './fields.ts';

export const entityRelation = z.object({
  /** What kind of link this is; decides how it is labelled and grouped on both pages. */
  type: z.enum(ENTITY_RELATION_TYPES, { error: oneOf(ENTITY_RELATION_TYPES) }),
  /** The entity on the other end, by its id. */
  target: slug,
  /** For `funktion`: the office as the source names it, e.g. «Aussenminister». */
  role: requiredText().optional(),
  /** Since when the relation holds, if the source says so. */
  since: dossierDate.optional(),
  /** Until when the relation held, if the source says so. */
  until: dossierDate.optional(),
  /** The paragraphs that state the relation. */
  cite: citations,
});

const baseEntity = z.object({
  /** The name the dossier uses as page title. */
  name: requiredText(),
  /** Every other form the texts use, inflected forms included (`Lawrows`, `Nordkoreas`). */
  aliases: z.array(requiredText()).default([]),
  /**
   * Other spellings and transliterations readers meet elsewhere (`Lavrov`, `Pyongyang`): shown
   * as «Auch geschrieben», found by search, and linked where a source uses them.
   */
  spellings: z.array(requiredText()).default([]),
  /** One or two sober sentences in de-CH saying who or what this is, as the sources say it. */
  summary: requiredText(),
  /** The paragraphs the summary rests on. */
  cite: citations,
  /** Further facts, each with its own evidence. */
  facts: z.array(citedText).default([]),
  /** Typed links to other entities. */
  relations: z.array(entityRelation).default([]),
  /**
   * Adjective stem the texts use where they mean this entity, e.g. `nordkoreanisch` for «der
   * nordkoreanische Machthaber»; its inflected forms (-e, -em, -en, -er, -es) are linked.
   */
  adjective: z.string().regex(/^\p{Ll}+$/u, { error: 'muss ein kleingeschriebener Adjektiv-Stamm sein, z. B. «russisch»' }).optional(),
  /**
   * A draft (written by `npm run ingest -- --stub`): shown and flagged in the preview
   * (`npm run dev`), left out of every published build until an editor removes this line.
   */
  draft: z.boolean().default(false),
  /** Former ids (URL segments) of this entry; each keeps working as a redirect to the current page. */
  formerSlugs: z.array(slug).default([]),
  /** Wikidata item, e.g. `Q12345`, where an editor has established it. */
  wikidata: z.string().regex(/^Q[1-9][0-9]*$/, { error: 'muss eine Wikidata-Kennung wie «Q159» sein' }).optional(),
  ...changeDays,
});

const coordinates = z.object({
  /** Latitude in degrees, WGS 84. */
  lat: z.number().min(-90).max(90),
  /** Longitude in degrees, WGS 84. */
  lon: z.number().min(-180).max(180),
  /**
   * Where the position comes from, so a reader can check it: news articles rarely give
   * coordinates, so this names a gazetteer entry, e.g. «GeoNames: Wŏnsan (KP)».
   */
  source: requiredText(),
});

export const personSchema = baseEntity;

export const countrySchema = baseEntity.extend({
  /** A representative point for maps. */
  coordinates: coordinates.optional(),
  /**
   * ISO 3166-1 numeric code, e.g. `408` for North Korea: picks the country's outline from the
   * Natural Earth map data, so it can be highlighted on maps.
   */
  isoNumeric: z.string().regex(/^[0-9]{3}$/, { error: 'muss ein dreistelliger ISO-3166-1-Zahlencode wie «643» sein' }).optional(),
});

export const placeSchema = baseEntity.extend({
  /** The place's position for maps. */
  coordinates: coordinates.optional(),
});

export const organisationSchema = baseEntity.extend({
  /** The name after «laut», e.g. «russischem Aussenministerium»; defaults to `name`. */
  nameAfterLaut: requiredText().optional(),
});
