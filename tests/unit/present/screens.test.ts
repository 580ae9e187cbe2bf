// Which display the audience sees, and when the desktop app opens the audience window by itself.
import { describe, expect, it } from 'vitest';
import { displayLabel, opensAudienceAtStart, pickAudienceDisplay, planScreens } from '../../../shared/present/screens';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, primary: true, internal: true };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, primary: false, internal: false };
const monitor = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 }, primary: false, internal: false };

describe('pickAudienceDisplay', () => {
  it('a second display gets the audience, whichever order the OS lists them in', () => {
    expect(pickAudienceDisplay([laptop, projector], 1)?.id).toBe(2);
    expect(pickAudienceDisplay([projector, laptop], 1)?.id).toBe(2);
  });

  it('never the presenter’s own display while another exists, even when the presenter is on the external one', () => {
    expect(pickAudienceDisplay([laptop, projector], 2)?.id).toBe(1);
  });

  it('prefers an external display to a built-in one, and a non-primary one', () => {
    const dockedLaptop = { ...laptop, primary: false };
    const external = { ...monitor, primary: true };
    expect(pickAudienceDisplay([dockedLaptop, external, projector], 3)?.id).toBe(2);
    expect(pickAudienceDisplay([laptop, monitor, projector], 1)?.id).toBe(3);
  });

  it('one display: the presenter’s own (when asked), none without displays', () => {
    expect(pickAudienceDisplay([laptop], 1)?.id).toBe(1);
    expect(pickAudienceDisplay([laptop], null)?.id).toBe(1);
    expect(pickAudienceDisplay([], null)).toBeNull();
  });
});

describe('planScreens', () => {
  it('presenter on the laptop: audience on the projector, nobody moves', () => {
    expect(planScreens([laptop, projector], 1)).toEqual({ audience: projector, movePresenterTo: null });
  });

  it('presenter dragged onto the only external display: the audience takes it, the presenter goes to the laptop', () => {
    expect(planScreens([laptop, projector], 2)).toEqual({ audience: projector, movePresenterTo: laptop });
  });

  it('two external displays: the one the presenter is not on, no move; no built-in display: no move', () => {
    expect(planScreens([laptop, monitor, projector], 3)).toEqual({ audience: projector, movePresenterTo: null });
    expect(planScreens([monitor, projector], 3)).toEqual({ audience: projector, movePresenterTo: null });
  });

  it('one display: that one, no move', () => {
    expect(planScreens([laptop], 1)).toEqual({ audience: laptop, movePresenterTo: null });
  });
});

describe('opensAudienceAtStart', () => {
  it('only when a display other than the presenter’s exists', () => {
    expect(opensAudienceAtStart([{ presenter: true }])).toBe(false);
    expect(opensAudienceAtStart([{ presenter: true }, { presenter: false }])).toBe(true);
    expect(opensAudienceAtStart([])).toBe(false);
  });
});

describe('displayLabel', () => {
  it('names a display by the OS label, else what it is, with its size', () => {
    expect(displayLabel({ ...projector, label: 'Epson Projector' }, 1)).toBe('Epson Projector (1920×1080)');
    expect(displayLabel({ ...laptop, label: '' }, 0)).toBe('Built-in display (1440×900, main)');
    expect(displayLabel({ ...monitor, label: '  ' }, 2)).toBe('Display 3 (1920×1080)');
  });
});
