import { describe, expect, it } from 'vitest';
import { format } from '../i18n/i18n';
import nb from '../i18n/nb';
import nn from '../i18n/nn';
import type { MessageKey } from '../i18n/nb';
import { findingText } from './findingText';

const inNb = (key: MessageKey, values?: Record<string, string | number>) => format(nb[key], values, 'nb');
const inNn = (key: MessageKey, values?: Record<string, string | number>) => format(nn[key], values, 'nn');

describe('findingText', () => {
  it('words a check code with its parameters in the reader\'s language', () => {
    const finding = { code: 'ADDML_COUNT_MISMATCH', params: { file: 'arkivstruktur.xml', element: 'mappe', counted: '3', stated: '4' } };
    expect(findingText(finding, inNb)).toBe('arkivstruktur.xml har 3 mappe, men ADDML oppgir 4.');
    expect(findingText({ code: 'DOCUMENT_FILE_MISSING', params: { file: 'dokumenter/a.pdf' } }, inNn)).toBe('Dokumentfila dokumenter/a.pdf manglar.');
  });

  it('words an unknown code as another error naming the code', () => {
    expect(findingText({ code: 'NEW_CHECK', params: {} }, inNb)).toBe('Annen feil: NEW_CHECK');
  });
});
