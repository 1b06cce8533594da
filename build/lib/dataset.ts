import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_VERSION, RESOURCES, RESOURCE_NAMES, type ResourceName } from '@/data/resources';
import { validateResource, type ResourceValue } from '@/data/registry';
import type { Collection } from '@/data/validate';
import { compileContent } from '../content/compile';
import { ContentError } from '../content/problems';

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
 * The dataset in `dir`: a content folder (one YAML file per record, compiled by build/content), or
 * a folder of the contract's JSON files (the frozen test dataset). Either way every resource is
 * validated through the same registry and schemas as the app (src/data/registry.ts); unlike the
 * app, which skips a bad record and says so, the build refuses to publish one.
 */
export function readDataset(dir: string): Dataset {
  return validated(
    existsSync(join(dir, RESOURCES.events.file)) ? readContractFiles(dir) : compiledFiles(dir),
  );
}

/** Compiles a content folder; a mistake in it stops here, named by file, line and field. */
function compiledFiles(dir: string): Record<ResourceName, string> {
  const { data, problems } = compileContent(dir);
  if (!data) throw new ContentError(problems);
  return Object.fromEntries(
    RESOURCE_NAMES.map((name) => [
      name,
      `${JSON.stringify({ apiVersion: API_VERSION, data: data[name] })}\n`,
    ]),
  ) as Record<ResourceName, string>;
}

/** The contract's files as they are (`events.json`, …). */
function readContractFiles(dir: string): Record<ResourceName, string> {
  const missing: string[] = [];
  const files = {} as Record<ResourceName, string>;
  for (const name of RESOURCE_NAMES) {
    const { file } = RESOURCES[name];
    try {
      files[name] = readFileSync(join(dir, file), 'utf8');
    } catch {
      missing.push(`${file}: missing from ${dir}`);
    }
  }
  if (missing.length > 0) throw new DatasetError(missing);
  return files;
}

function validated(files: Record<ResourceName, string>): Dataset {
  const problems: string[] = [];
  const values = {} as Record<ResourceName, unknown>;
  for (const name of RESOURCE_NAMES) {
    const { file, shape } = RESOURCES[name];
    const result = validateResource(name, files[name]);
    if (!result.ok) {
      problems.push(`${file}: ${result.detail.path ?? ''} ${result.detail.reason ?? result.kind}`.trim());
      continue;
    }
    if (shape === 'collection')
      for (const s of (result.value as Collection<unknown>).skipped)
        problems.push(`${s.path}${s.id ? ` (${s.id})` : ''}: ${s.message}`);
    values[name] = result.value;
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return { files, values: values as Dataset['values'] };
}
