// What the fuzz suite tried and what failed, by area, printed after the run:
// `npm run test:fuzz` ends with one line per area and a total. Cases are
// generated from a fixed seed (FC_SEED to change it), so a failure can be
// replayed; each failing case is kept with its input, cut short.

export const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251130;

interface Area {
  tried: number;
  failed: string[];
}

const areas = new Map<string, Area>();
const started = Date.now();

function area(name: string): Area {
  let a = areas.get(name);
  if (!a) areas.set(name, (a = { tried: 0, failed: [] }));
  return a;
}

/** Records one case; `failure` is null when it passed. */
export function record(name: string, failure: string | null): void {
  const a = area(name);
  a.tried++;
  if (failure !== null) a.failed.push(failure.length > 600 ? failure.slice(0, 600) + '…' : failure);
}

export function failures(name: string): string[] {
  return area(name).failed;
}

export const mochaHooks = {
  afterAll(): void {
    if (areas.size === 0) return;
    const lines = ['', `fuzz (seed ${SEED}):`];
    let tried = 0;
    let failed = 0;
    for (const [name, a] of areas) {
      lines.push(`  ${name.padEnd(52)} ${String(a.tried).padStart(6)} tried, ${a.failed.length} failed`);
      tried += a.tried;
      failed += a.failed.length;
    }
    lines.push(`  ${'total'.padEnd(52)} ${String(tried).padStart(6)} tried, ${failed} failed, in ${((Date.now() - started) / 1000).toFixed(0)} s`, '');
    process.stdout.write(lines.join('\n') + '\n');
  },
};
