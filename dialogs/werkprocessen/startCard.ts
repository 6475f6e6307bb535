import type { WerkprocesInfo } from '../../knowledge/catalogue';
import { adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { actionSet, browseButton, container, heading, navActions, searchBox, subtle, tickList, typeHint, type Nav } from './cardParts';
import { werkprocesBlocks } from './entryBlocks';
import { werkprocessenMessages as msg } from './messages.nl';
import { werkprocesId } from './selection';
import type { StartContent } from './viewContent';

/** Suggestions that fit the client's interests (and workplace), numbered, with ticks. */
function suggestions(content: StartContent, isSelected: (wp: WerkprocesInfo) => boolean): CardElement[] {
  const about = content.interesses || content.werkplek;
  if (!about) return [textBlock(msg.start.geenInteresses)];
  if (content.suggesties.length === 0) return [textBlock(msg.start.geenSuggesties)];
  const items = content.suggesties.map((wp, i) => container(werkprocesBlocks(wp, { nummer: i + 1, gekozen: isSelected(wp), detail: 'kort' })));
  const ticks = content.suggesties.flatMap((wp, i) => (isSelected(wp) ? [] : [{ id: werkprocesId(wp), title: `${i + 1}. ${wp.titel} (${wp.code})` }]));
  return [
    textBlock(`**${msg.start.suggesties(about)}**`),
    ...(content.werkplek && content.interesses ? [subtle(msg.start.metWerkplek(content.werkplek))] : []),
    ...items,
    ...tickList(ticks),
  ];
}

/** Fitting kwalificaties whose werkprocessen are not loaded: no codes, only a way to open them. */
function withoutWerkprocessen(content: StartContent): CardElement[] {
  if (content.zonderWerkprocessen.length === 0) return [];
  return [
    subtle(msg.start.zonderWerkprocessen, { spacing: 'Medium' }),
    actionSet(
      content.zonderWerkprocessen.map((k) =>
        submitAction(`${k.naam} (niveau ${k.niveau})`, { actie: 'kwalificatie', crebo: k.crebo }, { associatedInputs: 'none' }),
      ),
    ),
  ];
}

/** Interests and workplace, pre-filled, to ask for (new) suggestions. */
function refine(content: StartContent): CardElement[] {
  return [
    {
      type: 'Input.Text',
      id: 'interesses',
      label: msg.start.interessesLabel,
      placeholder: msg.start.interessesPlaceholder,
      value: content.interesses,
      maxLength: 500,
      separator: true,
    },
    { type: 'Input.Text', id: 'werkplek', label: msg.start.werkplekLabel, placeholder: msg.start.werkplekPlaceholder, value: content.werkplek, maxLength: 500 },
    actionSet([submitAction(msg.start.suggestiesKnop, { actie: 'suggesties' })]),
  ];
}

export function startCard(content: StartContent, isSelected: (wp: WerkprocesInfo) => boolean, nav: Nav): AdaptiveCard {
  return adaptiveCard(
    [
      heading(msg.title),
      textBlock(msg.intro),
      ...suggestions(content, isSelected),
      ...withoutWerkprocessen(content),
      ...refine(content),
      ...searchBox(),
      typeHint(),
    ],
    navActions(nav, [browseButton()]),
  );
}
