// Renders React into happy-dom for a component test (the file sets `@vitest-environment happy-dom`): one root at a
// time, unmounted and removed after each test.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

let root: Root | null = null;
let host: HTMLElement | null = null;

/** Renders `node` into a fresh element in the body and returns that element. */
export function render(node: ReactNode): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  host = el;
  root = createRoot(el);
  act(() => root?.render(node));
  return el;
}

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
  host = null;
});
