/** One figure with its label. */
export function StatTile({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="stat-tile" role="group" aria-label={label}>
      <span className="stat-value">{value}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}
