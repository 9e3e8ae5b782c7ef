import { useState } from 'react';
import { BodyShort, Button, Fieldset, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { Section } from '../common/Section';
import { blankMunicipality, blankOffice, postcodesOf, replaced, type GuideMunicipality, type GuideOffice } from './guideForm';
import { fieldId, type ErrorFor } from './fieldIds';
import { HoursFields } from './HoursFields';

interface Props {
  offices: GuideOffice[];
  onChange: (offices: GuideOffice[]) => void;
  /** The office being edited; the guide form sets it when an error summary link leads into an office. */
  index: number;
  onIndex: (index: number) => void;
  errorFor: ErrorFor;
}

/**
 * The local NAV offices a citizen is sent to, one at a time (chosen from a list): name, address, an optional page,
 * opening hours, and the municipalities it serves with their postcodes, each row added and removed by button.
 */
export function OfficesEditor({ offices, onChange, index, onIndex, errorFor }: Props) {
  const t = useT();
  const oi = Math.min(index, offices.length - 1);
  const office = offices[oi] as GuideOffice | undefined;
  const path = `offices[${oi}]`;
  const set = (changed: GuideOffice) => onChange(replaced(offices, oi, changed));
  const field = (name: 'name' | 'address' | 'url', description?: string) => {
    const label = t(`guide.form.field.${name}`);
    return (
      <TextField
        id={fieldId(`${path}.${name}`)}
        size="small"
        label={label}
        description={description}
        value={office?.[name] ?? ''}
        onChange={(e) => office && set({ ...office, [name]: name === 'url' && e.target.value === '' ? null : e.target.value })}
        error={errorFor(`${path}.${name}`, label)}
      />
    );
  };
  return (
    <Section heading={t('guide.form.offices')} size="xsmall">
      <BodyShort size="small">{t('guide.form.officesHelp')}</BodyShort>
      <HStack gap="space-8" align="end" wrap>
        {offices.length > 0 && (
          <Select size="small" label={t('guide.form.chooseOffice')} value={String(oi)} onChange={(e) => onIndex(Number(e.target.value))}>
            {offices.map((item, i) => (
              <option key={i} value={i}>{item.name || `#${i + 1}`}</option>
            ))}
          </Select>
        )}
        <Button type="button" size="small" variant="secondary" onClick={() => { onChange([...offices, blankOffice()]); onIndex(offices.length); }}>
          {t('guide.form.addOffice')}
        </Button>
        {office && (
          <Button type="button" size="small" variant="tertiary-neutral" onClick={() => { onChange(offices.filter((_, i) => i !== oi)); onIndex(Math.max(0, oi - 1)); }}>
            {t('guide.form.removeOffice')}<span className="navds-sr-only">: {office.name}</span>
          </Button>
        )}
      </HStack>
      {!office && <BodyShort size="small">{t('guide.form.noOffices')}</BodyShort>}
      {office && (
        <VStack gap="space-16" key={oi}>
          {field('name')}
          {field('address')}
          {field('url', t('guide.form.officeUrlHelp'))}
          <HoursFields legend={t('guide.form.field.hours')} hours={office.hours} path={`${path}.hours`} errorFor={errorFor} onChange={(hours) => set({ ...office, hours })} />
          <MunicipalitiesEditor
            municipalities={office.municipalities ?? []}
            path={`${path}.municipalities`}
            errorFor={errorFor}
            onChange={(municipalities) => set({ ...office, municipalities })}
          />
        </VStack>
      )}
    </Section>
  );
}

interface MunicipalitiesProps {
  municipalities: GuideMunicipality[];
  onChange: (municipalities: GuideMunicipality[]) => void;
  path: string;
  errorFor: ErrorFor;
}

function MunicipalitiesEditor({ municipalities, onChange, path, errorFor }: MunicipalitiesProps) {
  const t = useT();
  const legend = t('guide.form.field.municipalities');
  return (
    <Fieldset legend={legend} id={fieldId(path)} tabIndex={-1} error={errorFor(path, legend)}>
      <VStack gap="space-12">
        <ol className="samtale-guide-form-list">
          {municipalities.map((m, i) => (
            <li key={i}>
              <MunicipalityFields
                municipality={m}
                number={i + 1}
                path={`${path}[${i}]`}
                errorFor={errorFor}
                onChange={(changed) => onChange(replaced(municipalities, i, changed))}
              />
              <div className="samtale-guide-form-buttons">
                <Button type="button" size="xsmall" variant="tertiary-neutral" onClick={() => onChange(municipalities.filter((_, j) => j !== i))}>
                  {t('guide.form.removeMunicipality')}
                  <span className="navds-sr-only">: {m.name || t('guide.form.municipality', { n: String(i + 1) })}</span>
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <div>
          <Button type="button" size="small" variant="secondary" onClick={() => onChange([...municipalities, blankMunicipality()])}>
            {t('guide.form.addMunicipality')}
          </Button>
        </div>
      </VStack>
    </Fieldset>
  );
}

interface MunicipalityProps {
  municipality: GuideMunicipality;
  number: number;
  path: string;
  errorFor: ErrorFor;
  onChange: (municipality: GuideMunicipality) => void;
}

function MunicipalityFields({ municipality, number, path, errorFor, onChange }: MunicipalityProps) {
  const t = useT();
  // The editor types commas and spaces between postcodes: the text is kept as typed, the list read from it.
  const joined = (municipality.postcodes ?? []).join(', ');
  const [postcodes, setPostcodes] = useState(joined);
  // Rows are known by their place: when the row below moves up (one removed), its own postcodes are shown.
  if (postcodesOf(postcodes).join() !== (municipality.postcodes ?? []).join()) setPostcodes(joined);
  const label = (name: 'number' | 'name' | 'postcodes') => t(`guide.form.field.${name}`);
  return (
    <Fieldset legend={t('guide.form.municipality', { n: String(number) })} size="small">
      <HStack gap="space-12" align="start" wrap>
        <TextField
          id={fieldId(`${path}.number`)}
          size="small"
          inputMode="numeric"
          htmlSize={6}
          label={label('number')}
          description={t('guide.form.municipalityNumberHelp')}
          value={municipality.number ?? ''}
          onChange={(e) => onChange({ ...municipality, number: e.target.value.trim() })}
          error={errorFor(`${path}.number`, label('number'))}
        />
        <TextField
          id={fieldId(`${path}.name`)}
          size="small"
          label={label('name')}
          value={municipality.name ?? ''}
          onChange={(e) => onChange({ ...municipality, name: e.target.value })}
          error={errorFor(`${path}.name`, label('name'))}
        />
        <TextField
          id={fieldId(`${path}.postcodes`)}
          size="small"
          label={label('postcodes')}
          description={t('guide.form.postcodesHelp')}
          value={postcodes}
          onChange={(e) => {
            setPostcodes(e.target.value);
            onChange({ ...municipality, postcodes: postcodesOf(e.target.value) });
          }}
          error={errorFor(`${path}.postcodes`, label('postcodes'))}
        />
      </HStack>
    </Fieldset>
  );
}
