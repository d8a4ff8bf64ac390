/** YAML for content files as the README prescribes it, for the files ingest and accept write. */
import { dump as toYaml } from 'js-yaml';

/**
 * `data` as YAML, dates and days in double quotes (`date: "2025-07"`, `added: "2025-07-14"`), so that
 * YAML never reads them as anything but text; a value that occurs twice is written twice, never as an
 * anchor and alias (`&ref_0`, `*ref_0`), which editors would not understand.
 */
export function contentYaml(data: Record<string, unknown>): string {
  return toYaml(data, { lineWidth: -1, noRefs: true }).replace(/^(\s*(?:date|added|updated)): '?([0-9]{4}(?:-[0-9]{2}){0,2}(?:\/[0-9]{4}(?:-[0-9]{2}){0,2})?)'?$/gmu, '$1: "$2"');
}
