const BAR_WIDTH = 30;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, a line every tenth of the way
 * otherwise (a log file or CI should not fill with carriage returns).
 */
export class Progress {
  private total = 0;
  private done = 0;
  private label = "";
  private lastTenth = -1;

  constructor(private readonly stream: NodeJS.WriteStream | null = process.stderr) {}

  start(label: string, total: number): void {
    this.label = label;
    this.total = total;
    this.done = 0;
    this.lastTenth = -1;
    this.draw();
  }

  advance(count = 1): void {
    this.done = Math.min(this.total, this.done + count);
    this.draw();
  }

  finish(): void {
    this.done = this.total;
    this.draw();
    if (this.stream?.isTTY) this.stream.write("\n");
  }

  private draw(): void {
    if (!this.stream || this.total === 0) return;
    const share = this.done / this.total;
    const counts = `${this.done.toLocaleString("en")}/${this.total.toLocaleString("en")}`;
    if (this.stream.isTTY) {
      const filled = Math.round(share * BAR_WIDTH);
      const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
      this.stream.write(`\r${this.label.padEnd(12)} ${bar} ${String(Math.round(share * 100)).padStart(3)}% ${counts}`);
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth === this.lastTenth) return;
    this.lastTenth = tenth;
    this.stream.write(`${this.label}: ${tenth * 10}% (${counts})\n`);
  }
}
