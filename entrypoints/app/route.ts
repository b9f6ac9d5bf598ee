// Hash routes of the app page: #/clients (default), #/people/<id>, #/companies/<id>, #/tasks, #/funnel, #/import,
// #/settings, #/duplicates.
import { useEffect, useState } from 'react';
import { companyId, personId, type CompanyId, type PersonId } from '../../core/ids';

export type Route =
  | { page: 'clients' }
  | { page: 'person'; id: PersonId }
  | { page: 'company'; id: CompanyId }
  | { page: 'tasks' }
  | { page: 'funnel' }
  | { page: 'import' }
  | { page: 'settings' }
  | { page: 'duplicates' };

/** Reads a location hash; anything unknown is the client list. */
export function parseRoute(hash: string): Route {
  const [, first, second] = hash.replace(/^#/u, '').split('/');
  const id = second ? decodeURIComponent(second) : '';
  if (first === 'people' && id) return { page: 'person', id: personId(id) };
  if (first === 'companies' && id) return { page: 'company', id: companyId(id) };
  if (
    first === 'tasks' ||
    first === 'funnel' ||
    first === 'import' ||
    first === 'settings' ||
    first === 'duplicates'
  )
    return { page: first };
  return { page: 'clients' };
}

/** The hash of a route. */
export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'person':
      return `#/people/${encodeURIComponent(route.id)}`;
    case 'company':
      return `#/companies/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.page}`;
  }
}

/** The current route, following hash changes (back and forward included). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function go(route: Route): void {
  location.hash = hrefOf(route);
}

/** The card route of a list row. */
export function clientRoute(row: { kind: 'person' | 'company'; id: string }): Route {
  return row.kind === 'person'
    ? { page: 'person', id: personId(row.id) }
    : { page: 'company', id: companyId(row.id) };
}
