// profile.update: a person edits their own title, phone, bio and whether the phone is shown.
import type { Mutator } from './context';
import { bit } from '../db/json';
import { updateProfile, type ProfileFields } from '../db/people';

export const profileUpdate: Mutator<'profile.update'> = async ({ tx, viewer, nextVersion }, args) => {
  const changes: ProfileFields = {
    ...(args.title !== undefined && { title: args.title }),
    ...(args.phone !== undefined && { phone: args.phone }),
    ...(args.bio !== undefined && { bio: args.bio }),
    ...(args.phoneHidden !== undefined && { phone_hidden: bit(args.phoneHidden) }),
  };
  if (Object.keys(changes).length === 0) return;
  await updateProfile(tx, viewer.personId, changes, await nextVersion());
};
