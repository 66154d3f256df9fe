/**
 * Commands that other parts of the product add to the CLI (pipelines, quizzes), registered here so
 * main.ts stays a dispatcher. Each returns an exit code.
 */
import type { Catalog } from '../core/content/catalog';
import type { PipelineValidator } from '../core/content/validateCourse';
import type { GenerationOptions } from '../core/grading/generate/options';
import type { GradingService } from '../core/grading/gradingService';
import { pipelineValidator } from '../core/grading/pipelineValidate';
import { checkPipelineCommand, runPipelineCommand } from './pipelineCommands';
import { quizCommand } from './quizCommand';

export interface CliContext {
  out(s: string): void;
  err(s: string): void;
  grader: GradingService;
  json: boolean;
  contentDir: string;
  catalog(): Catalog;
  readAnswer(file: string | undefined): { text?: string; problem?: string };
  /** --seed and --budget: generated data for check (and validate). */
  generation: GenerationOptions;
}

export type CliCommand = (ctx: CliContext, args: string[], flags: Map<string, string | true>) => Promise<number> | number;

export function registerExtraCommands(): Record<string, CliCommand> {
  return { quiz: quizCommand, 'check-pipeline': checkPipelineCommand, 'run-pipeline': runPipelineCommand };
}

/** Set by the pipeline module when it exists. */
registerExtraCommands.pipelineValidator = pipelineValidator as undefined | ((grader: GradingService) => PipelineValidator);
