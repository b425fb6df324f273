// Keeps one card's failure to itself: a list item that throws while drawing (a row with
// a value no screen expects) is replaced by a short note, and the rest of the list draws.
import { Component, type ComponentChildren } from 'preact';
import { useT } from '../context';

interface Props { children: ComponentChildren }

export class CardBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Et kort kunne ikke vises', error);
  }

  override render() {
    return this.state.failed ? <FailedCard /> : this.props.children;
  }
}

function FailedCard() {
  const t = useT();
  return <li class="card notice notice--warn" data-testid="card-failed">{t('cardFailed')}</li>;
}
