/**
 * Controls shared by the lists of things a reader keeps in the browser (saved views, saved decks):
 * renaming one in place, and reading one back from a file.
 */

const NAME_MAX = 120;

/** A name edited in place: Enter or leaving the field keeps it (trimmed, at most 120 characters); an empty or unchanged name changes nothing. */
export function RenameField({
  name,
  label,
  onDone,
}: {
  name: string;
  label: string;
  /** Called once editing ends, with the new name, or null when it did not change. */
  onDone: (next: string | null) => void;
}) {
  return (
    <input
      className="input"
      aria-label={label}
      defaultValue={name}
      maxLength={NAME_MAX}
      // Focus follows the Rename button the user pressed.
      autoFocus
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
      onBlur={(e) => {
        const next = e.currentTarget.value.trim().slice(0, NAME_MAX);
        onDone(next && next !== name ? next : null);
      }}
    />
  );
}

/** A button that opens a JSON file and hands over its text (the same file can be chosen again). */
export function FileImportButton({ label, onText }: { label: string; onText: (text: string) => void }) {
  return (
    <label className="button small secondary file-button">
      {label}
      <input
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (!file) return;
          void file.text().then(onText);
        }}
      />
    </label>
  );
}
