// A render error inside the card becomes a visible notice with details to copy, never a blank sidebar.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Notice } from '../ui/Notice';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** When this changes (another thread), the boundary tries to render again. */
  resetKey: string;
  title: string;
  body: string;
  copyLabel: string;
  copiedLabel: string;
  retryLabel: string;
}

interface State {
  error: Error | null;
  key: string;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[Kartka] sidebar render error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const details = [`${error.name}: ${error.message}`, ...(error.stack ?? '').split('\n').slice(1, 6)].join(
      '\n',
    );
    return (
      <>
        <Notice
          title={this.props.title}
          body={this.props.body}
          details={details}
          copyLabel={this.props.copyLabel}
          copiedLabel={this.props.copiedLabel}
          tone="warning"
        />
        <button type="button" className="retry" onClick={() => this.setState({ error: null })}>
          {this.props.retryLabel}
        </button>
      </>
    );
  }
}
