import { describe, expect, it } from 'vitest';
import { autofit, cutCount, fitBadge, fitProblem, TEXT_FIT } from '../../../shared/widgets/autofit';
import { captionFit } from '../../../shared/widgets/image/layout';

describe('autofit (shrink text on overflow, never cut silently)', () => {
  it('takes the largest readable size that fits', () => {
    expect(autofit(() => true, TEXT_FIT)).toEqual({ size: 40, state: 'fits' });
    expect(autofit((s) => s <= 27, TEXT_FIT)).toEqual({ size: 27, state: 'fits' });
    expect(autofit((s) => s <= 20, TEXT_FIT)).toEqual({ size: 20, state: 'fits' });
  });
  it('below the readable minimum it keeps shrinking so everything shows, and says so', () => {
    expect(autofit((s) => s <= 19, TEXT_FIT)).toEqual({ size: 19, state: 'small' });
    expect(autofit((s) => s <= 13, TEXT_FIT)).toEqual({ size: 13, state: 'small' });
    expect(autofit((s) => s <= 12, TEXT_FIT)).toEqual({ size: 12, state: 'small' });
  });
  it('past the floor it is cut, at the floor', () => {
    expect(autofit(() => false, TEXT_FIT)).toEqual({ size: 12, state: 'cut' });
  });
  it('counts what a cut leaves out', () => {
    expect(cutCount(2, 6, 'bullet')).toBe('2 of 6 bullets are cut off');
    expect(cutCount(1, 6, 'bullet')).toBe('1 of 6 bullets is cut off');
    expect(cutCount(1, 1, 'paragraph')).toBe('1 of 1 paragraph is cut off');
  });
  it('says what is wrong in a badge and in the preflight', () => {
    expect(fitBadge({ size: 30, state: 'fits', min: 20, cut: '' })).toBeNull();
    expect(fitProblem({ size: 30, state: 'fits', min: 20, cut: '' })).toBeNull();
    expect(fitBadge({ size: 14, state: 'small', min: 20, cut: '' })).toBe('Too long: set at 14 px, below the readable 20 px');
    expect(fitProblem({ size: 14, state: 'small', min: 20, cut: '' })).toBe('does not fit its slot at the readable size (20 px): it is set at 14 px so that all of it shows. Shorten it or use a larger slot.');
    const cut = { size: 12, state: 'cut' as const, min: 20, cut: cutCount(2, 6, 'bullet') };
    expect(fitBadge(cut)).toBe('Too long: 2 of 6 bullets are cut off');
    expect(fitProblem(cut)).toBe('does not fit its slot even at 12 px: 2 of 6 bullets are cut off. Shorten it or use a larger slot.');
  });
  it('names the part measured when it is not the whole widget (an image caption)', () => {
    expect(fitBadge({ size: 16, state: 'small', min: 20, cut: '', part: 'caption' })).toBe('Caption too long: set at 16 px, below the readable 20 px');
    expect(fitBadge({ size: 12, state: 'cut', min: 20, cut: 'the end of the caption is cut off', part: 'caption' })).toBe('Caption too long: the end of the caption is cut off');
    expect(fitBadge({ size: 21, state: 'fits', min: 20, cut: '', part: 'caption' })).toBeNull();
  });
  it('an image caption shrinks from its two-line size to the readable one, then to the floor', () => {
    expect(captionFit(1000)).toEqual({ max: 26, min: 20, floor: 12 });
    expect(captionFit(373)).toEqual({ max: 21, min: 20, floor: 12 });
    // A small slot's caption starts below 20 px: that is its size, not a problem.
    expect(captionFit(200)).toEqual({ max: 18, min: 18, floor: 12 });
  });
});
