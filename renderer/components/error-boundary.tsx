import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenLoadError } from './lazy-screen';

function ScreenFailure({ scope, notLoaded }: { scope: 'app' | 'screen'; notLoaded: boolean }) {
  const { t } = useTranslation();
  const text = notLoaded ? 'failure.notLoaded' : 'failure';
  return (
    <div role="alert" className={`failure failure--${scope}`}>
      <h1 className="failure__title">{t(`${text}.title`)}</h1>
      <p>{t(`${text}.body`)}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('failure.reload')}
      </button>
    </div>
  );
}

interface Props {
  children: ReactNode;
  /** `app` wraps everything; `screen` wraps one route so the navigation stays usable. */
  scope: 'app' | 'screen';
  /** When this changes (e.g. the route), the boundary tries its children again. */
  resetKey?: string;
}

interface State {
  failed: boolean;
  /** The screen's code could not be fetched, rather than the screen failing to render. */
  notLoaded: boolean;
  resetKey: string | undefined;
}

/** Turns a rendering crash into a plain message with Reload, so the window is never blank. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, notLoaded: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, notLoaded: error instanceof ScreenLoadError };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, notLoaded: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The person sees a plain sentence; the details go to the console for whoever investigates.
    console.error('Clientbook could not render a screen', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <ScreenFailure scope={this.props.scope} notLoaded={this.state.notLoaded} /> : this.props.children;
  }
}
