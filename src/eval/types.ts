/**
 * @module eval/types
 * The contract every benchmark task implements: read a dataset from `--data`, run Sitrep on it,
 * and score it with the metric the benchmark's own community uses.
 */

export interface EvalOptions {
  /** Folder (or file) holding the dataset; each task documents what it expects. */
  data: string;
  /** Optional cap on the number of records, for quick looks; reports say when it was applied. */
  limit?: number;
  /** Extra task-specific switches from the command line (`--split dev`, `--mode gold`…). */
  flags?: Record<string, string | boolean>;
}

/** A metric value: a number, or a nested group of them (per type, per corpus…). */
export type MetricValue = number | null | { [key: string]: MetricValue };

export interface EvalResult {
  task: string;
  /** What was measured, e.g. "CoNLL-2003 dev (3,250 sentences)". */
  dataset: string;
  metrics: Record<string, MetricValue>;
  /** Counts behind the metrics (records, gold items, predicted items…). */
  counts?: Record<string, number>;
  /** Plain remarks: limits applied, stages missing, how to compare with published figures. */
  notes?: string[];
  seconds?: number;
}

export interface EvalTask {
  name: string;
  /** One line for `sitrep eval --help`. */
  summary: string;
  /** Dataset folder under `../shared/datasets/` used when `--data` is not given. */
  defaultData: string;
  run(opts: EvalOptions): Promise<EvalResult>;
}
