/**
 * Every id the extension shares with package.json, defined once. A unit test keeps this file and
 * the manifest's `contributes` in sync in both directions.
 */

/** Commands shown in the Command Palette, with their titles (category "DE Dojo"). */
export const PALETTE_COMMANDS = {
  runQuery: { id: 'deDojo.runQuery', title: 'Run Query' },
  checkAnswer: { id: 'deDojo.checkAnswer', title: 'Check Answer' },
  showHint: { id: 'deDojo.showHint', title: 'Show Hint' },
  showSolution: { id: 'deDojo.showSolution', title: 'Show Solution' },
  resetProblem: { id: 'deDojo.resetProblem', title: 'Reset Problem' },
  continue: { id: 'deDojo.continue', title: 'Continue' },
  openLesson: { id: 'deDojo.openLesson', title: 'Open Lesson...' },
  openProblem: { id: 'deDojo.openProblem', title: 'Open Problem...' },
  openQuiz: { id: 'deDojo.openQuiz', title: 'Open Quiz...' },
  reloadCourse: { id: 'deDojo.reloadCourse', title: 'Reload Course' },
  resetProgress: { id: 'deDojo.resetProgress', title: 'Reset All Progress...' },
  showLog: { id: 'deDojo.showLog', title: 'Show Log' },
  showContentProblems: { id: 'deDojo.showContentProblems', title: 'Show Content Problems' },
  /** Shown only while a problem panel is active (its title bar and the palette). */
  keepProblemOpen: { id: 'deDojo.keepProblemOpen', title: 'Keep This Problem Open' },
  stopKeepingProblemOpen: { id: 'deDojo.stopKeepingProblemOpen', title: 'Stop Keeping This Problem Open' },
} as const;

/** Commands that need an argument (a tree node or an id): hidden from the palette (`when: false`). */
export const INTERNAL_COMMANDS = {
  openItem: { id: 'deDojo.openItem', title: 'Open' },
  markLessonRead: { id: 'deDojo.markLessonRead', title: 'Mark as Read' },
} as const;

export const COMMANDS = { ...PALETTE_COMMANDS, ...INTERNAL_COMMANDS } as const;
export type CommandKey = keyof typeof COMMANDS;

export const CATEGORY = 'DE Dojo';

export const VIEW_CONTAINER = 'deDojo';
export const TOPICS_VIEW = 'deDojo.topics';

export const CONTEXT_KEYS = {
  /** True while the active editor is a DE Dojo answer file. */
  isAnswerFile: 'deDojo.isAnswerFile',
  /** 'ok' | 'failed' | 'empty': drives the Topics view's welcome content. */
  contentState: 'deDojo.contentState',
  /** True once any problem is solved, restored from progress at activation (walkthrough step). */
  firstProblemSolved: 'deDojo.firstProblemSolved',
  /** True once a lesson has been opened or read (walkthrough step). */
  firstLessonOpened: 'deDojo.firstLessonOpened',
  /** True once the Topics view has been on screen, including when it was open at start (walkthrough step). */
  sidebarSeen: 'deDojo.sidebarSeen',
  /** True while the active problem panel is kept open (pinned): it is not reused for another problem. */
  problemPanelKept: 'deDojo.problemPanelKept',
} as const;

/** The walkthrough and its step ids, as package.json contributes them. */
export const WALKTHROUGH = {
  id: 'deDojo.gettingStarted',
  steps: { openSidebar: 'deDojo.openSidebar', readLesson: 'deDojo.readLesson', solveProblem: 'deDojo.solveProblem' },
} as const;

export const PANEL_TYPES = {
  lesson: 'deDojo.lesson',
  problem: 'deDojo.problem',
  quiz: 'deDojo.quiz',
} as const;

export const SETTINGS = {
  section: 'deDojo',
  checkDeadlineMs: 'checkDeadlineMs',
  showNotifications: 'showNotifications',
  answerFolder: 'answerFolder',
  coursePaths: 'coursePaths',
} as const;

/** The one activation event besides the panels: a workspace holding a course pack, for the authoring loop. */
export const PACK_ACTIVATION_EVENT = 'workspaceContains:**/course.yaml';

export const OUTPUT_CHANNEL = 'DE Dojo';
export const DIAGNOSTIC_SOURCE = 'DE Dojo';
export const PROGRESS_KEY = 'deDojo.progress';
/** workspaceState: the Topics modules left expanded. */
export const EXPANDED_MODULES_KEY = 'deDojo.expandedModules';
