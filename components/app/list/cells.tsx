// What each list column shows for one row: text only (names and addresses come from email).
import { daysBetween } from '../../../core/card';
import type { Translate } from '../../../core/i18n';
import type { StageDef } from '../../../core/model';
import { daysUntilBirthday, type ColumnId, type ListRow } from '../../../core/segments';
import type { Formats } from '../format';

export interface CellContext {
  stages: ReadonlyMap<string, StageDef>;
  f: Formats;
  now: number;
  t: Translate;
  /** In a firm: members' display names by member name (the owner column shows them). */
  owners?: ReadonlyMap<string, string>;
}

/** The text of one cell. */
export function cellText(row: ListRow, column: ColumnId, ctx: CellContext): string {
  switch (column) {
    case 'name':
      return row.name;
    case 'company':
      return row.companyName ?? '';
    case 'position':
      return row.position ?? '';
    case 'stage':
      return row.stage === undefined ? '' : (ctx.stages.get(row.stage)?.label ?? row.stage);
    case 'email':
      return row.email ?? '';
    case 'phone':
      return row.phone ?? '';
    case 'tags':
      return row.tags.join(', ');
    case 'city':
      return [row.city, row.region].filter(Boolean).join(', ');
    case 'industry':
      return row.industry ?? '';
    case 'manager':
      return row.manager ?? '';
    case 'lastContact': {
      if (row.lastContactAt === undefined) return ctx.t('never');
      const days = daysBetween(row.lastContactAt, ctx.now);
      return days === 0 ? ctx.t('today') : ctx.t('daysAgo', { count: days });
    }
    case 'openTasks':
      return row.openTasks > 0 ? ctx.f.number(row.openTasks) : '';
    case 'birthday': {
      if (!row.birthday) return '';
      const text = ctx.f.dayMonth(row.birthday.month, row.birthday.day);
      const inDays = daysUntilBirthday(row.birthday, ctx.now);
      return inDays <= 6
        ? `${text} · ${inDays === 0 ? ctx.t('today') : ctx.t('app.inDays', { count: inDays })}`
        : text;
    }
    case 'created':
      return ctx.f.date(row.createdAt);
    case 'owner':
      return row.owner === undefined ? '' : (ctx.owners?.get(row.owner) ?? row.owner);
  }
}

/** The CSS grid track of a column. */
export function columnTrack(column: ColumnId): string {
  switch (column) {
    case 'name':
      return 'minmax(180px, 2fr)';
    case 'company':
    case 'email':
    case 'tags':
      return 'minmax(140px, 1.5fr)';
    case 'openTasks':
      return '80px';
    default:
      return 'minmax(110px, 1fr)';
  }
}
