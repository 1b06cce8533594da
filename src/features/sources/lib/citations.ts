interface Citing {
  id: string;
  sources: readonly string[];
}
interface CitingMetric<O extends { sources: readonly string[] }> {
  id: string;
  observations: readonly O[];
}

/** For each source id, the events and metrics that cite it (each listed once). */
export function citationsBySource<E extends Citing, M extends CitingMetric<{ sources: readonly string[] }>>(
  events: readonly E[],
  metrics: readonly M[],
): Map<string, { events: E[]; metrics: M[] }> {
  const out = new Map<string, { events: E[]; metrics: M[] }>();
  const entry = (id: string) => {
    let value = out.get(id);
    if (!value) {
      value = { events: [], metrics: [] };
      out.set(id, value);
    }
    return value;
  };
  for (const event of events) for (const id of new Set(event.sources)) entry(id).events.push(event);
  for (const metric of metrics) {
    const ids = new Set(metric.observations.flatMap((o) => o.sources));
    for (const id of ids) entry(id).metrics.push(metric);
  }
  return out;
}
