import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ContentProblem } from './problems';

/** One content file: its YAML, what it holds, and where each field is written. */
export interface ContentFile {
  /** Path from the project root (for messages). */
  file: string;
  /** The record's id: the file's name without `.yaml`. */
  id: string;
  data: unknown;
  /** The 1-based line where the field at `path` is written (or its nearest written parent). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Parses one YAML file. YAML 1.2 (the `yaml` package's default): `2022-06-25` stays text, a bare
 * year is a number. Syntax errors, and a repeated key (YAML allows it; an editor never means it),
 * are problems with their line.
 */
export function parseContent(
  text: string,
  file: string,
  id: string,
): { content?: ContentFile; problems: ContentProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  // After the first error the rest are mostly its consequences: one problem per broken file.
  const problems: ContentProblem[] = [...doc.errors.slice(0, 1), ...doc.warnings].map((e) => ({
    file,
    line: lines.linePos(e.pos[0]).line,
    message: yamlMessage(e.code, e.message),
  }));
  if (doc.errors.length > 0) return { problems };
  const lineAt = (offset: number) => lines.linePos(offset).line;
  return {
    problems,
    content: { file, id, data: doc.toJS() as unknown, lineOf: (path) => lineOfPath(doc, path, lineAt) },
  };
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'a field is written twice';
  if (code === 'TAB_AS_INDENT') return 'a tab is used to indent; indent with spaces';
  // The library's own wording, without its position (the line is given already).
  return `the file is not valid YAML: ${message.replace(/ at line \d+, column \d+.*$/s, '')}`;
}

function lineOfPath(doc: Document, path: readonly PropertyKey[], lineAt: (offset: number) => number): number {
  let node: unknown = doc.contents;
  let line = node && typeof node === 'object' && 'range' in node ? lineAt((node as Node).range?.[0] ?? 0) : 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) line = lineAt(keyNode.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      if (item.range) line = lineAt(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}

/** Every `<folder>/*.yaml` under `root`, sorted, as content files (and the problems parsing them). */
export function readFolder(
  root: string,
  folder: string,
  base: string,
): { files: ContentFile[]; ids: string[]; problems: ContentProblem[] } {
  const dir = join(root, folder);
  let names: string[];
  try {
    names = statSync(dir).isDirectory() ? readdirSync(dir) : [];
  } catch {
    names = [];
  }
  const files: ContentFile[] = [];
  const ids: string[] = [];
  const problems: ContentProblem[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    const file = relative(base, path);
    if (name.startsWith('.') || name === 'README.md') continue;
    if (!name.endsWith('.yaml')) {
      problems.push({ file, message: 'is not a .yaml file; content files end in .yaml' });
      continue;
    }
    const id = name.slice(0, -'.yaml'.length);
    ids.push(id);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      problems.push({
        file,
        message: `the file name is the record's id and must be lower-case words joined by hyphens (like mexico-sues-gun-makers.yaml)`,
      });
    const parsed = parseContent(readFileSync(path, 'utf8'), file, id);
    problems.push(...parsed.problems);
    if (parsed.content) files.push(parsed.content);
  }
  return { files, ids, problems };
}
