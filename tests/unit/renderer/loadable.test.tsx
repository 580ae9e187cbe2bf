// @vitest-environment jsdom
// Code-split screens without Suspense (renderer/ui/loadable.tsx): nothing until the chunk is
// here, the screen at once when it was fetched before, a message when it cannot be fetched.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadable } from '../../../renderer/ui/loadable';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('loadable', () => {
  it('renders nothing while the chunk loads, then the component with its props', async () => {
    let resolve!: (c: typeof Greeting) => void;
    const Screen = loadable(() => new Promise<typeof Greeting>((r) => (resolve = r)));
    const { container } = render(<Screen name="Ana" />);
    expect(container.innerHTML).toBe('');
    await act(async () => resolve(Greeting));
    expect(screen.getByText('Hello Ana')).toBeTruthy();
  });

  it('after preload() the first render already shows the component (no empty frame)', async () => {
    let loads = 0;
    const Screen = loadable(async () => {
      loads++;
      return Greeting;
    });
    await Screen.preload();
    await Screen.preload();
    const { container } = render(<Screen name="Ben" />);
    // Synchronously, before any effect or promise has run.
    expect(container.textContent).toBe('Hello Ben');
    expect(loads).toBe(1);
  });

  it('a chunk that cannot be fetched shows what happened and how to retry; a later render tries again', async () => {
    let attempts = 0;
    const Screen = loadable(async () => {
      attempts++;
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module');
      return Greeting;
    });
    render(<Screen name="Cy" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to fetch dynamically imported module');
    expect(alert.textContent).toContain('Reload the window');
    cleanup();
    render(<Screen name="Cy" />);
    expect(await screen.findByText('Hello Cy')).toBeTruthy();
    expect(attempts).toBe(2);
  });
});
