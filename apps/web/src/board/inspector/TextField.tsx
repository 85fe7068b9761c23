import { useId, useState } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  readOnly: boolean;
  maxLength?: number;
  onCommit: (value: string) => void;
}

/** A text input that commits on Enter or blur (one change, one undo step). */
export function TextField({ label, value, readOnly, maxLength, onCommit }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.trim() && draft !== value) onCommit(draft.trim());
    setDraft(null);
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-input">
        <input
          id={id}
          autoComplete="off"
          value={draft ?? value}
          readOnly={readOnly}
          maxLength={maxLength}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      </div>
    </div>
  );
}
