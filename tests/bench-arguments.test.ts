/** The benchmarks' options: a wrong count stops the run with a message, before any site is generated or built. */
import {countArgument, countsArgument} from '../bench/stats';

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
