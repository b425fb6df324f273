// The directory search engine: a pure module, shared by the app and the benchmark.
export { createDirectoryIndex, competenceScore } from './directory-index';
export type { DirectoryData, DirectoryIndex, SearchFilters, SearchHit } from './directory-index';
export { foldDanish, tokenize } from './fold';
