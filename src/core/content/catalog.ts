/**
 * The course as front ends use it: the loaded catalogue, its diagnostics, and a cache of problem
 * files read on demand. One place turns an id into something gradable.
 */
import { pipelineProblemSpec } from '../grading/pipelineSpec';
import type { PipelineProblemSpec } from '../grading/pipelineTypes';
import { queryProblemSpec } from '../grading/problemSpec';
import type { QueryProblemSpec } from '../grading/types';
import type { ContentSource } from './contentSource';
import type { Diagnostic } from './diagnostics';
import { loadCourse, type LoadOptions } from './loadCourse';
import { loadProblemFiles } from './loadProblemFiles';
import type { Course, Problem, ProblemFiles } from './model';

export class Catalog {
  readonly course: Course;
  readonly diagnostics: Diagnostic[];
  private readonly files = new Map<string, { files?: ProblemFiles; diagnostics: Diagnostic[] }>();

  constructor(
    readonly source: ContentSource,
    options: LoadOptions = {},
  ) {
    const loaded = loadCourse(source, options);
    this.course = loaded.course;
    this.diagnostics = loaded.diagnostics;
  }

  problem(id: string): Problem | undefined {
    const item = this.course.items.get(id);
    return item?.kind === 'problem' ? item : undefined;
  }

  /** The problem's SQL files, read once; undefined (with diagnostics) when the folder is broken. */
  problemFiles(id: string): { files?: ProblemFiles; diagnostics: Diagnostic[] } {
    const cached = this.files.get(id);
    if (cached) return cached;
    const problem = this.problem(id);
    const result = problem ? loadProblemFiles(this.source, problem) : { diagnostics: [] };
    this.files.set(id, result);
    return result;
  }

  querySpec(id: string): QueryProblemSpec | undefined {
    const { files } = this.problemFiles(id);
    return files?.kind === 'query' ? queryProblemSpec(id, files) : undefined;
  }

  pipelineSpec(id: string): PipelineProblemSpec | undefined {
    const { files } = this.problemFiles(id);
    return files?.kind === 'pipeline' ? pipelineProblemSpec(id, files) : undefined;
  }

  /** Closest ids to a mistyped one, for "did you mean". */
  suggest(id: string, kind?: 'lesson' | 'problem' | 'quiz'): string[] {
    const candidates = [...this.course.items.values()].filter((i) => !kind || i.kind === kind).map((i) => i.id);
    return candidates
      .map((c) => ({ c, d: editDistance(id, c) }))
      .filter((x) => x.d <= Math.max(2, Math.floor(id.length / 3)) || x.c.includes(id))
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((x) => x.c);
  }
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}
