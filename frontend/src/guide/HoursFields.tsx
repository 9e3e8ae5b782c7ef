import { Checkbox, CheckboxGroup, Fieldset, HStack, TextField, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { GUIDE_DAYS, weekdayHours, type GuideDay, type GuideHours } from './guideForm';
import { fieldId, type ErrorFor } from './fieldIds';

interface Props {
  legend: string;
  hours: GuideHours | null | undefined;
  onChange: (hours: GuideHours | null) => void;
  /** The hours' path, such as «offices[0].hours»; its fields add «.days», «.opens», «.closes». */
  path: string;
  errorFor: ErrorFor;
}

/**
 * Opening hours in Norwegian time: whether there are any, the days they apply to and when they open and close. Without
 * hours, the guide says nothing about when the channel is open.
 */
export function HoursFields({ legend, hours, onChange, path, errorFor }: Props) {
  const t = useT();
  const days = t('guide.form.field.days');
  const opens = t('guide.form.field.opens');
  const closes = t('guide.form.field.closes');
  return (
    <Fieldset legend={legend} size="small" id={fieldId(path)} tabIndex={-1}>
      <VStack gap="space-8">
        <Checkbox size="small" checked={hours != null} onChange={(e) => onChange(e.target.checked ? weekdayHours() : null)}>
          {t('guide.form.hasHours')}
        </Checkbox>
        {hours != null && (
          <>
            <CheckboxGroup
              id={fieldId(`${path}.days`)}
              tabIndex={-1}
              size="small"
              legend={days}
              value={hours.days ?? []}
              onChange={(value: GuideDay[]) => onChange({ ...hours, days: GUIDE_DAYS.filter((d) => value.includes(d)) })}
              error={errorFor(`${path}.days`, days)}
            >
              <HStack gap="space-12" wrap>
                {GUIDE_DAYS.map((day) => (
                  <Checkbox key={day} value={day}>
                    {t(`guide.form.day.${day}`)}
                  </Checkbox>
                ))}
              </HStack>
            </CheckboxGroup>
            <HStack gap="space-16" align="start" wrap>
              <TextField
                id={fieldId(`${path}.opens`)}
                size="small"
                type="time"
                label={opens}
                value={hours.opens ?? ''}
                onChange={(e) => onChange({ ...hours, opens: e.target.value || null })}
                error={errorFor(`${path}.opens`, opens)}
              />
              <TextField
                id={fieldId(`${path}.closes`)}
                size="small"
                type="time"
                label={closes}
                value={hours.closes ?? ''}
                onChange={(e) => onChange({ ...hours, closes: e.target.value || null })}
                error={errorFor(`${path}.closes`, closes)}
              />
            </HStack>
          </>
        )}
      </VStack>
    </Fieldset>
  );
}
