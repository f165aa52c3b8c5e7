import {normalizeLabel} from './normalize';

describe('normalizeLabel', () => {
  it.each([
    ['Psy + Addictions', 'psy addictions'],
    ['psy-addictions', 'psy addictions'],
    ['psy/addictions', 'psy addictions'],
    ['Prévention  du suicide', 'prevention du suicide'],
    ['Aidant·es proches', 'aidantes proches'],
    ["l'accroche", 'l accroche'],
    ['Suïcidepreventie', 'suicidepreventie'],
    ['  Double diagnostic (troubles psychiques)  ', 'double diagnostic troubles psychiques'],
  ])('folds %p to %p', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});
