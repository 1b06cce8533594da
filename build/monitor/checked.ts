/**
 * What the content compiler reads from the monitor's files: it checks the watch file and the
 * memory (each mistake by file, line and field, like any content file), and derives for each
 * watched storyline the day its official sources were last checked (`monitorChecked`): the day of
 * the latest check that covered every one of its watches (see `monitorCheckedOf`).
 */
import type { ContentProblem } from '../content/problems';
import type { EventContent } from '../content/schema';
import { readState } from './state';
import { monitorCheckedOf, parseWatchFile, resolveWatch } from './watch';

export function monitorDates(
  root: string,
  base: string,
  content: {
    events: readonly { id: string; value: EventContent }[];
    storylines: ReadonlySet<string>;
    actors: ReadonlySet<string>;
  },
  problems: ContentProblem[],
): Map<string, string> {
  const parsed = parseWatchFile(root, base);
  problems.push(...parsed.problems);
  const memory = readState(root, base);
  problems.push(...memory.problems);
  const dates = new Map<string, string>();
  if (!parsed.file || !parsed.value) return dates;
  const { watch, problems: cross } = resolveWatch(parsed.file, parsed.value, content);
  problems.push(...cross);
  for (const story of watch.storylines) {
    const date = monitorCheckedOf(story, watch.agencies, memory.state.checked);
    if (date) dates.set(story.storyline, date);
  }
  return dates;
}
