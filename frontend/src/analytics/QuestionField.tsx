import { Checkbox, CheckboxGroup, Radio, RadioGroup, Textarea } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import type { QuestionView } from './analyticsApi';
import type { Draft } from './answers';

interface Props {
  question: QuestionView;
  value: Draft | undefined;
  onChange: (value: Draft) => void;
  error?: string;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** One question as a form field: radio buttons, checkboxes or a text box, each a labelled group. */
export function QuestionField({ question, value, onChange, error }: Props) {
  const t = useT();
  switch (question.kind) {
    case 'YES_NO':
      return (
        <RadioGroup legend={question.text} value={value ?? ''} onChange={onChange} error={error}>
          <Radio value="yes">{t('analytics.survey.yes')}</Radio>
          <Radio value="no">{t('analytics.survey.no')}</Radio>
        </RadioGroup>
      );
    case 'SINGLE_CHOICE':
      return (
        <RadioGroup legend={question.text} value={value ?? ''} onChange={onChange} error={error}>
          {question.options.map((o) => (
            <Radio key={o} value={o}>
              {o}
            </Radio>
          ))}
        </RadioGroup>
      );
    case 'MULTIPLE_CHOICE':
      return (
        <CheckboxGroup legend={question.text} value={Array.isArray(value) ? value : []} onChange={onChange} error={error}>
          {question.options.map((o) => (
            <Checkbox key={o} value={o}>
              {o}
            </Checkbox>
          ))}
        </CheckboxGroup>
      );
    case 'SCALE_1_5':
    case 'NPS': {
      const [from, to] = question.kind === 'NPS' ? [0, 10] : [1, 5];
      return (
        <RadioGroup
          legend={question.text}
          description={t(question.kind === 'NPS' ? 'analytics.survey.npsHint' : 'analytics.survey.scaleHint')}
          value={value ?? ''}
          onChange={onChange}
          error={error}
        >
          <div className="samtale-survey-scale">
            {range(from, to).map((n) => (
              <Radio key={n} value={n}>
                {n}
              </Radio>
            ))}
          </div>
        </RadioGroup>
      );
    }
    default:
      return (
        <Textarea
          label={question.text}
          description={t('analytics.survey.freeTextHint')}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          maxLength={2000}
          error={error}
        />
      );
  }
}
