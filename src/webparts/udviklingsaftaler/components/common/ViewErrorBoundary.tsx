// Without a boundary, an exception while rendering any view unmounts the whole React tree and the
// web part goes blank (https://react.dev/reference/react/Component#catching-rendering-errors-with-an-error-boundary).
// AppContent puts one around each routed view: the navigation stays, the view says in the user's
// language that it failed and offers "Prøv igen", which mounts the view afresh.
import * as React from 'react';
import { useStrings } from '../strings/StringsContext';
import { clearCachedViews } from './viewCache';
import { Notice } from './Notice';

interface IBoundaryProps {
  /** A new key (another route) clears a caught error: the next view gets its own chance. */
  resetKey: string;
  title: string;
  message: string;
  retryLabel: string;
}

interface IBoundaryState {
  failed: boolean;
  /** Bumped by "Prøv igen": the children's key, so they mount anew with fresh state. */
  attempt: number;
}

class Boundary extends React.Component<IBoundaryProps, IBoundaryState> {
  public state: IBoundaryState = { failed: false, attempt: 0 };

  public static getDerivedStateFromError(): Partial<IBoundaryState> {
    return { failed: true };
  }

  // A view that could not render may have been handed a kept copy of an older shape (viewCache):
  // the retry, and the next visit, start from the server.
  public componentDidCatch(): void {
    clearCachedViews();
  }

  public componentDidUpdate(previous: IBoundaryProps): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) {
      this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
    }
  }

  public render(): React.ReactNode {
    if (this.state.failed) {
      const retry = (): void => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
      return (
        <div data-testid="view-error">
          <Notice kind="error" role="alert" action={{ label: this.props.retryLabel, onClick: retry }}>
            <strong>{this.props.title}.</strong> {this.props.message}
          </Notice>
        </div>
      );
    }
    return <React.Fragment key={this.state.attempt}>{this.props.children}</React.Fragment>;
  }
}

/** Catches what a view throws while rendering and shows a Danish message with a retry. */
export const ViewErrorBoundary: React.FC<{ resetKey: string }> = ({ resetKey, children }) => {
  const strings = useStrings().Resilience;
  return (
    <Boundary resetKey={resetKey} title={strings.ViewFailedTitle} message={strings.ViewFailed} retryLabel={strings.Retry}>
      {children}
    </Boundary>
  );
};
