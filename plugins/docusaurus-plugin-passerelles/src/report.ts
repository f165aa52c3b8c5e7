/** Prints problems the same way for the build and the CLI: one line each, errors counted. */
import logger from '@docusaurus/logger';
import {formatProblem, hasErrors, type Problem} from './model/problems';

export function printProblems(problems: readonly Problem[]): void {
  for (const problem of problems) {
    if (problem.severity === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
}

export function summarizeProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const files = new Set(errors.map((problem) => problem.file));
  return `Passerelles: ${errors.length} error(s) in ${files.size} file(s); fix them and run again (npx docusaurus passerelles:check gives the same list without building).`;
}

/**
 * An author's mistake is a message, not a crash: outside the dev server, the
 * process ends here with the list printed and no stack trace.
 */
export class ContentProblemsError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(summarizeProblems(problems));
    this.name = 'ContentProblemsError';
    this.stack = this.message;
  }
}

export function failOnErrors(problems: readonly Problem[]): void {
  if (!hasErrors(problems)) return;
  if (process.env.NODE_ENV === 'production') {
    logger.error(summarizeProblems(problems));
    process.exit(1);
  }
  throw new ContentProblemsError(problems);
}
