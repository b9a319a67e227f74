import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LogoDataUrl, paperSizes, type PacketSettings, type PaperSize, type Settings } from '../../../shared/model';
import { SettingsUpdate } from '../../../shared/model/settings';
import { useDescribeReason } from '../../components/use-describe-error';
import { SelectField } from '../../components/form/select-field';
import { useForm } from '../../components/form/use-form';
import { useFormatters } from '../../i18n/format';
import { TextAreaField } from '../../components/form/text-area-field';
import { agendaLineOf, agendaOf, agendaText } from '../reviews';
import './settings.css';
import { SettingsCardForm, useSettingsSave } from './settings-card-form';

/** The largest logo taken, in bytes (300 KB): a crisp print logo is far smaller, and every packet carries it. */
export const maxLogoBytes = 300_000;
const logoTypes = ['image/png', 'image/jpeg'];

type FieldName = 'paper' | 'logo' | 'agendaTemplate' | 'disclosure' | 'showHealth';
const fieldOrder: FieldName[] = ['paper', 'logo', 'agendaTemplate', 'disclosure', 'showHealth'];

function fieldOf(path: readonly string[]): FieldName | undefined {
  const [group, name] = path[0] === 'packets' ? path : ['packets', ...path];
  if (group !== 'packets' || name === undefined) return undefined;
  return (fieldOrder as readonly string[]).includes(name) ? (name as FieldName) : undefined;
}

const sameSettings = (a: PacketSettings, b: PacketSettings) => JSON.stringify(a) === JSON.stringify(b);

/** Reads a chosen image file as a data URL. */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('Not read as text.')));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
  /** Puts the saved settings back (the parent renders the form afresh, messages and all). */
  onCancel: () => void;
}

/** What review packets look like: paper size, logo, the agenda new reviews start with, the disclosure, and whether health shows. */
export function PacketSettingsForm({ settings, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { saveChanges, onSettingsSaved } = useSettingsSave('packets', onSaved);
  const format = useFormatters();
  const describeReason = useDescribeReason();
  const saved = settings.packets;
  const [reading, setReading] = useState(false);
  const logoInput = useRef<HTMLInputElement>(null);
  const logoId = useId();
  const healthId = useId();

  const labels: Record<FieldName, string> = {
    paper: t('settings.packets.paper'),
    logo: t('settings.packets.logo'),
    agendaTemplate: t('settings.packets.agenda'),
    disclosure: t('settings.packets.disclosure'),
    showHealth: t('settings.packets.showHealth'),
  };

  /** Words an issue; one about an agenda item names the line it is on. */
  const messageFor = (name: FieldName, path: readonly string[], message: string, lines: readonly number[]) => {
    const line = name === 'agendaTemplate' ? agendaLineOf(path, 'agendaTemplate', lines) : undefined;
    return line !== undefined
      ? t('settings.packets.agendaLine', { line, message })
      : t('validation.fromServer', { label: labels[name], message });
  };

  const describeLocal = (issue: z.core.$ZodIssue, name: FieldName, lines: readonly number[]) => {
    const path = issue.path.map(String);
    if (name === 'agendaTemplate') {
      const isItem = path.length > path.indexOf('agendaTemplate') + 1;
      if (!isItem) return t('settings.packets.agendaTooMany', { max: 30 });
      return messageFor(name, path, t('settings.packets.agendaItemTooLong', { max: 300 }), lines);
    }
    if (name === 'disclosure') return t('settings.packets.disclosureTooLong', { max: format.number(5000) });
    if (name === 'logo') return t('settings.packets.logoInvalid');
    return t('validation.choose', { label: labels[name] });
  };

  const form = useForm({
    initial: {
      paper: saved.paper as string,
      logo: saved.logo,
      agendaTemplate: agendaText(saved.agendaTemplate),
      disclosure: saved.disclosure,
      showHealth: saved.showHealth,
    },
    labels,
    schema: SettingsUpdate,
    prepare: (values) => ({
      packets: { ...values, paper: values.paper as PaperSize, agendaTemplate: agendaOf(values.agendaTemplate).items },
    }),
    fieldOf: (path) => fieldOf(path),
    describeIssue: (issue, _label, _t, values) =>
      describeLocal(issue, fieldOf(issue.path.map(String))!, agendaOf(values.agendaTemplate).lines),
    describeServerIssue: (issue, _label, _t, values) => {
      const path = issue.path.split('.');
      return messageFor(fieldOf(path)!, path, describeReason(issue), agendaOf(values.agendaTemplate).lines);
    },
    submit: ({ packets: next }) => saveChanges(next && !sameSettings(next, saved) ? { packets: next } : null),
    onSuccess: onSettingsSaved,
  });
  const { values, errors } = form;
  const { paper, logo, disclosure, showHealth } = values;

  const onLogoChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Refused here so nobody waits for a save to hear it; the backend checks again.
    const refuse = (message: string) => {
      form.setError('logo', message);
      input.value = '';
    };
    if (!logoTypes.includes(file.type)) return refuse(t('settings.packets.logoType', { name: file.name }));
    if (file.size > maxLogoBytes) {
      return refuse(t('settings.packets.logoTooBig', { name: file.name, max: format.fileSize(maxLogoBytes) }));
    }
    setReading(true);
    try {
      const dataUrl = await readAsDataUrl(file);
      if (!LogoDataUrl.safeParse(dataUrl).success) return refuse(t('settings.packets.logoInvalid'));
      form.setValue('logo', dataUrl);
      form.setError('logo');
      input.value = '';
    } catch {
      refuse(t('settings.packets.logoUnreadable', { name: file.name }));
    } finally {
      setReading(false);
    }
  };

  return (
    <SettingsCardForm
      part="packets"
      title={t('settings.packets.title')}
      form={form}
      submitDisabled={reading}
      onSubmit={(event) => (reading ? event.preventDefault() : form.onSubmit(event))}
      onCancel={onCancel}
    >
      <SelectField
        name="paper"
        label={labels.paper}
        value={paper}
        error={errors.paper}
        options={paperSizes.map((size) => ({ value: size, label: t(`settings.packets.papers.${size}`) }))}
        onChange={(event) => form.setValue('paper', event.target.value)}
      />
      <div className={`field${errors.logo ? ' field--invalid' : ''}`}>
        <label htmlFor={logoId} className="field__label">
          {labels.logo}
        </label>
        {logo ? (
          <div className="settings-logo">
            <img className="settings-logo__image" src={logo} alt={t('settings.packets.logoPreview')} />
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                form.setValue('logo', null);
                form.setError('logo');
                logoInput.current?.focus();
              }}
            >
              {t('settings.packets.removeLogo')}
            </button>
          </div>
        ) : (
          <p className="field__hint">{t('settings.packets.noLogo')}</p>
        )}
        <input
          ref={logoInput}
          id={logoId}
          name="logo"
          type="file"
          className="settings-logo__input"
          accept={logoTypes.join(',')}
          aria-invalid={errors.logo ? true : undefined}
          aria-describedby={`${logoId}-hint${errors.logo ? ` ${logoId}-error` : ''}`}
          onChange={(event) => void onLogoChosen(event)}
        />
        <p id={`${logoId}-hint`} className="field__hint">
          {reading ? t('settings.packets.logoReading') : t('settings.packets.logoHint', { max: format.fileSize(maxLogoBytes) })}
        </p>
        {errors.logo && (
          <p id={`${logoId}-error`} className="field__error">
            {errors.logo}
          </p>
        )}
      </div>
      <TextAreaField
        name="agendaTemplate"
        label={labels.agendaTemplate}
        hint={t('settings.packets.agendaHint')}
        className="settings-form__textarea"
        rows={7}
        value={values.agendaTemplate}
        error={errors.agendaTemplate}
        onChange={(event) => form.setValue('agendaTemplate', event.target.value)}
      />
      <TextAreaField
        name="disclosure"
        label={labels.disclosure}
        hint={t('settings.packets.disclosureHint')}
        className="settings-form__textarea"
        rows={5}
        value={disclosure}
        error={errors.disclosure}
        onChange={(event) => form.setValue('disclosure', event.target.value)}
      />
      <div className="settings-form__check">
        <input
          id={healthId}
          name="showHealth"
          type="checkbox"
          className="checkbox"
          checked={showHealth}
          aria-describedby={`${healthId}-hint`}
          onChange={(event) => form.setValue('showHealth', event.target.checked)}
        />
        <label htmlFor={healthId}>{labels.showHealth}</label>
        <p id={`${healthId}-hint`} className="field__hint">
          {t('settings.packets.showHealthHint')}
        </p>
        {errors.showHealth && <p className="field__error">{errors.showHealth}</p>}
      </div>
    </SettingsCardForm>
  );
}
