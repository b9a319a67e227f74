import { useTranslation } from 'react-i18next';
import { teamRoles, type PacketData } from '../../../shared/model';
import type { Formatters } from '../../i18n/format';
import { addressLines } from './address-lines';
import { EmptyLine, PacketPart, PacketSection, RuledLines } from './packet-section';

/** Who the client is to us: their people, who looks after them, since when, and the contact details to confirm. */
export function RelationshipSection({ number, data, format }: { number: number; data: PacketData; format: Formatters }) {
  const { t } = useTranslation();
  const blank = t('packet.blank');
  const notRecorded = t('packet.relationship.notRecorded');
  // The role arrives as the team role's code; any other text is printed as the firm wrote it.
  const roleName = (role: string) =>
    (teamRoles as readonly string[]).includes(role) ? t(`team.roles.${role as (typeof teamRoles)[number]}`) : role;
  const contacts = data.people.filter((person) => person.email || person.phone);
  const address = data.client.address ? addressLines(data.client.address) : [];

  return (
    <PacketSection id="relationship" number={number} title={t('packet.relationship.title')}>
      <dl className="packet-facts">
        <div className="packet-facts__row">
          <dt>{t('packet.relationship.clientSince')}</dt>
          <dd>{data.client.clientSince ? format.day(data.client.clientSince) : notRecorded}</dd>
        </div>
        <div className="packet-facts__row">
          <dt>{t('packet.relationship.tier')}</dt>
          <dd>{data.client.tierName}</dd>
        </div>
      </dl>

      <PacketPart title={t('packet.relationship.people')}>
        {data.people.length === 0 ? (
          <EmptyLine>{t('packet.relationship.noPeople')}</EmptyLine>
        ) : (
          <table className="packet-table">
            <thead>
              <tr>
                <th scope="col">{t('packet.relationship.columns.name')}</th>
                <th scope="col">{t('packet.relationship.columns.relationship')}</th>
                <th scope="col">{t('packet.relationship.columns.dateOfBirth')}</th>
              </tr>
            </thead>
            <tbody>
              {data.people.map((person, index) => (
                <tr key={index}>
                  <th scope="row">{person.name}</th>
                  <td>{t(`clientPage.relationships.${person.relationship}`)}</td>
                  <td>{person.dateOfBirth ? format.day(person.dateOfBirth) : notRecorded}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PacketPart>

      <PacketPart title={t('packet.relationship.team')}>
        <dl className="packet-facts">
          <div className="packet-facts__row">
            <dt>{t('packet.relationship.manager')}</dt>
            <dd>
              {data.manager.name}
              {[data.manager.email, data.manager.phone].filter(Boolean).map((detail) => (
                <span key={detail} className="packet-facts__detail">
                  {detail}
                </span>
              ))}
            </dd>
          </div>
          <div className="packet-facts__row">
            <dt>{t('packet.relationship.serviceTeam')}</dt>
            <dd>
              {data.serviceTeam.length === 0
                ? t('packet.relationship.noServiceTeam')
                : data.serviceTeam.map((member, index) => (
                    <span key={index} className="packet-facts__line">
                      {t('packet.relationship.member', { name: member.name, role: roleName(member.role) })}
                    </span>
                  ))}
            </dd>
          </div>
        </dl>
      </PacketPart>

      <PacketPart title={t('packet.relationship.contact')} className="packet-contact">
        {contacts.length === 0 ? (
          <EmptyLine>{t('packet.relationship.noContact')}</EmptyLine>
        ) : (
          <table className="packet-table">
            <thead>
              <tr>
                <th scope="col">{t('packet.relationship.columns.name')}</th>
                <th scope="col">{t('packet.relationship.columns.email')}</th>
                <th scope="col">{t('packet.relationship.columns.phone')}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((person, index) => (
                <tr key={index}>
                  <th scope="row">{person.name}</th>
                  <td>{person.email ?? blank}</td>
                  <td>{person.phone ?? blank}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <dl className="packet-facts">
          <div className="packet-facts__row">
            <dt>{t('packet.relationship.address')}</dt>
            <dd>
              {address.length === 0
                ? t('packet.relationship.noAddress')
                : address.map((line, index) => (
                    <span key={index} className="packet-facts__line">
                      {line}
                    </span>
                  ))}
            </dd>
          </div>
        </dl>
        <div className="packet-confirm">
          <p>{t('packet.relationship.confirm')}</p>
          <RuledLines count={3} />
        </div>
      </PacketPart>
    </PacketSection>
  );
}
