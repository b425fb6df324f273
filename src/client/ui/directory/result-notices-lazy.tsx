// The notices above the directory's results (result-notices.tsx), loaded when one is first
// shown: a typo reading, an exact search or nobody found are not part of the home screen's
// first JavaScript.
import { lazy, Suspense } from 'preact/compat';
import type { ComponentProps } from 'preact';

const notices = () => import('./result-notices');
const LazyTypoReading = lazy(() => notices().then((module) => ({ default: module.TypoReadingNotice })));
const LazyExactSearch = lazy(() => notices().then((module) => ({ default: module.ExactSearchNotice })));
const LazyNoResults = lazy(() => notices().then((module) => ({ default: module.NoResults })));

type Props<T extends keyof typeof import('./result-notices')> = ComponentProps<(typeof import('./result-notices'))[T]>;

export function TypoReadingNotice(props: Props<'TypoReadingNotice'>) {
  return <Suspense fallback={null}><LazyTypoReading {...props} /></Suspense>;
}

export function ExactSearchNotice(props: Props<'ExactSearchNotice'>) {
  return <Suspense fallback={null}><LazyExactSearch {...props} /></Suspense>;
}

export function NoResults(props: Props<'NoResults'>) {
  return <Suspense fallback={null}><LazyNoResults {...props} /></Suspense>;
}
