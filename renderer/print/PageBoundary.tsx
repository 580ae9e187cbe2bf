// A page whose slide throws while drawing prints as a labelled empty page (and a preflight
// warning) instead of taking the whole export down with it.
import { Component, type ReactNode } from 'react';

interface Props {
  label: string;
  width: number;
  height: number;
  onError(message: string): void;
  children: ReactNode;
}

export class PageBoundary extends Component<Props, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(e: unknown) {
    return { message: e instanceof Error ? e.message : String(e) };
  }

  override componentDidCatch(e: unknown) {
    this.props.onError(e instanceof Error ? e.message : String(e));
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <section className="print-page" style={{ width: this.props.width, height: this.props.height }}>
        <div className="print-failed" data-render-error={this.state.message}>
          {this.props.label} could not be drawn: {this.state.message}
        </div>
      </section>
    );
  }
}
