import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { requestChannels, requestTypes, type ServiceRequest } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import { ClientPicker, type ClientChoice } from '../../components/form/client-picker';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { instantFromLocal, localDateTimeInput } from '../../components/dates';
import { TextAreaField } from '../../components/form/text-area-field';
import { PanelForm } from '../../components/form/panel-form';
import { orNull } from '../../components/form/form-values';
import { useForm } from '../../components/form/use-form';

/** The client a request is for when the form is opened from that client's page. */
export interface FixedClient {
  id: string;
  name: string;
  managerId: string;
}

interface Props {
  client?: FixedClient;
  onCancel: () => void;
  onCreated: (request: ServiceRequest) => void;
  className?: string;
}

/** Records what a client asked for. The owner follows the chosen client's manager until picked by hand. */
export function NewRequestForm({ client, onCancel, onCreated, className }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { currentUser } = useCurrentUser();
  const team = useQuery('team:list', { includeInactive: false });
  const [ownerChosen, setOwnerChosen] = useState(false);
  const [chosenClient, setChosenClient] = useState<ClientChoice | null>(null);

  const form = useForm({
    initial: {
      clientId: client?.id ?? '',
      type: '',
      channel: '',
      description: '',
      ownerId: client?.managerId ?? '',
      receivedAt: localDateTimeInput(),
    },
    labels: {
      clientId: t('requests.form.client'),
      type: t('requests.form.type'),
      channel: t('requests.form.channel'),
      description: t('requests.form.description_field'),
      ownerId: t('requests.form.owner'),
      receivedAt: t('requests.form.receivedAt'),
    },
    schema: contract['requests:create'].input,
    prepare: (values) => ({
      clientId: values.clientId,
      type: values.type,
      channel: values.channel,
      description: values.description,
      ownerId: orNull(values.ownerId),
      receivedAt: values.receivedAt.trim() ? instantFromLocal(values.receivedAt) : null,
      byId: currentUser?.id ?? '',
    }),
    submit: (input) => api.invoke('requests:create', input),
    onSuccess: (created) => {
      notify(t('requests.form.created', { client: client?.name ?? chosenClient?.name ?? '' }));
      onCreated(created);
    },
  });

  const clientField = form.field('clientId');
  const ownerField = form.field('ownerId');

  return (
    <PanelForm
      title={t('requests.form.title')}
      description={t('requests.form.description')}
      busy={form.busy}
      submitDisabled={!currentUser}
      formError={form.formError}
      submitLabel={t('requests.form.submit')}
      busyLabel={t('requests.form.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
      className={className}
    >
      {!currentUser && <p className="field__hint">{t('requests.needUser')}</p>}
      <div className="form__grid">
        {client ? null : (
          <ClientPicker
            label={clientField.label}
            name={clientField.name}
            error={clientField.error}
            value={chosenClient}
            onChange={(choice) => {
              setChosenClient(choice);
              form.setValue('clientId', choice?.id ?? '');
              if (!ownerChosen && choice?.managerId) form.setValue('ownerId', choice.managerId);
            }}
          />
        )}
        <SelectField
          {...form.field('type')}
          autoFocus={Boolean(client)}
          aria-required="true"
          placeholder={t('form.choose')}
          options={requestTypes.map((type) => ({ value: type, label: t(`requests.types.${type}`) }))}
        />
        <SelectField
          {...form.field('channel')}
          aria-required="true"
          placeholder={t('form.choose')}
          options={requestChannels.map((channel) => ({ value: channel, label: t(`requests.channels.${channel}`) }))}
        />
        <SelectField
          {...ownerField}
          hint={t('requests.form.ownerHint')}
          placeholder={t('form.choose')}
          options={(team.data ?? []).map((member) => ({ value: member.id, label: member.name }))}
          onChange={(event) => {
            setOwnerChosen(true);
            ownerField.onChange(event);
          }}
        />
        <TextField {...form.field('receivedAt')} type="datetime-local" hint={t('requests.form.receivedHint')} />
        <div className="form__wide">
          <TextAreaField {...form.field('description')} rows={4} aria-required="true" />
        </div>
      </div>
    </PanelForm>
  );
}
