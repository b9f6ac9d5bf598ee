// The sidebar's live state, pushed by the background over a port; reconnects when the worker restarts.
import { browser } from '#imports';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  sidebarKeyFromHash,
  sidebarPortName,
  type SidebarRefused,
  type SidebarRequest,
  type SidebarState,
} from '../../integrations/messaging/protocol';

export type SidebarView = { status: 'connecting' } | { status: 'refused' } | SidebarState;

/** Connects while `enabled`; `select` shows another correspondent of the thread. */
export function useSidebarState(enabled: boolean): {
  view: SidebarView;
  select: (address: string | null) => void;
} {
  const [view, setView] = useState<SidebarView>({ status: 'connecting' });
  const portRef = useRef<ReturnType<typeof browser.runtime.connect> | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      // The key the content script put in this frame's URL (a copy the page framed itself has none).
      const port = browser.runtime.connect({ name: sidebarPortName(sidebarKeyFromHash(location.hash)) });
      portRef.current = port;
      port.onMessage.addListener((message) => {
        const state = message as SidebarState | SidebarRefused;
        if (state.type === 'state') setView(state);
        if (state.type === 'refused') {
          stopped = true;
          setView({ status: 'refused' });
        }
      });
      // MV3 stops idle service workers; the port drops with it. Reconnect, which wakes it again.
      port.onDisconnect.addListener(() => {
        portRef.current = null;
        if (!stopped) retry = setTimeout(connect, 250);
      });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      portRef.current?.disconnect();
    };
  }, [enabled]);

  const select = useCallback((address: string | null) => {
    const request: SidebarRequest = { type: 'select', address };
    portRef.current?.postMessage(request);
  }, []);
  return { view, select };
}
