import type { RawLogProgress } from '../rawlog/index.js';
import type { CliStream } from './context.js';

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/**
 * Raw-log download progress on stderr: a redrawn bar on a terminal, or one plain line per finished
 * file when asked for (`--progress`) without a terminal, so logs stay readable.
 */
export class ProgressBar {
  private lastFiles = -1;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: CliStream,
    private readonly mode: 'bar' | 'lines' | 'off',
    private readonly now: () => number = () => Date.now(),
  ) {}

  update(progress: RawLogProgress): void {
    if (this.mode === 'off') return;
    if (this.mode === 'lines') {
      if (progress.filesDone !== this.lastFiles) {
        this.lastFiles = progress.filesDone;
        this.stream.write(`${progress.filesDone}/${progress.filesTotal} files, ${megabytes(progress.bytesDone)}\n`);
      }
      return;
    }
    // Redrawing on every chunk would spend more time on the terminal than on the download.
    const time = this.now();
    if (progress.filesDone === this.lastFiles && time - this.lastDraw < 100) return;
    this.lastFiles = progress.filesDone;
    this.lastDraw = time;
    const width = 30;
    // Before every file's size is known the total is an estimate, shown with a `~`.
    const total = progress.bytesTotal ?? progress.bytesEstimate;
    const ratio = total ? progress.bytesDone / total : progress.filesTotal ? progress.filesDone / progress.filesTotal : 1;
    const filled = Math.max(0, Math.min(width, Math.round(ratio * width)));
    const bytes = total ? `${megabytes(progress.bytesDone)} / ${progress.bytesTotal === undefined ? '~' : ''}${megabytes(total)}` : megabytes(progress.bytesDone);
    this.control(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${progress.filesDone}/${progress.filesTotal} files  ${bytes}\u001b[K`);
    this.drawn = true;
  }

  /** The bar's own `\r` and erase-line sequences, which a safe stream would otherwise show as text. */
  private control(text: string): void {
    if (this.stream.writeControl) this.stream.writeControl(text);
    else this.stream.write(text);
  }

  done(): void {
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}
