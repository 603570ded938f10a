// The date an undated article is read against (link's fallbackReference): the latest publication date
// seen earlier in the input. Kept by the in-process path (pipeline.ts batchExtractor) and by the pool.

export class LatestDate {
  value: string | null = null;

  see(date: string | null | undefined): void {
    if (date && (!this.value || date > this.value)) this.value = date;
  }
}
