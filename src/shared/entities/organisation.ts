// Areas, units and people: the organisation a person belongs to.
import * as v from 'valibot';

export const AreaSchema = v.object({
  id: v.string(),
  name: v.string(),
});
export type Area = v.InferOutput<typeof AreaSchema>;

export const UnitSchema = v.object({
  id: v.string(),
  areaId: v.string(),
  name: v.string(),
});
export type Unit = v.InferOutput<typeof UnitSchema>;

export const ROLES = ['employee', 'organizer', 'leader', 'admin'] as const;
export const RoleSchema = v.picklist(ROLES);
export type Role = v.InferOutput<typeof RoleSchema>;

export const PersonSchema = v.object({
  id: v.string(),
  name: v.string(),
  email: v.string(),
  title: v.string(),
  /** null when the person hides it from others (the server never sends it then). */
  phone: v.nullable(v.string()),
  phoneHidden: v.boolean(),
  bio: v.string(),
  unitId: v.string(),
  roles: v.array(RoleSchema),
  knowledgeSharer: v.boolean(),
});
export type Person = v.InferOutput<typeof PersonSchema>;
