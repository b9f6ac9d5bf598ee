// A visible warning when the correspondent's address imitates someone's in the base, or mixes alphabets as
// imitations do: "looks like Олена Коваль's address, but it is not".
import type { Translate } from '../../core/i18n';
import { mixedScripts } from '../../core/lookalike';

export interface LookalikeWarningProps {
  address: string;
  lookalike: { name: string; address: string } | null;
  t: Translate;
}

export function LookalikeWarning({ address, lookalike, t }: LookalikeWarningProps) {
  const scripts = mixedScripts(address);
  if (!lookalike && scripts.length === 0) return null;
  return (
    <section className="notice notice-warning lookalike" role="alert" data-testid="lookalike-warning">
      <h2>{t('lookalike.title')}</h2>
      {lookalike && (
        <p>
          {t('lookalike.body', {
            address,
            name: lookalike.name || lookalike.address,
            real: lookalike.address,
          })}
        </p>
      )}
      {scripts.length > 0 && <p>{t('lookalike.mixed', { scripts: scripts.join(' + ') })}</p>}
    </section>
  );
}
