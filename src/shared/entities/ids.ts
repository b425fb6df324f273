// Ids that follow from a pair (one row per person and competence…), in a module of their
// own: code that only needs an id does not load the entity schemas with it.

/** One person has at most one row per competence, so the row's id follows from the pair. */
export function personCompetenceId(personId: string, competenceId: string): string {
  return `${personId}:${competenceId}`;
}

export function coreKnowledgeId(unitId: string, competenceId: string): string {
  return `${unitId}:${competenceId}`;
}
