// The fake Microsoft cloud at its real host names: login.microsoftonline.com and graph.microsoft.com.
import type { FakeRoute } from '../server';
import { FakeGraph, type GraphFakeOptions } from './graph';
import { FakeLogin, LOGIN_LIMITS, type LoginLimits } from './login';
import { CONSUMER_TENANT, FakeMailbox, type FakeUser } from './mailbox';

export { FakeGraph, FakeLogin, FakeMailbox, CONSUMER_TENANT };
export type { FakeUser };

export interface MicrosoftFake {
  login: FakeLogin;
  graph: FakeGraph;
  routes: FakeRoute[];
  /** A Microsoft 365 (work/school) user with an empty mailbox; signed in when `signIn` is true. */
  addWorkUser: (mail: string, displayName: string, signIn?: boolean) => FakeMailbox;
  /** A personal Outlook.com user. */
  addPersonalUser: (mail: string, displayName: string, signIn?: boolean) => FakeMailbox;
}

export interface MicrosoftFakeOptions extends GraphFakeOptions {
  loginLimits?: Partial<LoginLimits>;
}

const WORK_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

export function createMicrosoftFake(options: MicrosoftFakeOptions = {}): MicrosoftFake {
  const clock = options.clock ?? Date.now;
  const login = new FakeLogin(clock, { ...LOGIN_LIMITS, ...options.loginLimits });
  const graph = new FakeGraph(login, options);
  let n = 0;
  const add = (kind: FakeUser['kind'], mail: string, displayName: string, signIn: boolean) => {
    n++;
    const id =
      kind === 'work'
        ? `0000${n.toString(16).padStart(4, '0')}-aaaa-4bbb-8ccc-${n.toString(16).padStart(12, '0')}`
        : `${n.toString(16).padStart(16, 'a')}`;
    const box = graph.addMailbox(
      new FakeMailbox({
        id,
        kind,
        displayName,
        mail: mail.toLowerCase(),
        tenantId: kind === 'work' ? WORK_TENANT : CONSUMER_TENANT,
      }),
    );
    if (signIn) login.sessionUser = mail.toLowerCase();
    return box;
  };
  return {
    login,
    graph,
    routes: [(req) => login.route(req), (req) => graph.route(req)],
    addWorkUser: (mail, displayName, signIn = true) => add('work', mail, displayName, signIn),
    addPersonalUser: (mail, displayName, signIn = true) => add('personal', mail, displayName, signIn),
  };
}
