/** An event's place, participants and countries name entries of the kinds the vocabulary allows there. */
import { EVENT_RELATIONS, EVENT_RELATION_TYPES } from '../../model/vocabulary.ts';
import type { Check } from './check.ts';
import { referenceIssue, referenceListIssues } from './references.ts';

export const checkEventReferences: Check = ({ dossier }) =>
  [...dossier.nodes.values()].flatMap((node) => {
    if (node.kind !== 'event') return [];
    return EVENT_RELATION_TYPES.flatMap((type) => {
      const { field, to } = EVENT_RELATIONS[type];
      const value = node.data[field];
      if (value === undefined) return [];
      return typeof value === 'string' ? (referenceIssue(dossier, node.filePath, field, value, to) ?? []) : referenceListIssues(dossier, node.filePath, field, value, to);
    });
  });
