/**
 * @module eval/registry
 * Every benchmark task by name. Tasks load lazily so `sitrep eval ner` does not pay for the
 * gazetteer. Add a task here with its module; the CLI lists what is registered.
 */
import type { EvalTask } from './types.js';

export const TASKS: Record<string, () => Promise<EvalTask>> = {
  geo: async () => (await import('./tasks/geo.js')).task,
  ner: async () => (await import('./tasks/ner.js')).task,
  stories: async () => (await import('./tasks/stories.js')).task,
  timex: async () => (await import('./tasks/timex.js')).task,
  stance: async () => (await import('./tasks/stance.js')).task,
  integrity: async () => (await import('./tasks/integrity.js')).task,
  events: async () => (await import('./tasks/events.js')).task,
  fakes: async () => (await import('./tasks/fakes.js')).task,
  casualties: async () => (await import('./tasks/casualties.js')).task,
};

export function taskNames(): string[] {
  return Object.keys(TASKS).sort();
}
