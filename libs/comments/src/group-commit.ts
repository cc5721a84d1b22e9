/** One item's result in a committed batch: its value, or the error that fails only its own request. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface GroupCommitOptions {
  /** Most items one commit takes. */
  maxBatch: number;
  /** Commits running at once; arrivals while all are busy wait and go together in the next one. */
  maxInFlight: number;
  /**
   * A free slot waits for the end of the current turn of the event loop (one `setImmediate`, microseconds) before
   * it takes what is waiting, so items that arrive together go together. For the worker: BullMQ hands over the
   * next jobs of a finished batch in one burst (their completions are answered together), and without this the
   * first of them took a free slot alone and the rest waited a whole commit for the next.
   */
  gatherSameTurn?: boolean;
}

/**
 * Group commit without a timer: an item that finds a commit slot free goes at once (no added latency when quiet);
 * items that arrive while every slot is busy wait, and the next free slot takes up to `maxBatch` of them. So the
 * window is exactly as long as a commit takes, and batches grow with the load.
 */
export class GroupCommit<I, O> {
  private readonly waiting: Array<{
    item: I;
    resolve: (value: O) => void;
    reject: (error: unknown) => void;
  }> = [];
  private inFlight = 0;
  private gathering = false;

  constructor(
    private readonly commit: (items: I[]) => Promise<Array<Settled<O>>>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.startCommits();
    });
  }

  /** Items waiting for a slot (for tests and metrics). */
  get backlog(): number {
    return this.waiting.length;
  }

  private startCommits(): void {
    if (!this.options.gatherSameTurn) return this.launchCommits();
    if (this.gathering || this.inFlight >= this.options.maxInFlight || this.waiting.length === 0) return;
    this.gathering = true;
    setImmediate(() => {
      this.gathering = false;
      this.launchCommits();
    });
  }

  private launchCommits(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.inFlight++;
      void this.run(batch);
    }
  }

  private async run(batch: GroupCommit<I, O>['waiting']): Promise<void> {
    try {
      const outcomes = await this.commit(batch.map((entry) => entry.item));
      batch.forEach((entry, index) => {
        const outcome = outcomes[index];
        if (outcome?.ok) entry.resolve(outcome.value);
        else entry.reject(outcome ? outcome.error : new Error('the commit gave no outcome for this item'));
      });
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      this.inFlight--;
      this.startCommits();
    }
  }
}
