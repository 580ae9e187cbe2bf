// @vitest-environment jsdom
// The committed field (issue 11, "inspector fields accept what a person types"): nothing is
// checked per keystroke; on commit a good value is stored once, a bad one keeps its text and
// says why; Escape goes back; outside changes show unless the person is typing.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseYear } from '../../../shared/fieldParsers';
import { CommittedField } from '../../../renderer/ui/CommittedField';
import { createPendingEdits, PendingEditsContext } from '../../../renderer/ui/pendingEdits';

afterEach(cleanup);

function Harness({ initial, onCommit }: { initial: number | null; onCommit: (v: number | null) => void }) {
  const [year, setYear] = useState(initial);
  return (
    <>
      <CommittedField
        label="Source year"
        value={year}
        parse={parseYear}
        onCommit={(v) => {
          setYear(v);
          onCommit(v);
        }}
      />
      <button onClick={() => setYear(1999)}>outside</button>
    </>
  );
}

const field = () => screen.getByLabelText('Source year') as HTMLInputElement;
const typeEach = (text: string) => {
  for (let i = 1; i <= text.length; i++) fireEvent.change(field(), { target: { value: text.slice(0, i) } });
};

describe('CommittedField', () => {
  it('keeps every keystroke of a year and commits once on blur', () => {
    const onCommit = vi.fn();
    render(<Harness initial={null} onCommit={onCommit} />);
    typeEach('2024');
    expect(field().value).toBe('2024');
    expect(onCommit).not.toHaveBeenCalled();
    expect(field().getAttribute('aria-invalid')).toBe('false');
    fireEvent.blur(field());
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith(2024);
  });

  it('Enter commits too; an unchanged value commits nothing', () => {
    const onCommit = vi.fn();
    render(<Harness initial={2020} onCommit={onCommit} />);
    fireEvent.blur(field());
    expect(onCommit).not.toHaveBeenCalled();
    typeEach('2021');
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith(2021);
  });

  it('an invalid value keeps its text, is aria-invalid and says why; fixing it commits', () => {
    const onCommit = vi.fn();
    render(<Harness initial={2020} onCommit={onCommit} />);
    typeEach('202');
    fireEvent.blur(field());
    expect(onCommit).not.toHaveBeenCalled();
    expect(field().value).toBe('202');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    const message = screen.getByRole('alert');
    expect(message.textContent).toMatch(/202 is outside 1000–3000/);
    expect(field().getAttribute('aria-describedby')).toBe(message.id);
    typeEach('2023');
    fireEvent.blur(field());
    expect(onCommit).toHaveBeenCalledWith(2023);
    expect(field().getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Escape puts the committed value back', () => {
    render(<Harness initial={2020} onCommit={() => undefined} />);
    typeEach('abc');
    fireEvent.blur(field());
    expect(field().getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(field().value).toBe('2020');
    expect(field().getAttribute('aria-invalid')).toBe('false');
  });

  it('shows outside changes (undo) when not being typed in, and clearing commits null', () => {
    const onCommit = vi.fn();
    render(<Harness initial={2020} onCommit={onCommit} />);
    fireEvent.click(screen.getByText('outside'));
    expect(field().value).toBe('1999');
    fireEvent.change(field(), { target: { value: '' } });
    fireEvent.blur(field());
    expect(onCommit).toHaveBeenCalledWith(null);
  });

  it('a valid value typed and left by unmounting (keyboard navigation) is still committed', () => {
    const onCommit = vi.fn();
    const { unmount } = render(<Harness initial={null} onCommit={onCommit} />);
    typeEach('2019');
    unmount();
    expect(onCommit).toHaveBeenCalledWith(2019);
  });
});

describe('pending edits (a save someone asks for takes the text being typed)', () => {
  it('commitAll commits a typed year, leaves a bad one with its message, and forgets an unmounted field', () => {
    const pending = createPendingEdits();
    const onCommit = vi.fn();
    const view = render(
      <PendingEditsContext.Provider value={pending}>
        <Harness initial={2020} onCommit={onCommit} />
      </PendingEditsContext.Provider>,
    );
    const field = screen.getByLabelText('Source year');
    fireEvent.change(field, { target: { value: '2024' } });
    expect(onCommit).not.toHaveBeenCalled();
    act(() => pending.commitAll());
    expect(onCommit).toHaveBeenCalledWith(2024);
    fireEvent.change(field, { target: { value: '202' } });
    act(() => pending.commitAll());
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('202');
    // Unmounted (its own last commit refused again), the field is no longer asked.
    view.unmount();
    act(() => pending.commitAll());
    expect(onCommit).toHaveBeenCalledTimes(1);
  });
});
