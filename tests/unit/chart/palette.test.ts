import { describe, expect, it } from 'vitest';
import { ciede2000, colorDistance, contrast } from '@/lib/chart/color-distance';
import { CHOSEN_PALETTE } from '@/lib/chart/palette';

// Backgrounds of the two themes: app/globals.css --bg light-dark(#ffffff, #121416).
const BACKGROUNDS = { light: '#ffffff', dark: '#121416' };
const MIN_DISTANCE = 20;

describe('CIEDE2000', () => {
  // Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
  // supplementary test data", Table 1, pairs 1, 4, 7, 13, 17, 20 and 25 (expected ΔE00 to 4 decimals).
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ] as const)('matches the published test pair %j / %j', (a, b, expected) => {
    expect(ciede2000([...a], [...b])).toBeCloseTo(expected, 4);
  });

  it('measures WCAG contrast (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
  });
});

describe('colours of chosen models', () => {
  const pairs = CHOSEN_PALETTE.flatMap((a, i) => CHOSEN_PALETTE.slice(i + 1).map((b) => [a, b] as const));

  it.each(pairs)('%s and %s are at least 20 CIEDE2000 apart', (a, b) => {
    expect(colorDistance(a, b)).toBeGreaterThanOrEqual(MIN_DISTANCE);
  });

  it.each(Object.entries(BACKGROUNDS))('each is at least 3:1 against the %s background', (_, bg) => {
    for (const c of CHOSEN_PALETTE) expect(contrast(c, bg), c).toBeGreaterThanOrEqual(3);
  });

  it('fixes the reported pair: the old BLOOMZ-7.1B and mT0-3.7B colours fail the dark background', () => {
    // rgb(0,46,71) and rgb(0,63,46), as the issue measured them.
    expect(contrast('#002e47', BACKGROUNDS.dark)).toBeLessThan(3);
    expect(contrast('#003f2e', BACKGROUNDS.dark)).toBeLessThan(3);
  });
});
