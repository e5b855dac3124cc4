import type { PartnershipQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/messages';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { sortMembers } from './roles';

type Member = NonNullable<PartnershipQuery['partnership']>['members'][number];

export function MemberTable({
  members,
  labelledBy,
}: {
  readonly members: readonly Member[];
  readonly labelledBy: string;
}) {
  const { t, lang, date } = useT();
  return (
    <ScrollRegion labelledBy={labelledBy}>
      <table className="table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('partnership.members.organisation')}</th>
            <th scope="col">{t('partnership.members.kind')}</th>
            <th scope="col">{t('partnership.members.role')}</th>
            <th scope="col">{t('partnership.members.joined')}</th>
          </tr>
        </thead>
        <tbody>
          {sortMembers(members, locales[lang]).map((member) => (
            <tr key={member.organisation.id}>
              <th scope="row">{member.organisation.name}</th>
              <td>{t(`kind.${member.organisation.kind}`)}</td>
              <td>{t(`role.${member.role}`)}</td>
              <td className="nowrap">
                <time dateTime={member.joinedAt}>{date(member.joinedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
