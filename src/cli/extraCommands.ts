/**
 * The commands beyond list / run / check (pipelines, quizzes, validate, new), registered here so
 * main.ts stays a dispatcher. Each returns an exit code.
 */
import type { Catalog } from '../core/content/catalog';
import type { GradingService } from '../core/grading/gradingService';
import { checkPipelineCommand, runPipelineCommand } from './pipelineCommands';
import { newCommand } from './newCommand';
import { quizCommand } from './quizCommand';
import { validateCommand } from './validateCommand';

export interface CliContext {
  out(s: string): void;
  err(s: string): void;
  grader: GradingService;
  json: boolean;
  contentDir: string;
  /** Where the command was started (scaffolding writes relative to it). */
  cwd: string;
  /** The built grading worker, for commands that start more graders (validate's pool). */
  workerPath: string;
  catalog(): Catalog;
  readAnswer(file: string | undefined): { text?: string; problem?: string };
}

export type CliCommand = (ctx: CliContext, args: string[], flags: Map<string, string | true>) => Promise<number> | number;

export function registerExtraCommands(): Record<string, CliCommand> {
  return { quiz: quizCommand, validate: validateCommand, new: newCommand, 'check-pipeline': checkPipelineCommand, 'run-pipeline': runPipelineCommand };
}
