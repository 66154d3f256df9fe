/**
 * The heavy half of the extension, bundled on its own as dist/extension-course.js and required on
 * first use (see lazy.ts): loading the course (YAML parsers, the zod schema), rendering its
 * Markdown (markdown-it, highlight.js) and running quiz attempts. Nothing here imports 'vscode'.
 */
export { loadPack, loadShippedCourse, validatePack } from './adapters/courseLoader';
export { lessonView, problemView } from './views/pageViews';
export { QuizSession } from '../core/quiz/session';
export { quizView } from './views/quizView';
