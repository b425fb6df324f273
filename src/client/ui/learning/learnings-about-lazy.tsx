// The learnings about an event, a network, a person or a competence, for those pages: a
// small stand-in that loads the list (and the learning section's texts) when it is shown,
// so those pages do not carry the learning section with them.
import { lazy, Suspense } from 'preact/compat';
import type { LearningsAbout as About } from './learning-data';

const List = lazy(() => import('./learnings-about').then((module) => ({ default: module.LearningsAboutList })));

export function LearningsAbout({ about }: { about: About }) {
  return <Suspense fallback={null}><List about={about} /></Suspense>;
}
