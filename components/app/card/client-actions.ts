// What every client card (person or company) can do; each card adds its own actions on top.
import type { ClientDocument, Deal, DocumentKind, Task } from '../../../core/model';
import type { NewTask } from '../tasks/NewTaskForm';
import type { PickerHit } from './ClientPicker';
import type { NewDeal } from './DealsPanel';

export interface ClientActions<Patch> {
  save: (patch: Patch) => Promise<string | null>;
  setStage: (stage: string, reason: string) => Promise<void>;
  addNote: (text: string) => Promise<void>;
  addTask: (task: NewTask) => Promise<string | null>;
  completeTask: (task: Task) => void;
  deleteTask: (task: Task) => void;
  addDeal: (deal: NewDeal) => Promise<string | null>;
  closeDeal: (deal: Deal, outcome: 'won' | 'lost', reason: string) => Promise<void>;
  addDocument: (name: string, kind: DocumentKind) => Promise<string | null>;
  removeDocument: (doc: ClientDocument) => void;
  searchCompanies: (query: string) => Promise<PickerHit[]>;
  merge: (other: PickerHit) => Promise<void>;
  remove: (block: boolean) => Promise<void>;
}
