// The app's last line: a page that throws while rendering shows the error screen (reset settings, reload), never a
// blank page. Its language comes from the browser: the settings may be what failed.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translator } from '../../core/i18n';
import { AppErrorScreen } from '../../components/app/common/AppErrorScreen';
import { resolveLocale } from '../../integrations/ui/use-locale';
import { resetSettings } from '../../storage/settings';

interface State {
  error: Error | null;
}

export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[Kartka] app render error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <AppErrorScreen
        error={error}
        onReset={async () => {
          await resetSettings();
          this.setState({ error: null });
        }}
        onReload={() => location.reload()}
        t={translator(resolveLocale('auto'))}
      />
    );
  }
}
