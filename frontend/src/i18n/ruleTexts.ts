/**
 * Field error codes of the server's own rules (`InvalidInputException` with a code, see docs/api.md): the
 * constraint names (`field.NotBlank` …) are in problemTexts.ts, these name a module's rule. A code the client has
 * no words for falls back to the general `field.invalid`.
 */
export const ruleTextsNb = {
  // teams: the duty roster
  'field.ShiftNeedsSomeone': 'Velg minst én person – to, så de har en makker.',
  'field.ShiftEndsAfterStarts': 'Skiftet må slutte etter at det begynner, samme dag.',
  'field.ShiftNotTeamMember': 'Personen er ikke med i teamet.',
  // platform: a request naming a field the server does not know (a program's mistake, shown if it reaches a page)
  'field.unknown-field': 'Feltet finnes ikke i dette skjemaet.',
  // events: hearings
  'field.HearingDeadlineInFuture': 'Fristen må være fram i tid.',
  'field.HearingUnitUnknown': 'Enheten finnes ikke.',
  'field.HearingUnitInvitedOnce': 'Enheten er allerede invitert.',
  'field.HearingUnitNeedsResponsible': 'Velg en ansvarlig person som finnes.',
};

export type RuleTexts = typeof ruleTextsNb;

export const ruleTextsNn: RuleTexts = {
  'field.ShiftNeedsSomeone': 'Vel minst éin person – to, så dei har ein makker.',
  'field.ShiftEndsAfterStarts': 'Skiftet må slutte etter at det byrjar, same dag.',
  'field.ShiftNotTeamMember': 'Personen er ikkje med i teamet.',
  'field.unknown-field': 'Feltet finst ikkje i dette skjemaet.',
  'field.HearingDeadlineInFuture': 'Fristen må vere fram i tid.',
  'field.HearingUnitUnknown': 'Eininga finst ikkje.',
  'field.HearingUnitInvitedOnce': 'Eininga er allereie invitert.',
  'field.HearingUnitNeedsResponsible': 'Vel ein ansvarleg person som finst.',
};

export const ruleTextsEn: RuleTexts = {
  'field.ShiftNeedsSomeone': 'Choose at least one person – two, so they have a partner.',
  'field.ShiftEndsAfterStarts': 'The shift must end after it starts, on the same day.',
  'field.ShiftNotTeamMember': 'This person is not on the team.',
  'field.unknown-field': 'This form has no such field.',
  'field.HearingDeadlineInFuture': 'The deadline must be in the future.',
  'field.HearingUnitUnknown': 'The unit does not exist.',
  'field.HearingUnitInvitedOnce': 'The unit is already invited.',
  'field.HearingUnitNeedsResponsible': 'Choose a responsible person who exists.',
};
