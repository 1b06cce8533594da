import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES, RESOURCE_NAMES, type ResourceName } from '@/data/resources';
import { validateResource, type ResourceValue } from '@/data/registry';
import type { Collection } from '@/data/validate';

/** The dataset a build publishes: each resource's body as served, and its validated value. */
export interface Dataset {
  files: Record<ResourceName, string>;
  values: { [R in ResourceName]: ResourceValue<R> };
}

/** Problems that stop the build: every resource must be valid as a whole, and every record in it. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The dataset is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/**
 * Reads the contract's files (`events.json`, …) from `dir` and validates each through the same
 * registry and schemas as the app (src/data/registry.ts). Unlike the app, which skips a bad record
 * and says so, the build refuses to publish one.
 */
export function readDataset(dir: string): Dataset {
  const problems: string[] = [];
  const files = {} as Record<ResourceName, string>;
  const values = {} as Record<ResourceName, unknown>;
  for (const name of RESOURCE_NAMES) {
    const { file } = RESOURCES[name];
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      problems.push(`${file}: missing from ${dir}`);
      continue;
    }
    const result = validateResource(name, text);
    if (!result.ok) {
      problems.push(`${file}: ${result.detail.path ?? ''} ${result.detail.reason ?? result.kind}`.trim());
      continue;
    }
    if (RESOURCES[name].shape === 'collection')
      for (const s of (result.value as Collection<unknown>).skipped)
        problems.push(`${s.path}${s.id ? ` (${s.id})` : ''}: ${s.message}`);
    files[name] = text;
    values[name] = result.value;
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return { files, values: values as Dataset['values'] };
}
