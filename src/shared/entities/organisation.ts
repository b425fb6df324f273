// Areas, units and people: the organisation a person belongs to.
import * as v from 'valibot';
import { Id, longText, text } from './common';

export const AreaSchema = v.object({
  id: Id,
  name: text(120),
});
export type Area = v.InferOutput<typeof AreaSchema>;

export const UnitSchema = v.object({
  id: Id,
  areaId: Id,
  name: text(160),
});
export type Unit = v.InferOutput<typeof UnitSchema>;

export const ROLES = ['employee', 'organizer', 'leader', 'admin'] as const;
export const RoleSchema = v.picklist(ROLES);
export type Role = v.InferOutput<typeof RoleSchema>;

export const PersonSchema = v.object({
  id: Id,
  name: text(160),
  email: text(254),
  title: text(120),
  /** null when the person hides it from others (the server never sends it then). */
  phone: v.nullable(text(40)),
  phoneHidden: v.boolean(),
  bio: longText(2000),
  unitId: Id,
  roles: v.array(RoleSchema),
  knowledgeSharer: v.boolean(),
});
export type Person = v.InferOutput<typeof PersonSchema>;
