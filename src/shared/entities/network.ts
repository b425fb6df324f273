// Networks, their members and the tasks management gives them.
import * as v from 'valibot';
import { Id, IsoDate, longText, text } from './common';

export const NETWORK_KINDS = ['leader', 'knowledgeSharers', 'project', 'professional'] as const;
export const NetworkKindSchema = v.picklist(NETWORK_KINDS);
export const JoinPolicySchema = v.picklist(['open', 'approval']);

export const NetworkSchema = v.object({
  id: Id,
  name: text(160),
  description: longText(2000),
  kind: NetworkKindSchema,
  joinPolicy: JoinPolicySchema,
  createdBy: Id,
});
export type Network = v.InferOutput<typeof NetworkSchema>;

export const MembershipSchema = v.object({
  id: Id,
  networkId: Id,
  personId: Id,
  status: v.picklist(['active', 'pending']),
  role: v.picklist(['member', 'coordinator']),
});
export type Membership = v.InferOutput<typeof MembershipSchema>;

export function membershipId(networkId: string, personId: string): string {
  return `${networkId}:${personId}`;
}

export const NetworkTaskSchema = v.object({
  id: Id,
  networkId: Id,
  title: text(200),
  description: longText(4000),
  due: v.nullable(IsoDate),
  status: v.picklist(['open', 'done']),
  report: longText(4000),
  /** Who wrote the report, and when: the giver sees it was answered, and by whom. */
  reportBy: v.nullable(Id),
  reportAt: v.nullable(v.string()),
  createdBy: Id,
});
export type NetworkTask = v.InferOutput<typeof NetworkTaskSchema>;
