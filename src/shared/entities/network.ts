// Networks, their members and the tasks management gives them.
import * as v from 'valibot';
import { StoredTime } from './common';

export const NETWORK_KINDS = ['leader', 'knowledgeSharers', 'project', 'professional'] as const;
export const NetworkKindSchema = v.picklist(NETWORK_KINDS);
export const JoinPolicySchema = v.picklist(['open', 'approval']);

export const NetworkSchema = v.object({
  id: v.string(),
  name: v.string(),
  description: v.string(),
  kind: NetworkKindSchema,
  joinPolicy: JoinPolicySchema,
  createdBy: v.string(),
});
export type Network = v.InferOutput<typeof NetworkSchema>;

/**
 * `declined`: a coordinator said no to the request. The row stays, seen by the asker alone
 * (db/visibility/networks.ts), so the asker is told (a notice) and may ask again.
 */
export const MembershipSchema = v.object({
  id: v.string(),
  networkId: v.string(),
  personId: v.string(),
  status: v.picklist(['active', 'pending', 'declined']),
  role: v.picklist(['member', 'coordinator']),
});
export type Membership = v.InferOutput<typeof MembershipSchema>;

export function membershipId(networkId: string, personId: string): string {
  return `${networkId}:${personId}`;
}

export const NetworkTaskSchema = v.object({
  id: v.string(),
  networkId: v.string(),
  title: v.string(),
  description: v.string(),
  /** A calendar date, YYYY-MM-DD (networkTask.create checks it as IsoDate). */
  due: v.nullable(v.string()),
  status: v.picklist(['open', 'done']),
  report: v.string(),
  /** Who wrote the report, and when: the giver sees it was answered, and by whom. */
  reportBy: v.nullable(v.string()),
  reportAt: v.nullable(StoredTime),
  createdBy: v.string(),
});
export type NetworkTask = v.InferOutput<typeof NetworkTaskSchema>;
