/**
 * @module cli/commands
 * The list of commands. A command module exports `register(program, setStatus)`.
 */
import type { Command } from 'commander';
import { register as analyzeCommand } from './analyze.js';
import { register as demoCommand } from './demo.js';
import { register as evalCommand } from './eval.js';
import { register as ingestCommand } from './ingest.js';
import { register as eventsCommand } from './events.js';
import { register as storiesCommand } from './stories.js';
import { register as exportCommand } from './export.js';

export type Register = (program: Command, setStatus: (code: number) => void) => void;

export const COMMANDS: Register[] = [
  analyzeCommand,
  demoCommand,
  evalCommand,
  ingestCommand,
  eventsCommand,
  storiesCommand,
  exportCommand,
];
