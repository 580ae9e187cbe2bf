// The steps of one `npm run export`, from the CLI's trace (BRIEFDECK_EXPORT_TRACE=1: a line
// `trace <epoch ms> <step>` per step on stderr, the print page's own steps prefixed `page: `),
// laid out from the moment the bench started npm, so the table says where the time went.

export interface TraceStep {
  step: string;
  /** Milliseconds since npm was started. */
  ms: number;
}

export function parseTrace(stderr: string, startedAt: number): TraceStep[] {
  const steps: TraceStep[] = [];
  for (const line of stderr.split('\n')) {
    const m = /^trace (\d+(?:\.\d+)?) (.+)$/.exec(line.trim());
    if (m) steps.push({ step: m[2] as string, ms: Number(m[1]) - startedAt });
  }
  return steps.sort((a, b) => a.ms - b.ms);
}

/** One line per step: when, and how long since the step before (npm's own start is the first gap). */
export function formatTrace(steps: readonly TraceStep[]): string {
  const width = Math.max(...steps.map((s) => s.step.length), 4);
  const lines = steps.map((s, i) => `  ${s.step.padEnd(width)}  ${s.ms.toFixed(0).padStart(6)} ms  +${(s.ms - (i > 0 ? (steps[i - 1] as TraceStep).ms : 0)).toFixed(0).padStart(5)}`);
  return [`  ${'step'.padEnd(width)}  ${'at'.padStart(9)}  ${'after prev'.padStart(6)}`, ...lines].join('\n');
}
