import {negatives, positives, makeIban, makeNiss, NISS_1985, NISS_2003, BIS_40, IBAN_A, IBAN_B} from './__fixtures__/labelled';
import {maskText, maskToken} from './masking';
import {findIdentifyingData, isPersonalBelgianPhone, isValidBelgianIban, isValidNiss, mod97, PRIVACY_RULES} from './rules';

const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** Every number obtained from `digits` by changing exactly one digit. */
function oneDigitChanges(digits: string): string[] {
  const variants: string[] = [];
  for (let index = 0; index < digits.length; index += 1) {
    for (let digit = 0; digit <= 9; digit += 1) {
      if (String(digit) === digits[index]) continue;
      variants.push(digits.slice(0, index) + String(digit) + digits.slice(index + 1));
    }
  }
  return variants;
}

describe('labelled set', () => {
  it('has at least 60 positives and 60 negatives, covering every rule', () => {
    expect(positives.length).toBeGreaterThanOrEqual(60);
    expect(negatives.length).toBeGreaterThanOrEqual(60);
    expect(new Set(positives.map((positive) => positive.rule))).toEqual(new Set(PRIVACY_RULES));
  });

  it.each(positives.map((positive) => [positive.rule, positive.text, positive] as const))(
    'finds %s in %p',
    (rule, _text, positive) => {
      const findings = findIdentifyingData(positive.text);
      expect(findings.map((finding) => finding.rule)).toContain(rule);
    },
  );

  it.each(negatives)('finds nothing in %p', (text) => {
    expect(findIdentifyingData(text)).toEqual([]);
  });

  it.each(positives.map((positive) => [positive.rule, positive.text, positive] as const))(
    'never shows the %s of %p in full',
    (_rule, _text, positive) => {
      const findings = findIdentifyingData(positive.text);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        expect(finding.excerpt).not.toContain(positive.secret);
        if (/\d/.test(positive.secret)) expect(digitsOf(finding.excerpt)).not.toContain(digitsOf(positive.secret));
      }
    },
  );

  it('excerpts keep the shape of the matched text', () => {
    for (const positive of positives) {
      const lines = positive.text.split('\n');
      for (const finding of findIdentifyingData(positive.text)) {
        const offset =
          lines.slice(0, finding.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + finding.column - 1;
        const matched = positive.text.slice(offset, offset + finding.length);
        expect(finding.excerpt).toHaveLength(matched.length);
        expect(finding.excerpt.replace(/[^\s.,@/\-]/g, '')).toBe(matched.replace(/[^\s.,@/\-]/g, ''));
        expect(finding.excerpt).not.toBe(matched);
      }
    }
  });
});

describe('findIdentifyingData', () => {
  it('gives 1-based lines and columns, in reading order, on a multi-line text', () => {
    const text = [
      '## Situation',
      '',
      'Mme Dupont, née le 3 mars 1985, vit avec son fils Karim.',
      `Compte ${IBAN_A} ; GSM 0471 23 45 67.`,
      '\tcourriel : k.dupont@example.org',
    ].join('\n');
    const third = text.split('\n')[2] ?? '';
    const fourth = text.split('\n')[3] ?? '';
    const findings = findIdentifyingData(text);
    expect(findings.map(({rule, line, column, length}) => ({rule, line, column, length}))).toEqual([
      {rule: 'named-person', line: 3, column: 1, length: 'Mme Dupont'.length},
      {rule: 'birthdate', line: 3, column: third.indexOf('née') + 1, length: 'née le 3 mars 1985'.length},
      {rule: 'named-person', line: 3, column: third.indexOf('son fils') + 1, length: 'son fils Karim'.length},
      {rule: 'iban', line: 4, column: 'Compte '.length + 1, length: IBAN_A.length},
      {rule: 'phone', line: 4, column: fourth.indexOf('0471') + 1, length: '0471 23 45 67'.length},
      {rule: 'email', line: 5, column: 13, length: 'k.dupont@example.org'.length},
    ]);
    expect(findings[0]?.excerpt).toBe('Mme D••••t');
    expect(findings[1]?.excerpt).toBe('née le • m••s 1••5');
    expect(findings[4]?.excerpt).toBe('0••1 •• •• ••');
  });

  it('counts columns after a CRLF line end like after a LF', () => {
    const findings = findIdentifyingData('Situation\r\nsa fille Léa');
    expect(findings).toEqual([{rule: 'named-person', line: 2, column: 1, length: 12, excerpt: 'sa fille L•a'}]);
  });

  it('skips names the author allows, ignoring case and accents', () => {
    const text = 'Mme Dupont voit sa fille Léa et le Dr Peeters.';
    expect(findIdentifyingData(text).map((finding) => finding.rule)).toEqual([
      'named-person',
      'named-person',
      'named-person',
    ]);
    const allowed = findIdentifyingData(text, {allowNames: ['LEA', 'dupont']});
    expect(allowed).toHaveLength(1);
    expect(allowed[0]?.excerpt).toBe('Dr P•••••s');
    expect(findIdentifyingData('Madame Marie Dupont', {allowNames: ['Dupont']})).toHaveLength(1);
    expect(findIdentifyingData('Madame Marie Dupont', {allowNames: ['Marie', 'Dupont']})).toEqual([]);
    expect(findIdentifyingData('Madame Marie Dupont', {allowNames: ['marie dupont']})).toEqual([]);
  });

  it('ends an address after the commune', () => {
    const text = 'Elle vit rue des Tilleuls 16, 1080 Molenbeek-Saint-Jean depuis 2019.';
    const [finding] = findIdentifyingData(text);
    expect(finding).toMatchObject({rule: 'address', column: text.indexOf('rue') + 1});
    expect(text.slice(finding!.column - 1, finding!.column - 1 + finding!.length)).toBe(
      'rue des Tilleuls 16, 1080 Molenbeek-Saint-Jean',
    );
  });

  it('masks a birthplace written in the cue', () => {
    const [finding] = findIdentifyingData('Il est né à Namur le 3 mars 1985.');
    expect(finding?.excerpt).toBe('né à N•••r le • m••s 1••5');
  });

  it('reports overlapping matches once, under the stronger rule', () => {
    const findings = findIdentifyingData(`NISS ${NISS_2003}`);
    expect(findings.map((finding) => finding.rule)).toEqual(['niss']);
  });

  it('finds nothing in an empty text', () => {
    expect(findIdentifyingData('')).toEqual([]);
  });
});

describe('check digits', () => {
  it('computes mod 97 on long digit strings like BigInt does', () => {
    const long = '123456789012345678901234567890';
    expect(mod97(long)).toBe(Number(BigInt(long) % 97n));
  });

  it('accepts national register numbers from before and after 2000, and BIS numbers', () => {
    for (const niss of [NISS_1985, NISS_2003, BIS_40, makeNiss('000000', '001', true)]) {
      expect(isValidNiss(niss)).toBe(true);
    }
  });

  it('rejects a national register number with one digit changed', () => {
    for (const niss of [NISS_1985, NISS_2003, BIS_40]) {
      // Each change breaks the check of the number's century; a few may
      // happen to meet the other century's check, never the same one.
      const accepted = oneDigitChanges(niss).filter(isValidNiss);
      for (const variant of accepted) {
        const body = variant.slice(0, 9);
        const check = Number(variant.slice(9));
        const original = niss.slice(0, 9);
        const sameCentury = 97 - mod97(body) === check ? 97 - mod97(original) : 97 - mod97(`2${original}`);
        expect(sameCentury).not.toBe(Number(niss.slice(9)));
      }
      expect(accepted.length).toBeLessThanOrEqual(2);
      expect(findIdentifyingData(`NISS ${niss.slice(0, 10)}${(Number(niss[10]) + 5) % 10}`)).toEqual([]);
    }
  });

  it('rejects a Belgian IBAN with one digit changed', () => {
    for (const iban of [IBAN_A, IBAN_B, makeIban('999999999999')]) {
      expect(isValidBelgianIban(iban)).toBe(true);
      for (const variant of oneDigitChanges(iban.slice(2))) {
        expect(isValidBelgianIban(`BE${variant}`)).toBe(false);
      }
    }
  });

  it('rejects non-personal phone numbers', () => {
    expect(isPersonalBelgianPhone('0800 12 345')).toBe(false);
    expect(isPersonalBelgianPhone('070 23 45 67')).toBe(false);
    expect(isPersonalBelgianPhone('078 15 15 15')).toBe(false);
    expect(isPersonalBelgianPhone('0903 12 345')).toBe(false);
    expect(isPersonalBelgianPhone('0471 23 45 6')).toBe(false);
    expect(isPersonalBelgianPhone('02 123 45 67')).toBe(true);
    expect(isPersonalBelgianPhone('+32 471 23 45 67')).toBe(true);
  });
});

describe('masking', () => {
  it.each([
    ['Dupont', 'D••••t'],
    ['45', '••'],
    ['7A', '••'],
    ['3', '•'],
    ['', ''],
  ])('masks the token %p as %p', (token, expected) => {
    expect(maskToken(token)).toBe(expected);
  });

  it('keeps separators and masks every word and digit group', () => {
    expect(maskText('02/123.45.67')).toBe('••/1•3.••.••');
    expect(maskText('jean.dupont@example.org')).toBe('j••n.d••••t@e•••••e.o•g');
  });
});
