// Reviewing one captured draft: where it came from, what the parser doubted, the form, and where it goes.
import { localizePipeline } from '../../core/i18n/stage-name';
import { useState } from 'react';
import { CaptureEditor } from '../../components/capture/CaptureEditor';
import { ClientPicker } from '../../components/capture/ClientPicker';
import { DoneView } from '../../components/capture/DoneView';
import { formFromDraft, type CaptureDraft, type CaptureSource } from '../../core/capture';
import { NOTHING_FOUND } from '../../core/draft';
import type { Translate } from '../../core/i18n';
import { removeCaptureDraft } from '../../integrations/capture/drafts';
import { openCard } from '../../integrations/capture/open-card';
import { useCaptureForm } from '../../integrations/capture/use-capture-form';
import { useClientSearch } from '../../integrations/capture/use-client-search';
import { useNow } from '../../integrations/ui/use-now';

function siteOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname || url : '';
  } catch {
    return url ?? '';
  }
}

function sourceLine(source: CaptureSource, t: Translate): string {
  const site = siteOf(source.url);
  if (source.kind === 'selection') return t('capture.fromSelection', { site });
  if (source.kind === 'link') return t('capture.fromLink', { site: source.url ?? '' });
  if (source.kind === 'page') return t('capture.fromPage', { site });
  return t('capture.fromText');
}

export function Review({ record, t }: { record: CaptureDraft; t: Translate }) {
  const capture = useCaptureForm(formFromDraft(record.draft), t);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const rows = useClientSearch(query, t);
  const now = useNow();
  const existing = record.target === 'existing';
  const { state } = capture;

  const open = (id: string) => void openCard(id).then(() => window.close());
  const finished = (ok: boolean) => {
    if (ok) void removeCaptureDraft(record.id);
  };

  if (state.kind === 'done') {
    return (
      <main className="capture">
        <DoneView
          mode={state.mode}
          name={state.name}
          changed={state.changed}
          t={t}
          onOpen={() => open(state.personId)}
          next={{ label: t('capture.close'), onClick: () => window.close() }}
        />
      </main>
    );
  }
  const parserNotes = record.draft.problems.map((p) => (p === NOTHING_FOUND ? t('capture.nothingFound') : p));
  return (
    <main className="capture">
      <header className="capture-head">
        <h1>{t(existing ? 'capture.titleExisting' : 'capture.titleNew')}</h1>
        <p className="hint" title={record.source.url}>
          {sourceLine(record.source, t)}
        </p>
      </header>
      {parserNotes.length > 0 && (
        <div className="notice-box" role="note" data-testid="draft-notes">
          {parserNotes.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {existing && (
        <ClientPicker
          query={query}
          onQuery={setQuery}
          rows={rows}
          chosen={chosen}
          now={now}
          t={t}
          onPick={(row) => setChosen({ id: row.id, name: row.name })}
          onClear={() => setChosen(null)}
        />
      )}
      <CaptureEditor
        form={capture.form}
        onChange={capture.edit}
        problems={capture.problems}
        attempted={capture.attempted}
        offers={capture.offers}
        status={{
          saving: state.kind === 'saving',
          ...(state.kind === 'refused' ? { refused: state.problems } : {}),
          ...(state.kind === 'duplicate' ? { duplicateOf: state.offer.displayName } : {}),
          ...(existing && chosen === null && capture.attempted
            ? { refused: [{ field: 'client', reason: t('capture.pickFirst') }] }
            : {}),
        }}
        stages={localizePipeline(capture.settings.pipeline, t)}
        t={t}
        showOffers={!existing}
        showStage={!existing}
        autoFocus={!existing}
        {...(existing
          ? { submitLabel: chosen ? t('capture.addTo', { name: chosen.name }) : t('capture.pickClient') }
          : {})}
        onSubmit={() => {
          if (!existing) void capture.save().then(finished);
          else if (chosen) void capture.append(chosen.id).then(finished);
          else capture.markAttempted();
        }}
        onAppend={(offer) => void capture.append(offer.id).then(finished)}
        onOpen={open}
      />
    </main>
  );
}
