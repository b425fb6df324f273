// Directory search figures on the seeded municipality, ours against Fuse.js on the same
// data and queries: index build time and heap, query time p50/p95, recall@10.
import Fuse from 'fuse.js';
import { createDirectoryIndex, foldDanish, type DirectoryData } from '../src/shared/search';
import { makeQueries, recallAt10, type LabelledQuery } from './search-queries';
import { now, percentile, type Figure } from './measure';

const gc = (globalThis as { gc?: () => void }).gc;
function heapUsed(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

interface Engine { build(): (text: string) => string[] }

function measureEngine(name: string, engine: Engine, queries: LabelledQuery[], warmUp = true) {
  const heapBefore = heapUsed();
  const started = now();
  const search = engine.build();
  const buildMs = now() - started;
  const heapMb = (heapUsed() - heapBefore) / 1e6;
  // One warm-up round (the JIT), then the measured round. Fuse.js takes seconds a query at
  // this size, where warming up changes nothing, so it runs one round only.
  if (warmUp) for (const query of queries) search(query.text);
  const times: number[] = [];
  let recall = 0;
  const byKind = new Map<string, number[]>();
  for (const query of queries) {
    const t = now();
    const results = search(query.text);
    times.push(now() - t);
    const r = recallAt10(results, query.relevant);
    recall += r;
    byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), r]);
  }
  const kinds = [...byKind].map(([kind, values]) => `${kind} ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(2)}`).join(', ');
  return { name, buildMs, heapMb, p50: percentile(times, 50), p95: percentile(times, 95), recall: recall / queries.length, kinds };
}

export function searchFigures(data: DirectoryData): Figure[] {
  const queries = makeQueries(data);
  const ours = measureEngine('Videnbro', { build: () => { const index = createDirectoryIndex(data); return (text) => index.search(text, {}, 10); } }, queries);

  const fuse = measureEngine('Fuse.js', {
    build: () => {
      // Fuse gets the same Danish folding, so the comparison is of the engines.
      const units = new Map(data.units.map((u) => [u.id, u]));
      const areas = new Map(data.areas.map((a) => [a.id, a.name]));
      const competences = new Map(data.competences.map((c) => [c.id, [c.name, ...c.synonyms].join(' ')]));
      const held = new Map<string, string[]>();
      const notes = new Map<string, string[]>();
      for (const row of data.personCompetences) {
        held.set(row.personId, [...(held.get(row.personId) ?? []), foldDanish(competences.get(row.competenceId) ?? '')]);
        if (row.note) notes.set(row.personId, [...(notes.get(row.personId) ?? []), foldDanish(row.note)]);
      }
      const docs = data.people.map((p) => ({
        id: p.id, name: foldDanish(p.name), title: foldDanish(p.title),
        place: foldDanish(`${units.get(p.unitId)?.name ?? ''} ${areas.get(units.get(p.unitId)?.areaId ?? '') ?? ''}`),
        competences: held.get(p.id) ?? [], notes: notes.get(p.id) ?? [], bio: foldDanish(p.bio),
      }));
      const index = new Fuse(docs, {
        keys: [{ name: 'competences', weight: 3 }, { name: 'name', weight: 2 }, { name: 'title', weight: 1 }, { name: 'place', weight: 1 }, { name: 'notes', weight: 1 }, { name: 'bio', weight: 0.5 }],
        threshold: 0.35, ignoreLocation: true, useExtendedSearch: false,
      });
      return (text) => index.search(foldDanish(text), { limit: 10 }).map((hit) => hit.item.id);
    },
  }, queries, false);

  const kinds = [...new Set(queries.map((q) => q.kind))].map((kind) => `${kind} ${queries.filter((q) => q.kind === kind).length}`).join(', ');
  return [
    { name: `search queries (${queries.length}: ${kinds})`, value: queries.length, unit: 'queries' },
    { name: 'search index build (ours)', value: ours.buildMs, unit: 'ms', goal: '≤ 800', met: ours.buildMs <= 800 },
    { name: 'search index heap (ours)', value: ours.heapMb, unit: 'MB', goal: '≤ 150', met: ours.heapMb <= 150 },
    { name: 'search query p50 (ours)', value: ours.p50, unit: 'ms' },
    { name: 'search query p95 (ours)', value: ours.p95, unit: 'ms', goal: '≤ 2', met: ours.p95 <= 2 },
    { name: `search recall@10 (ours; ${ours.kinds})`, value: ours.recall, unit: '' },
    { name: 'Fuse.js index build', value: fuse.buildMs, unit: 'ms' },
    { name: 'Fuse.js index heap', value: fuse.heapMb, unit: 'MB' },
    { name: 'Fuse.js query p50', value: fuse.p50, unit: 'ms' },
    { name: 'Fuse.js query p95', value: fuse.p95, unit: 'ms' },
    { name: `Fuse.js recall@10 (${fuse.kinds})`, value: fuse.recall, unit: '' },
    { name: 'speed-up over Fuse.js (p50)', value: fuse.p50 / ours.p50, unit: '×', goal: '≥ 20', met: fuse.p50 / ours.p50 >= 20 },
    { name: 'speed-up over Fuse.js (p95)', value: fuse.p95 / ours.p95, unit: '×', goal: '≥ 20', met: fuse.p95 / ours.p95 >= 20 },
    { name: 'recall@10, ours minus Fuse.js', value: ours.recall - fuse.recall, unit: '', goal: '≥ 0', met: ours.recall >= fuse.recall },
  ];
}
