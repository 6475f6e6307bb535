import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { literalText } from '../shared/literalText';
import { intakeTeamMessages } from './messages.nl';

const msg = intakeTeamMessages.registration.channelInfo;

export interface ChannelInfo {
  tenantId: string;
  teamId: string;
  /** Intake teams already bound to this channel's Teams team. */
  boundTeams: { id: string; naam: string }[];
}

/**
 * "koppel intake" without a team in a channel: the lines a beheerder copies into the intake
 * teams file for this Teams team, and, when it is set up already, the command to link.
 * Ids are shown literally (monospace runs, no Markdown) and quoted as YAML strings.
 */
export function channelInfoCard({ tenantId, teamId, boundTeams }: ChannelInfo): AdaptiveCard {
  const yaml = [
    'kanaal: teams',
    'teams:',
    `  tenantId: ${JSON.stringify(tenantId)}`,
    `  teamId: ${JSON.stringify(teamId)}`,
  ];
  const bound = boundTeams.map((t) => `${t.naam} (${t.id})`).join(', ');
  const body: CardElement[] = [
    textBlock(msg.title, { weight: 'Bolder', size: 'Medium' }),
    ...(boundTeams.length
      ? [literalText(msg.bound(bound)), ...boundTeams.map((t) => code(msg.command(t.id)))]
      : [textBlock(msg.notBound)]),
    textBlock(msg.forBeheer, { isSubtle: true, spacing: 'Medium' }),
    ...yaml.map(code),
  ];
  return adaptiveCard(body);
}

function code(line: string): CardElement {
  return { type: 'RichTextBlock', spacing: 'None', inlines: [{ type: 'TextRun', text: line, fontType: 'Monospace' }] };
}
