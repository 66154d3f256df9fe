/**
 * The course loader and the Markdown renderer load on first use, not with the extension: they live
 * in a second bundle (dist/extension-course.js, built from course.ts) that dist/extension.js
 * requires the first time the course or a page is needed. Activation then costs only the small
 * bundle (bench/activation-probe.cjs measures it).
 */
/* eslint-disable @typescript-eslint/no-require-imports */

type Course = typeof import('./course');

let loaded: Course | undefined;

function course(): Course {
  // esbuild leaves this require alone (it is external), so it resolves next to dist/extension.js.
  loaded ??= require('./extension-course.js') as Course;
  return loaded;
}

export function courseLoader(): Pick<Course, 'loadShippedCourse' | 'loadPack' | 'validatePack'> {
  return course();
}

export function pageViews(): Pick<Course, 'lessonView' | 'problemView'> {
  return course();
}

/** Quiz attempts (QuizSession) and their screens for the webviews. */
export function quizKit(): Pick<Course, 'QuizSession' | 'quizView'> {
  return course();
}
