/**
 * @module corpus/stopwords
 * English function words and news boilerplate that say nothing about which situation an article
 * reports (a common English stopword list plus reporting verbs and weekday/month names, which
 * every news story shares).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any
  are around as at be became because been before being below between both but by can cannot could
  did do does doing done down during each either else ever every few for from further had has have
  having he her here hers herself him himself his how however i if in into is it its itself just
  least less let like made make many may me might more most much must my myself near neither never
  no nor not now of off often on once one only or other others our ours ourselves out over own per
  perhaps quite rather really same several she should since so some such than that the their theirs
  them themselves then there these they this those though through thus to too toward towards under
  until up upon us very via was we well were what whatever when where whether which while who whom
  whose why will with within without would yet you your yours yourself yourselves
  said says say saying told tell according reported report reports reporting news reuters afp
  told added statement week weeks day days year years month months time today yesterday tomorrow
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  mr mrs ms dr new first last two three four five six seven eight nine ten people including
  http https www com html htm org net`.split(/\s+/).filter(Boolean),
);
