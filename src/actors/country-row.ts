/** One generated country row: [iso2, common name, other spellings, demonym, capitals, UN member (1/0)]. */
export type CountryRow = [string, string, string[], string, string[], number];
