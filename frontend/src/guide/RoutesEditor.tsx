import { BodyShort, Button, Fieldset, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { GUIDE_CHANNELS, blankRoute, move, replaced, targetField, type GuideChannel, type GuideRoute } from './guideForm';
import { TextsFields } from './TextsFields';
import { HoursFields } from './HoursFields';
import { fieldId, type ErrorFor } from './fieldIds';

interface Props {
  legend: string;
  routes: GuideRoute[];
  onChange: (routes: GuideRoute[]) => void;
  /** The list's path, such as «topics[0].routes» or «fallback». */
  path: string;
  errorFor: ErrorFor;
  /** Shown when the list is empty (a need without routes of its own takes the topic's). */
  emptyText?: string;
}

/** A list of routes, best first: add, remove, move up and down, and each route's channel, target and texts. */
export function RoutesEditor({ legend, routes, onChange, path, errorFor, emptyText }: Props) {
  const t = useT();
  return (
    <Fieldset legend={legend} id={fieldId(path)} tabIndex={-1} error={errorFor(path, legend)}>
      <VStack gap="space-16">
        {routes.length === 0 && emptyText && <BodyShort size="small">{emptyText}</BodyShort>}
        <ol className="samtale-guide-form-list">
          {routes.map((route, i) => (
            <li key={i}>
              <RouteFields
                route={route}
                number={i + 1}
                path={`${path}[${i}]`}
                errorFor={errorFor}
                onChange={(changed) => onChange(replaced(routes, i, changed))}
              />
              <HStack gap="space-8" wrap className="samtale-guide-form-buttons">
                <Button type="button" size="xsmall" variant="tertiary" disabled={i === 0} onClick={() => onChange(move(routes, i, i - 1))}>
                  {t('guide.form.up')}
                  <span className="navds-sr-only">: {t('guide.form.path.route', { n: String(i + 1) })}</span>
                </Button>
                <Button type="button" size="xsmall" variant="tertiary" disabled={i === routes.length - 1} onClick={() => onChange(move(routes, i, i + 1))}>
                  {t('guide.form.down')}
                  <span className="navds-sr-only">: {t('guide.form.path.route', { n: String(i + 1) })}</span>
                </Button>
                <Button type="button" size="xsmall" variant="tertiary-neutral" onClick={() => onChange(routes.filter((_, j) => j !== i))}>
                  {t('guide.form.removeRoute')}
                  <span className="navds-sr-only"> {i + 1}</span>
                </Button>
              </HStack>
            </li>
          ))}
        </ol>
        <div>
          <Button type="button" size="small" variant="secondary" onClick={() => onChange([...routes, blankRoute()])}>
            {t('guide.form.addRoute')}
            <span className="navds-sr-only">: {legend}</span>
          </Button>
        </div>
      </VStack>
    </Fieldset>
  );
}

interface RouteProps {
  route: GuideRoute;
  number: number;
  path: string;
  errorFor: ErrorFor;
  onChange: (route: GuideRoute) => void;
}

function RouteFields({ route, number, path, errorFor, onChange }: RouteProps) {
  const t = useT();
  const target = targetField(route.channel);
  const channelLabel = t('guide.form.field.channel');
  return (
    <Fieldset legend={t('guide.form.path.route', { n: String(number) })} size="small">
      <VStack gap="space-12">
        <Select
          id={fieldId(`${path}.channel`)}
          size="small"
          label={channelLabel}
          value={route.channel ?? ''}
          onChange={(e) => onChange({ ...route, channel: e.target.value as GuideChannel })}
          error={errorFor(`${path}.channel`, channelLabel)}
        >
          {GUIDE_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`guide.channel.${c}`)}
            </option>
          ))}
        </Select>
        {target ? (
          <TextField
            id={fieldId(`${path}.${target}`)}
            size="small"
            label={t(`guide.form.target.${target}`)}
            description={t(`guide.form.targetHelp.${target}`)}
            value={route[target] ?? ''}
            onChange={(e) => onChange({ ...route, [target]: e.target.value === '' ? null : e.target.value })}
            error={errorFor(`${path}.${target}`, t(`guide.form.target.${target}`))}
          />
        ) : (
          <BodyShort size="small">{t('guide.form.officeTarget')}</BodyShort>
        )}
        <TextsFields legend={t('guide.form.field.title')} value={route.title} path={`${path}.title`} errorFor={errorFor} onChange={(title) => onChange({ ...route, title })} />
        <TextsFields
          legend={t('guide.form.field.description')}
          required={false}
          value={route.description}
          path={`${path}.description`}
          errorFor={errorFor}
          onChange={(description) => onChange({ ...route, description: description.nb === '' && !description.nn && !description.en ? null : description })}
        />
        {(route.channel === 'PHONE' || route.channel === 'CHAT' || route.hours != null) && (
          <HoursFields legend={t('guide.form.field.hours')} hours={route.hours} path={`${path}.hours`} errorFor={errorFor} onChange={(hours) => onChange({ ...route, hours })} />
        )}
      </VStack>
    </Fieldset>
  );
}
