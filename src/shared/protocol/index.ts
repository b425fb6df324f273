export * from './mutations';
export * from './envelopes';
export * from './errors';
export * from './mutation-labels';
