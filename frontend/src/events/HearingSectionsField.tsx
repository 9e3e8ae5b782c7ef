import { Button, Fieldset, HStack, Textarea, TextField, VStack } from '@navikt/ds-react';
import { fieldError } from '../common/forms';
import { useT } from '../i18n/i18n';
import { newSection, type HearingForm, type HearingFormErrors } from './hearingForm';

interface Props {
  sections: HearingForm['sections'];
  onChange: (sections: HearingForm['sections']) => void;
  errors: HearingFormErrors;
  error: unknown;
}

/** The proposal's sections, each with a title and a text, in order; responses are given per section. */
export function HearingSectionsField({ sections, onChange, errors, error }: Props) {
  const t = useT();
  const change = (index: number, part: Partial<HearingForm['sections'][number]>) =>
    onChange(sections.map((s, i) => (i === index ? { ...s, ...part } : s)));
  return (
    <Fieldset
      legend={t('events.hearingForm.sections')}
      description={t('events.hearingForm.sectionsHelp')}
      error={errors.sections ?? fieldError(error, 'sections')}
    >
      <VStack gap="space-16">
        {sections.map((section, index) => {
          const number = index + 1;
          const titleField = `sections[${index}].title`;
          return (
            <VStack key={section.key} gap="space-8" className="samtale-hearing-section">
              <TextField
                label={t('events.hearingForm.sectionTitle', { number })}
                value={section.title}
                onChange={(e) => change(index, { title: e.target.value })}
                error={errors[titleField] ?? fieldError(error, titleField)}
              />
              <Textarea
                label={t('events.hearingForm.sectionBody', { number })}
                value={section.body}
                onChange={(e) => change(index, { body: e.target.value })}
                error={fieldError(error, `sections[${index}].body`)}
              />
              {sections.length > 1 && (
                <HStack>
                  <Button type="button" size="small" variant="tertiary" onClick={() => onChange(sections.filter((_, i) => i !== index))}>
                    {t('events.hearingForm.removeSection', { number })}
                  </Button>
                </HStack>
              )}
            </VStack>
          );
        })}
        <HStack>
          <Button type="button" size="small" variant="secondary" onClick={() => onChange([...sections, newSection()])}>
            {t('events.hearingForm.addSection')}
          </Button>
        </HStack>
      </VStack>
    </Fieldset>
  );
}
