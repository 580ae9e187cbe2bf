// fast-check arbitraries shared by the fuzz suites: values a hostile or damaged file, or a
// forged API call, might hold where the schema expects something else.
import fc from 'fast-check';
import { PROTOTYPE_NAMES } from '../../../shared/ids';

/** Strings that have broken parsers before: prototype names, traversal, refs, reserved
 * names, bidi controls, huge and odd Unicode. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    ...PROTOTYPE_NAMES,
    '',
    ' ',
    '..',
    '../../etc/passwd',
    'library:../outside.briefdeck',
    'library:con.briefdeck',
    'library:.hidden.briefdeck',
    'library:a/b.briefdeck',
    'ext:deadbeefdeadbeef',
    'ext:../../x',
    '\u202Efdp.kced',
    '\u0000',
    '%2e%2e',
    '<script>alert(1)</script>',
    'x'.repeat(5000),
    '😀'.repeat(300),
    '2026-13-45',
    'NaN',
    '#zzzzzz',
  ),
);

/** Numbers including the edges JSON can carry. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 2 ** 53, 0.1, 100000, 5001),
);

/** An object whose keys are prototype names, including an own "__proto__" (as JSON.parse makes). */
export const prototypeKeyed: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.jsonValue({ maxDepth: 2 }))
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value ?? null)}}`) as Record<string, unknown>);

/** Any JSON-ish value a transport could deliver, biased towards hostile leaves. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    prototypeKeyed,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;
