// The directory search engine: a pure module, shared by the app and the benchmark.
export { buildDirectoryIndexInSlices, createDirectoryIndex, competenceScore } from './directory-index';
export type { DirectoryData, DirectoryIndex, MatchField, SearchFilters, SearchHit, SearchOptions, SearchPage, TypoReading } from './directory-index';
export { foldDanish, tokenize } from './fold';
