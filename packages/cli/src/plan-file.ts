/**
 * Reading a plan file that a command works on (not just checks): an invalid plan is an input
 * error, with every problem listed.
 * @module
 */
import { parsePlan, type Plan, type PlanIssue } from '@asf-kit/core';
import { CliError } from './errors.js';
import { readJson, type Io } from './io.js';
import { withoutPath } from './text.js';

/** A plan as parsed, and the JSON object it came from (kept for writing back unchanged). */
export interface PlanFile {
  file: string;
  plan: Plan;
  raw: Record<string, unknown>;
}

/** Lists plan issues on standard error, one a line, with the file and JSON Pointer. */
export function printPlanIssues(io: Io, file: string, issues: readonly PlanIssue[]): void {
  for (const i of issues) io.stderr.write(`${file} ${i.pointer || '/'}: ${withoutPath(i.message[io.lang], i.path)}\n`);
}

/** Reads a plan; a missing file, bad JSON or an invalid plan is a `CliError` (exit 2). */
export function readPlanFile(io: Io, file: string): PlanFile {
  const raw = readJson(file);
  const parsed = parsePlan(raw);
  if (!parsed.success) {
    printPlanIssues(io, file, parsed.error.issues);
    const n = parsed.error.issues.length;
    throw new CliError({
      sv: `${file}: planen är inte giltig (${n} ${n === 1 ? 'problem' : 'problem'}; se ovan, eller kör asf-kit validate ${file}).`,
      en: `${file}: the plan is not valid (${n} ${n === 1 ? 'problem' : 'problems'}; see above, or run asf-kit validate ${file}).`,
    });
  }
  return { file, plan: parsed.data, raw: raw as Record<string, unknown> };
}
