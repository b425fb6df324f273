// Random secrets and their hashes: only hashes are stored, so a database leak signs no one in.
import { createHash, randomBytes, randomInt } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');
export const newLoginCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');
