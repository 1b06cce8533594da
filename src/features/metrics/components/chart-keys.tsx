/** The keys a chart's marks need, in the order they appear. */
export function ChartKeys({ keys }: { keys: string[] }) {
  return keys.length > 0 ? (
    <ul className="chart-keys small muted">
      {keys.map((k) => (
        <li key={k}>{k}</li>
      ))}
    </ul>
  ) : null;
}
