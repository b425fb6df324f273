// The protocol's size limits (sync.md), in a module of their own: the client's sync engine
// needs the numbers, not the schemas around them.
export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_PULL_LIMIT = 5000;
export const DEFAULT_PULL_LIMIT = 2000;
