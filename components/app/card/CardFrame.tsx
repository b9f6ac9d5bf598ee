// The frame every client card (person or company) shares: the name, stage, merge and delete; the details panel
// with the user's own fields; tasks, deals and documents beside it; the history below. The card passes in what
// differs: its fields, the panel that tops the side (a person's companies, a company's people), a footer.
import type { ReactNode } from 'react';
import type { Translate } from '../../../core/i18n';
import type { ClientDocument, Deal, Interaction, StageDef, StageState, Task } from '../../../core/model';
import type { Formats } from '../format';
import { CardActions } from './CardActions';
import type { ClientActions } from './client-actions';
import type { PickerHit } from './ClientPicker';
import { CustomFields } from './CustomFields';
import { DealsPanel } from './DealsPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { StageField } from './StageField';
import { TasksPanel } from './TasksPanel';
import { Timeline } from './Timeline';

/** What every client card shows beside its own fields. */
export interface ClientCardData {
  interactions: readonly Interaction[];
  deals: readonly Deal[];
  tasks: readonly Task[];
  documents: readonly ClientDocument[];
  pipeline: readonly StageDef[];
  currency: string;
  /** The user's own addresses: a history entry's Gmail link opens the mailbox it was read in. */
  ownAddresses: readonly string[];
  now: number;
  f: Formats;
  t: Translate;
}

export interface CardFrameProps extends ClientCardData {
  kind: 'person' | 'company';
  client: { id: string; stage?: StageState | undefined; custom: Readonly<Record<string, string>> };
  /** The heading; `name` is what merge and delete call the client. */
  title: string;
  name: string;
  /** Finds the duplicates this client can be merged with (people for a person, companies for a company). */
  mergeSearch: (query: string) => Promise<PickerHit[]>;
  /** The frame calls every action but `save`; the card's own fields call that. */
  actions: Omit<ClientActions<never>, 'save'>;
  onSaveCustom: (custom: Record<string, string>) => Promise<string | null>;
  /** The card's own fields, at the top of the details panel. */
  details: ReactNode;
  /** Below the user's own fields. */
  footer?: ReactNode;
  /** The first panel beside the details. */
  side: ReactNode;
}

export function CardFrame(props: CardFrameProps) {
  const { kind, client, title, name, actions: a, interactions, deals, tasks, documents, now, f, t } = props;
  const attachments = interactions.flatMap((i) =>
    i.attachmentNames.map((file) => ({ name: file, at: i.at })),
  );
  return (
    <article className="card-page" aria-labelledby="card-name" data-testid={`${kind}-card`}>
      <header className="card-header">
        <div className="grow">
          <h1 id="card-name">{title}</h1>
          <StageField stage={client.stage} pipeline={props.pipeline} onSet={a.setStage} t={t} />
        </div>
        <CardActions
          id={client.id}
          name={name}
          search={props.mergeSearch}
          onMerge={a.merge}
          onDelete={a.remove}
          canBlock={kind === 'person'}
          t={t}
        />
      </header>
      <div className="card-grid">
        <section className="panel fields" aria-label={t('app.card.details')}>
          {props.details}
          <h3>{t('app.custom.title')}</h3>
          <CustomFields values={client.custom} onSave={props.onSaveCustom} t={t} />
          {props.footer}
        </section>
        <div className="card-side">
          {props.side}
          <TasksPanel
            tasks={tasks}
            now={now}
            onAdd={a.addTask}
            onComplete={a.completeTask}
            onDelete={a.deleteTask}
            f={f}
            t={t}
          />
          <DealsPanel
            deals={deals}
            defaultCurrency={props.currency}
            onAdd={a.addDeal}
            onClose={a.closeDeal}
            f={f}
            t={t}
          />
          <DocumentsPanel
            documents={documents}
            attachments={attachments}
            onAdd={a.addDocument}
            onRemove={a.removeDocument}
            f={f}
            t={t}
          />
        </div>
      </div>
      <Timeline items={interactions} ownAddresses={props.ownAddresses} onAddNote={a.addNote} f={f} t={t} />
    </article>
  );
}
