// A file picker that also takes files dropped on it; several at once.
import { useState, type DragEvent } from 'react';

export interface FileDropProps {
  label: string;
  hint: string;
  accept: string;
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  /** Test hook and label target for the hidden input. */
  inputId: string;
}

export function FileDrop({ label, hint, accept, onFiles, disabled = false, inputId }: FileDropProps) {
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setOver(false);
    if (!disabled && e.dataTransfer.files.length > 0) onFiles([...e.dataTransfer.files]);
  };
  return (
    <label
      htmlFor={inputId}
      className={`file-drop${over ? ' over' : ''}${disabled ? ' disabled' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <strong>{label}</strong>
      <span className="muted">{hint}</span>
      <input
        id={inputId}
        type="file"
        multiple
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}
