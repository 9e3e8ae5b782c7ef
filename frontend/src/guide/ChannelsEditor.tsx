import { BodyShort, Button, Fieldset, HStack, Select, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { GUIDE_CHANNELS, move, type GuideChannel } from './guideForm';
import { fieldId, type ErrorFor } from './fieldIds';

interface Props {
  channels: GuideChannel[];
  onChange: (channels: GuideChannel[]) => void;
  path: string;
  errorFor: ErrorFor;
}

/** A need's channels, best first: the order a citizen with the need is offered them. */
export function ChannelsEditor({ channels, onChange, path, errorFor }: Props) {
  const t = useT();
  const left = GUIDE_CHANNELS.filter((c) => !channels.includes(c));
  const [adding, setAdding] = useState<GuideChannel | ''>('');
  const legend = t('guide.form.field.channels');
  return (
    <Fieldset legend={legend} description={t('guide.form.channelsHelp')} id={fieldId(path)} tabIndex={-1} error={errorFor(path, legend)}>
      <VStack gap="space-8">
        <ol className="samtale-guide-form-list">
          {channels.map((channel, i) => (
            <li key={channel}>
              <HStack gap="space-8" align="center" wrap>
                <BodyShort>{t(`guide.channel.${channel}`)}</BodyShort>
                <Button type="button" size="xsmall" variant="tertiary" disabled={i === 0} onClick={() => onChange(move(channels, i, i - 1))}>
                  {t('guide.form.up')}
                  <span className="navds-sr-only">: {t(`guide.channel.${channel}`)}</span>
                </Button>
                <Button type="button" size="xsmall" variant="tertiary" disabled={i === channels.length - 1} onClick={() => onChange(move(channels, i, i + 1))}>
                  {t('guide.form.down')}
                  <span className="navds-sr-only">: {t(`guide.channel.${channel}`)}</span>
                </Button>
                <Button type="button" size="xsmall" variant="tertiary-neutral" onClick={() => onChange(channels.filter((c) => c !== channel))}>
                  {t('guide.form.remove')}
                  <span className="navds-sr-only">: {t(`guide.channel.${channel}`)}</span>
                </Button>
              </HStack>
            </li>
          ))}
        </ol>
        {left.length > 0 && (
          <HStack gap="space-8" align="end" wrap>
            <Select size="small" label={t('guide.form.addChannel')} value={adding} onChange={(e) => setAdding(e.target.value as GuideChannel | '')}>
              <option value="">{t('guide.form.chooseChannel')}</option>
              {left.map((c) => (
                <option key={c} value={c}>
                  {t(`guide.channel.${c}`)}
                </option>
              ))}
            </Select>
            <Button type="button" size="small" variant="secondary" disabled={adding === ''} onClick={() => {
              if (adding !== '') onChange([...channels, adding]);
              setAdding('');
            }}>
              {t('guide.form.add')}
            </Button>
          </HStack>
        )}
      </VStack>
    </Fieldset>
  );
}
