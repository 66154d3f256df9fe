/**
 * Concept checks: seeded option shuffling, scoring and feedback, the QuizSession state machine
 * that the quiz panel, the lesson panel's embedded checks and the CLI all drive, and the pure
 * progress record for quizzes. No vscode, no DOM.
 */
export * from './random';
export * from './scoring';
export * from './session';
export * from './progress';
