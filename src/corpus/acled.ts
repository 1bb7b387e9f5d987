/**
 * @module corpus/acled
 * Sitrep event types (the CASE 2021 spelling of ACLED sub-event types, plus five of our own) to
 * ACLED's event type and sub-event type names, following the ACLED Codebook (2023): used for the
 * CSV export and to decide which types two reports of one event may disagree on.
 */

export interface AcledType {
  eventType: string;
  subEventType: string;
}

const T = (eventType: string, subEventType: string): AcledType => ({ eventType, subEventType });

export const ACLED_TYPES: Readonly<Record<string, AcledType>> = {
  ARMED_CLASH: T('Battles', 'Armed clash'),
  GOV_REGAINS_TERIT: T('Battles', 'Government regains territory'),
  NON_STATE_ACTOR_OVERTAKES_TER: T('Battles', 'Non-state actor overtakes territory'),
  AIR_STRIKE: T('Explosions/Remote violence', 'Air/drone strike'),
  ART_MISS_ATTACK: T('Explosions/Remote violence', 'Shelling/artillery/missile attack'),
  CHEM_WEAP: T('Explosions/Remote violence', 'Chemical weapon'),
  GRENADE: T('Explosions/Remote violence', 'Grenade'),
  REM_EXPLOS: T('Explosions/Remote violence', 'Remote explosive/landmine/IED'),
  SUIC_BOMB: T('Explosions/Remote violence', 'Suicide bomb'),
  ATTACK: T('Violence against civilians', 'Attack'),
  ABDUCT_DISSAP: T('Violence against civilians', 'Abduction/forced disappearance'),
  SEX_VIOL: T('Violence against civilians', 'Sexual violence'),
  PEACE_PROTEST: T('Protests', 'Peaceful protest'),
  PROTEST_WITH_INTER: T('Protests', 'Protest with intervention'),
  FORCE_AGAINST_PROTEST: T('Protests', 'Excessive force against protesters'),
  VIOL_DEMONSTR: T('Riots', 'Violent demonstration'),
  MOB_VIOL: T('Riots', 'Mob violence'),
  AGREEMENT: T('Strategic developments', 'Agreement'),
  ARREST: T('Strategic developments', 'Arrests'),
  CHANGE_TO_GROUP_ACT: T('Strategic developments', 'Change to group/activity'),
  DISR_WEAP: T('Strategic developments', 'Disrupted weapons use'),
  HQ_ESTABLISHED: T('Strategic developments', 'Headquarters or base established'),
  NON_VIOL_TERRIT_TRANSFER: T('Strategic developments', 'Non-violent transfer of territory'),
  OTHER: T('Strategic developments', 'Other'),
  PROPERTY_DISTRUCT: T('Strategic developments', 'Looting/property destruction'),
};

export function acledType(type: string): AcledType {
  return ACLED_TYPES[type] ?? T('', type);
}

/**
 * Types two reports of one event may use interchangeably: within one ACLED violent event type
 * (a strike one outlet calls shelling and another an air raid), but not across strategic
 * developments, where each sub-type is a different kind of happening.
 */
export function compatibleTypes(a: string, b: string): boolean {
  if (a === b) return true;
  const ta = ACLED_TYPES[a]?.eventType;
  const tb = ACLED_TYPES[b]?.eventType;
  return !!ta && ta === tb && ta !== 'Strategic developments';
}
