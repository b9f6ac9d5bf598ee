// A whole-number setting; empty means "off" where the setting allows it.
export interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  nullable?: boolean;
  offLabel?: string;
}

export function NumberField({
  label,
  value,
  onChange,
  min = 0,
  nullable = false,
  offLabel,
}: NumberFieldProps) {
  return (
    <label className="number-field">
      <span>{label}</span>
      <input
        type="number"
        min={min}
        value={value ?? ''}
        placeholder={nullable ? offLabel : undefined}
        onChange={(e) => {
          if (e.target.value === '') return nullable ? onChange(null) : undefined;
          const n = Math.round(Number(e.target.value));
          if (Number.isFinite(n) && n >= min) onChange(n);
        }}
      />
    </label>
  );
}
