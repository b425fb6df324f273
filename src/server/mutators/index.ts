// One server mutator per mutation name. A name without one is rejected with
// `not_available_yet` until its feature lands.
import type { MutationName } from '../../shared/protocol';
import type { Mutator } from './context';
import { profileUpdate } from './profile-update';
import { competenceSet } from './competence-set';
import { competenceRemove } from './competence-remove';

export const mutators: { [N in MutationName]?: Mutator<N> } = {
  'profile.update': profileUpdate,
  'competence.set': competenceSet,
  'competence.remove': competenceRemove,
};
