/** The benchmarks' helpers: a wrong count stops the run with a message, before any site is generated or built; a median is a median. */
import {countArgument, countsArgument, median, percentile} from '../bench/stats';

describe('bench/stats.ts count options', () => {
  const argv = process.argv;
  let written: string[];

  beforeEach(() => {
    written = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((text: string | Uint8Array) => {
      written.push(String(text));
      return true;
    });
    jest.spyOn(process, 'exit').mockImplementation((code?: string | number | null) => {
      throw new Error(`exit ${String(code)}`);
    });
  });

  afterEach(() => {
    process.argv = argv;
    jest.restoreAllMocks();
  });

  const withArguments = (...values: string[]): void => {
    process.argv = ['node', 'bench/build.ts', ...values];
  };

  it('reads the sizes given, or the default ones', () => {
    withArguments('--sizes', '300,1200');
    expect(countsArgument('sizes', '500,2000')).toEqual([300, 1200]);
    withArguments();
    expect(countsArgument('sizes', '500,2000')).toEqual([500, 2000]);
    withArguments('--rounds', '2');
    expect(countArgument('rounds', 1)).toBe(2);
  });

  it.each([
    ['--sizes', 'x', '"x"'],
    ['--sizes', '500,', '""'],
    ['--sizes', '0,2000', '"0"'],
    ['--sizes', '1.5', '"1.5"'],
  ])('stops on %s %s, naming the option and what it found', (option, value, found) => {
    withArguments(option, value);
    expect(() => countsArgument('sizes', '500,2000')).toThrow('exit 2');
    expect(written.join('')).toContain('--sizes takes whole numbers of 1 or more');
    expect(written.join('')).toContain(`found ${found} in "${value}"`);
  });

  it('stops when a single count is given several', () => {
    withArguments('--rounds', '2,3');
    expect(() => countArgument('rounds', 1)).toThrow('exit 2');
    expect(written.join('')).toContain('--rounds takes one whole number (e.g. --rounds 1); found "2,3"');
  });
});

describe('bench/stats.ts median', () => {
  it('takes the middle value of an odd count, and the mean of the two middle ones of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    // Two builds of 263.7 s and 251.4 s: their median is their mean, where the nearest-rank percentile gives the faster.
    expect(median([263.7, 251.4])).toBeCloseTo(257.55, 5);
    expect(percentile([263.7, 251.4], 0.5)).toBe(251.4);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
