interface Props {
  versions: number[];
  value: { before: number; after: number };
  onChange: (value: { before: number; after: number }) => void;
}

/** Chooses the two versions to compare. */
export function VersionPicker({ versions, value, onChange }: Props) {
  return (
    <div className="version-picker" role="group" aria-label="Compare versions">
      <label>
        Compare
        <select value={value.before} onChange={(event) => onChange({ ...value, before: Number(event.target.value) })}>
          {versions.map((version) => (
            <option key={version} value={version}>
              v{version}
            </option>
          ))}
        </select>
      </label>
      <label>
        with
        <select value={value.after} onChange={(event) => onChange({ ...value, after: Number(event.target.value) })}>
          {versions.map((version) => (
            <option key={version} value={version}>
              v{version}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
