/**
 * Field error codes of the server's own rules (`InvalidInputException` with a code, see docs/api.md): the
 * constraint names (`field.NotBlank` …) are in problemTextsNb.ts (Nn, En), these name a module's rule. A code the
 * client has no words for falls back to the general `field.invalid`.
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
  'field.LivePersonUnknown': 'Personen finnes ikke.',
  // guide: the channel guide's rules
  'field.RouteWithoutTarget': 'Ruten mangler et mål: fyll ut {label}.',
  'field.TopicLeavesNeedWithoutRoute': 'Temaet lar et behov stå uten rute. Legg til en rute i en av behovets kanaler, eller gi behovet en egen rute.',
  'field.FallbackNeedsPhoneAndOffice': 'Reserverutene må ha både telefon og NAV-kontor.',
  'field.RouteNeedsChannel': 'Velg en kanal for ruten.',
  'field.NoSuchWebChat': 'Det finnes ingen chat med dette navnet.',
  'field.OfficeRouteWithoutOffice': 'En rute til NAV-kontoret krever minst ett kontor i veiviseren.',
  'field.LinkAddress': 'En lenke begynner med https:// eller, på dette nettstedet, med /.',
  'field.MunicipalityNumber': 'Et kommunenummer har fire sifre.',
  'field.PostcodeFormat': 'Et postnummer har fire sifre; et område skrives 2301-2329.',
  'field.HoursNeedDays': 'Åpningstidene må si hvilke dager de gjelder.',
  'field.HoursCloseAfterOpen': 'Åpningstiden må stenge etter at den åpner.',
  'field.KeyFormat': 'Nøkkelen skrives med små bokstaver og sifre, med bindestrek mellom ord, som digital-help.',
  'field.KeyUsedTwice': 'Nøkkelen er brukt to ganger.',
  'field.TextNeedsBokmal': '{label} må ha en tekst på bokmål.',
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
  'field.LivePersonUnknown': 'Personen finst ikkje.',
  // guide: the channel guide's rules
  'field.RouteWithoutTarget': 'Ruta manglar eit mål: fyll ut {label}.',
  'field.TopicLeavesNeedWithoutRoute': 'Temaet lèt eit behov stå utan rute. Legg til ei rute i ein av kanalane til behovet, eller gi behovet ei eiga rute.',
  'field.FallbackNeedsPhoneAndOffice': 'Reserverutene må ha både telefon og NAV-kontor.',
  'field.RouteNeedsChannel': 'Vel ein kanal for ruta.',
  'field.NoSuchWebChat': 'Det finst ingen chat med dette namnet.',
  'field.OfficeRouteWithoutOffice': 'Ei rute til NAV-kontoret krev minst eitt kontor i vegvisaren.',
  'field.LinkAddress': 'Ei lenke byrjar med https:// eller, på denne nettstaden, med /.',
  'field.MunicipalityNumber': 'Eit kommunenummer har fire siffer.',
  'field.PostcodeFormat': 'Eit postnummer har fire siffer; eit område blir skrive 2301-2329.',
  'field.HoursNeedDays': 'Opningstidene må seie kva dagar dei gjeld.',
  'field.HoursCloseAfterOpen': 'Opningstida må stengje etter at ho opnar.',
  'field.KeyFormat': 'Nøkkelen blir skriven med små bokstavar og siffer, med bindestrek mellom ord, som digital-help.',
  'field.KeyUsedTwice': 'Nøkkelen er brukt to gonger.',
  'field.TextNeedsBokmal': '{label} må ha ein tekst på bokmål.',
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
  'field.LivePersonUnknown': 'The person does not exist.',
  // guide: the channel guide's rules
  'field.RouteWithoutTarget': 'The route has no target: fill in {label}.',
  'field.TopicLeavesNeedWithoutRoute': 'The topic leaves a need without a route. Add a route in one of the need\'s channels, or give the need a route of its own.',
  'field.FallbackNeedsPhoneAndOffice': 'The fallback routes need both the phone and the NAV office.',
  'field.RouteNeedsChannel': 'Choose a channel for the route.',
  'field.NoSuchWebChat': 'There is no web chat by that name.',
  'field.OfficeRouteWithoutOffice': 'A route to the NAV office needs at least one office in the guide.',
  'field.LinkAddress': 'A link starts with https:// or, on this site, with /.',
  'field.MunicipalityNumber': 'A municipality number has four digits.',
  'field.PostcodeFormat': 'A postcode has four digits; a range is written 2301-2329.',
  'field.HoursNeedDays': 'The opening hours must say which days they apply to.',
  'field.HoursCloseAfterOpen': 'The opening hours must close after they open.',
  'field.KeyFormat': 'A key is lower-case letters and digits with hyphens between words, such as digital-help.',
  'field.KeyUsedTwice': 'The key is used twice.',
  'field.TextNeedsBokmal': '{label} needs a text in bokmål.',
};
