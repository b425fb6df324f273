// The Læring section's screens, loaded together by their routes (router.tsx): one chunk
// for the section, so the first paint names one file for it instead of one per screen.
export { LearningScreen } from './learning-screen';
export { WriteScreen } from './write-screen';
export { MeetingScreen } from './meeting-screen';
export { LearningPage } from './learning-page';
