// admin.saveCompetence and admin.mergeCompetences: an admin looks after the competence
// catalogue (issue 20, part 4). Adding, renaming, describing, giving synonyms (the search
// uses them) and retiring are one row at a new version; a merge moves every holder, unit
// need and tag to the survivor (db/competence-merge.ts). Names are unique in Danish
// (case and spacing aside), so the pickers never offer two of the same.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { liveCompetenceNames, readCompetence, writeCompetence, type CompetenceFields } from '../db/competence-catalogue';
import { mergeCompetenceInto } from '../db/competence-merge';
import { bit, bool, parseJsonList } from '../db/json';
import { auditAdminChange as audit, requireAdmin } from './admin-rules';

const sameWords = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

/** Synonyms once each, without the name itself. */
function cleanSynonyms(name: string, synonyms: readonly string[]): string[] {
  const seen = new Set([sameWords(name)]);
  return synonyms.map((s) => s.trim()).filter((s) => {
    const key = sameWords(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const shown = (fields: CompetenceFields) => ({
  name: fields.name, category: fields.category, description: fields.description,
  synonyms: parseJsonList<string>(fields.synonyms), retired: bool(fields.retired),
});

export const adminSaveCompetence: Mutator<'admin.saveCompetence'> = async (ctx, args) => {
  requireAdmin(ctx);
  const existing = await readCompetence(ctx.tx, args.id);
  // Merged or removed: gone from every phone, not to be brought back by an old form.
  if (existing && existing.deleted !== 0) throw new MutationRefusal('competence_not_found');
  const name = args.name.trim();
  const others = (await liveCompetenceNames(ctx.tx)).filter((c) => c.id !== args.id);
  if (others.some((c) => sameWords(c.name) === sameWords(name))) throw new MutationRefusal('competence_name_taken');

  const fields: CompetenceFields = {
    name, category: args.category.trim(), description: args.description.trim(),
    synonyms: JSON.stringify(cleanSynonyms(name, args.synonyms)), retired: bit(args.retired),
  };
  const before = existing ? shown(existing) : {};
  const after = shown(fields);
  if (existing && JSON.stringify(before) === JSON.stringify(after)) return;
  await writeCompetence(ctx.tx, args.id, fields, await ctx.nextVersion(), existing !== undefined);
  // Only what changed, before → after.
  const changed = Object.keys(after).filter((key) => JSON.stringify(before[key as keyof typeof before]) !== JSON.stringify(after[key as keyof typeof after]));
  await audit(ctx, 'admin.saveCompetence', name,
    Object.fromEntries(changed.filter((key) => key in before).map((key) => [key, before[key as keyof typeof before]])),
    Object.fromEntries(changed.map((key) => [key, after[key as keyof typeof after]])));
};

export const adminMergeCompetences: Mutator<'admin.mergeCompetences'> = async (ctx, args) => {
  requireAdmin(ctx);
  if (args.fromId === args.intoId) throw new MutationRefusal('competence_merge_same');
  const [from, into] = [await readCompetence(ctx.tx, args.fromId), await readCompetence(ctx.tx, args.intoId)];
  // Already merged into this one (the same change sent again): done.
  if (from?.deleted !== 0 && from?.merged_into === args.intoId) return;
  if (!from || from.deleted !== 0 || !into || into.deleted !== 0) throw new MutationRefusal('competence_not_found');
  const counts = await mergeCompetenceInto(ctx.tx, from.id, into.id, ctx.now, ctx.reserveVersions);
  await audit(ctx, 'admin.mergeCompetences', `${from.name} → ${into.name}`, { name: from.name }, { into: into.name, ...counts });
};
