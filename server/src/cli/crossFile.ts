// Figure conflicts across the files of one run. Each file's report streams
// out as soon as it is ready; the amounts it gives names are kept, and once
// every file is in, each file with a name another file contradicts gets one
// more entry (`acrossFiles`) with those warnings.

import { ClaimBook, crossFileReports, MAX_LINKED_FILES } from '../core/checks/crossFile';
import { FIGURE_CONFLICT } from '../core/checks/conflicts';
import { CheckSettings } from '../core/settings';
import { Translate } from '../core/messages';
import { FileClaim, FilePlace, FileReport } from '../report/report';

export class RunClaims {
  private readonly book = new ClaimBook<FilePlace>();
  private readonly files: { file: string; claims: FileClaim[] }[] = [];

  add(file: string, claims: readonly FileClaim[]): void {
    if (!claims.length) return;
    this.files.push({ file, claims: [...claims] });
    this.book.add(claims, (c) => ({ file, start: c.start, end: c.end, range: c.range }));
  }

  /** The extra entries, in the order the files were reported. */
  reports(settings: CheckSettings, t: Translate): FileReport[] {
    const out: FileReport[] = [];
    // One file, or one name per file: nothing to compare.
    if (this.files.length < 2) return out;
    for (const { file, claims } of this.files) {
      const found = crossFileReports(claims, [this.book], settings, (w) => w.file === file, (w) => w.file, t);
      if (!found.length) continue;
      out.push({
        file,
        amounts: [],
        percentages: [],
        entities: [],
        checks: [],
        diagnostics: found.map((r) => ({
          start: r.conflict.claim.start,
          end: r.conflict.claim.end,
          range: r.conflict.claim.range,
          severity: r.severity,
          code: FIGURE_CONFLICT,
          message: r.message,
          related: r.conflict.others.slice(0, MAX_LINKED_FILES).map((o) => ({ ...o.where, message: t('the figure for {0} in {1}', r.conflict.claim.name, o.where.file) })),
        })),
        acrossFiles: true,
      });
    }
    return out;
  }
}
