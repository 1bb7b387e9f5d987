/**
 * @module actors/curated-groups
 * Curated by hand (sources: the groups' own names and the spellings wire services use, cross-checked
 * against ACLED actor names and the UN/US/EU designation lists): non-state armed groups, named state
 * forces and named government bodies, by region. See data/actors/README.md for the conventions.
 */
import type { ActorRow } from './entry.js';

export const GROUP_ROWS: readonly ActorRow[] = [
  // Global jihadist networks and their provinces.
  ['Islamic State', 'armed_group', '', 'Islamic State|IS|ISIS|ISIL|Daesh|Da\'esh|Daish|Islamic State group|IS group|ISIS group|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Islamic State in Iraq and Syria|Islamic State of Iraq and al-Sham|Islamic State organisation|Islamic State organization|IS jihadists|IS militants|ISIS militants|ISIL militants'],
  ['Islamic State West Africa Province', 'armed_group', 'NG', 'ISWAP|Islamic State West Africa Province|Islamic State West Africa|Islamic State in West Africa|Islamic State West African Province|IS West Africa'],
  ['Islamic State Khorasan Province', 'armed_group', 'AF', 'ISKP|ISIS-K|IS-K|ISIL-K|ISIS-Khorasan|Islamic State Khorasan|Islamic State Khorasan Province|Islamic State-Khorasan|Islamic State in Khorasan|Islamic State Khorasan Province'],
  ['Islamic State Sahel Province', 'armed_group', 'ML', 'ISGS|ISSP|Islamic State in the Greater Sahara|Islamic State Greater Sahara|Islamic State Sahel Province|Islamic State in the Sahel|IS Sahel'],
  ['Islamic State Mozambique Province', 'armed_group', 'MZ', 'ISMP|Islamic State Mozambique|Islamic State Mozambique Province|Ansar al-Sunna|Ahlu Sunnah Wa-Jamo|Ahl al-Sunna wal-Jamaa|al-Shabaab@|al-Shabab@'],
  ['Islamic State Sinai Province', 'armed_group', 'EG', 'Sinai Province|Wilayat Sinai|Islamic State Sinai Province|Ansar Bait al-Maqdis|Ansar Beit al-Maqdis'],
  ['al-Qaeda', 'armed_group', '', 'al-Qaeda|al-Qaida|al Qaeda|al Qaida|al-Qa\'ida|Qaeda|Qaida'],
  ['al-Qaeda in the Arabian Peninsula', 'armed_group', 'YE', 'AQAP|al-Qaeda in the Arabian Peninsula|al Qaeda in the Arabian Peninsula|al-Qaida in the Arabian Peninsula|Ansar al-Sharia@'],
  ['al-Qaeda in the Islamic Maghreb', 'armed_group', 'ML', 'AQIM|al-Qaeda in the Islamic Maghreb|al Qaeda in the Islamic Maghreb|al-Qaida in the Islamic Maghreb'],
  ['JNIM', 'armed_group', 'ML', 'JNIM|GSIM|Jama\'at Nusrat al-Islam wal-Muslimin|Jamaat Nusrat al-Islam wal-Muslimin|Jama\'at Nasr al-Islam wal Muslimin|Jamaat Nasr al-Islam wal Muslimin|Group for the Support of Islam and Muslims|Support Group for Islam and Muslims|Nusrat al-Islam'],
  ['Katiba Macina', 'armed_group', 'ML', 'Katiba Macina|Macina Liberation Front|Macina Liberation Front|FLM@'],
  ['Ansar Dine', 'armed_group', 'ML', 'Ansar Dine|Ansar Eddine'],
  ['Ansarul Islam', 'armed_group', 'BF', 'Ansarul Islam|Ansaroul Islam|Ansar ul Islam'],
  ['al-Shabaab', 'armed_group', 'SO', 'al-Shabaab|al-Shabab|al Shabaab|al Shabab|Shabaab|Shabab|Harakat al-Shabaab al-Mujahideen|Harakat al-Shabab al-Mujahideen'],
  ['Boko Haram', 'armed_group', 'NG', 'Boko Haram|Jama\'atu Ahlis Sunna Lidda\'awati wal-Jihad|Jamaatu Ahlis Sunna Liddaawati wal-Jihad|JAS@'],
  ['Ansaru', 'armed_group', 'NG', 'Ansaru|Jama\'atu Ansarul Muslimina fi Biladis Sudan'],
  ['Hurras al-Din', 'armed_group', 'SY', 'Hurras al-Din|Hurras ad-Din|Hurras al-Deen|Guardians of Religion'],
  ['Abu Sayyaf', 'armed_group', 'PH', 'Abu Sayyaf|Abu Sayyaf Group|ASG@'],
  ['Maute group', 'armed_group', 'PH', 'Maute group|Maute Group|Dawlah Islamiyah'],
  ['Lashkar-e-Taiba', 'armed_group', 'PK', 'Lashkar-e-Taiba|Lashkar-e-Toiba|Lashkar-e-Tayyiba|LeT'],
  ['Jaish-e-Mohammed', 'armed_group', 'PK', 'Jaish-e-Mohammed|Jaish-e-Muhammad|Jaish-e-Mohammad|JeM|JEM@'],
  ['Jaish al-Adl', 'armed_group', 'IR', 'Jaish al-Adl|Jaish ul-Adl|Jaysh al-Adl'],

  // Syria.
  ['Hayat Tahrir al-Sham', 'rebel_group', 'SY', 'HTS|Hayat Tahrir al-Sham|Hay\'at Tahrir al-Sham|Hayat Tahrir al Sham|Hay\'at Tahrir al Sham|Tahrir al-Sham|Levant Liberation Committee|Organisation for the Liberation of the Levant'],
  ['Nusra Front', 'armed_group', 'SY', 'Nusra Front|al-Nusra Front|Jabhat al-Nusra|Jabhat al-Nusra|al-Nusra|Nusra|Jabhat Fateh al-Sham|Fateh al-Sham|JFS@'],
  ['Syrian Democratic Forces', 'rebel_group', 'SY', 'SDF|Syrian Democratic Forces|Kurdish-led Syrian Democratic Forces|Kurdish-led SDF|Kurdish-led forces|Kurdish-led force|Kurdish-led alliance|Kurdish-led militia|Kurdish forces|Kurdish fighters|Kurdish militia|Kurdish militias|Kurdish militants|Kurdish rebels'],
  ['YPG', 'rebel_group', 'SY', 'YPG|YPJ|People\'s Protection Units|Kurdish People\'s Protection Units|Women\'s Protection Units|People\'s Protection Units (YPG)'],
  ['Free Syrian Army', 'rebel_group', 'SY', 'Free Syrian Army|FSA'],
  ['Syrian National Army', 'rebel_group', 'SY', 'Syrian National Army|SNA|Turkish-backed Syrian National Army|Turkey-backed Syrian National Army|Turkish-backed rebels|Turkey-backed rebels|Turkish-backed fighters|Turkey-backed fighters|Turkish-backed forces|Turkey-backed forces|Turkish-backed militias|Turkey-backed militias|Turkish-backed factions|Ankara-backed rebels|Ankara-backed fighters|Ankara-backed forces|National Army@'],
  ['Ahrar al-Sham', 'rebel_group', 'SY', 'Ahrar al-Sham|Harakat Ahrar al-Sham'],
  ['Jaish al-Islam', 'rebel_group', 'SY', 'Jaish al-Islam|Jaysh al-Islam'],
  ['Syrian government forces', 'state_forces', 'SY', 'Syrian Arab Army|SAA@|Assad forces|Assad\'s forces|regime troops@|Fourth Division|4th Division|Tiger Forces'],
  ['Pro-government militias (Syria)', 'armed_group', 'SY', 'National Defence Forces|National Defense Forces|NDF@|pro-Assad forces|pro-Assad militias|pro-regime militias@|pro-regime forces@|shabiha'],
  ['Syria', 'government', 'SY', 'Assad regime|Assad government|Syrian regime|Damascus regime|regime in Damascus'],
  ['Liwa Fatemiyoun', 'armed_group', 'IR', 'Liwa Fatemiyoun|Fatemiyoun|Fatemiyoun Brigade|Fatemiyoun Division'],

  // Iraq and the Kurdistan Region.
  ['Popular Mobilisation Forces', 'armed_group', 'IQ', 'Popular Mobilisation Forces|Popular Mobilization Forces|Popular Mobilisation Units|Popular Mobilization Units|PMF|PMU|Hashed al-Shaabi|Hashd al-Shaabi|al-Hashd al-Shaabi|Hashd al-Sha\'bi|Hashed|Hashd'],
  ['Kataib Hezbollah', 'armed_group', 'IQ', 'Kataib Hezbollah|Kata\'ib Hezbollah|Kataib Hizbollah|Kata\'ib Hizballah|Hezbollah Brigades'],
  ['Asaib Ahl al-Haq', 'armed_group', 'IQ', 'Asaib Ahl al-Haq|Asa\'ib Ahl al-Haq|League of the Righteous'],
  ['Islamic Resistance in Iraq', 'armed_group', 'IQ', 'Islamic Resistance in Iraq'],
  ['Peshmerga', 'state_forces', 'IQ', 'Peshmerga|peshmerga|Kurdish Peshmerga|Iraqi Kurdish Peshmerga|Kurdish peshmerga|Kurdish forces@|Kurdish fighters@'],
  ['Kurdistan Regional Government', 'government', 'IQ', 'Kurdistan Regional Government|KRG|Kurdish regional government|Kurdistan Region Government'],
  ['Iraqi government forces', 'state_forces', 'IQ', 'Iraqi Security Forces|ISF@|Counter-Terrorism Service|Counter Terrorism Service|CTS@|Golden Division'],
  ['PKK', 'rebel_group', 'TR', 'PKK|Kurdistan Workers\' Party|Kurdistan Workers Party|Kurdistan Worker\'s Party|Partiya Karkerên Kurdistanê|Kurdish militants@|Kurdish rebels@'],

  // Lebanon, Israel and Palestine.
  ['Hezbollah', 'armed_group', 'LB', 'Hezbollah|Hizbollah|Hizballah|Hizbullah|Hezbollah movement|Islamic Resistance in Lebanon'],
  ['Hamas', 'armed_group', 'PS', 'Hamas|HAMAS|Harakat al-Muqawama al-Islamiya|Ezzedine al-Qassam Brigades|Izz ad-Din al-Qassam Brigades|Izz al-Din al-Qassam Brigades|Ezzedine al-Qassam|Qassam Brigades|al-Qassam Brigades|Hamas-run government'],
  ['Palestinian Islamic Jihad', 'armed_group', 'PS', 'Palestinian Islamic Jihad|Islamic Jihad|PIJ|Al-Quds Brigades|al-Quds Brigades|Saraya al-Quds'],
  ['Al-Aqsa Martyrs\' Brigades', 'armed_group', 'PS', 'Al-Aqsa Martyrs\' Brigades|Al-Aqsa Martyrs Brigades|al-Aqsa Martyrs Brigade'],
  ['Fatah', 'other', 'PS', 'Fatah'],
  ['Palestinian Authority', 'government', 'PS', 'Palestinian Authority|Palestinian National Authority'],
  ['Gaza Health Ministry', 'government', 'PS', 'Gaza Health Ministry|Gaza health ministry|Gaza\'s health ministry|Gaza\'s Health Ministry|Hamas-run health ministry|Hamas-run Health Ministry|health ministry in Gaza|Health Ministry in Gaza|Gaza Ministry of Health|Palestinian health ministry@|Palestinian Health Ministry@'],
  ['Israeli government forces', 'state_forces', 'IL', 'IDF|Israel Defense Forces|Israel Defence Forces|Israeli Defense Forces|Israeli Defence Forces|Tsahal'],
  ['Shin Bet', 'state_forces', 'IL', 'Shin Bet|Shabak|Israel Security Agency'],
  ['Mossad', 'state_forces', 'IL', 'Mossad'],
  ['Israeli settlers', 'armed_group', 'IL', 'Israeli settlers|Jewish settlers'],

  // Iran and Yemen.
  ['Islamic Revolutionary Guard Corps', 'state_forces', 'IR', 'IRGC|Islamic Revolutionary Guard Corps|Islamic Revolutionary Guards Corps|Revolutionary Guard Corps|Revolutionary Guards Corps|Revolutionary Guards|Revolutionary Guard|Iran\'s Revolutionary Guards|Sepah|Guards@'],
  ['Quds Force', 'state_forces', 'IR', 'Quds Force|IRGC Quds Force|Qods Force'],
  ['Basij', 'state_forces', 'IR', 'Basij|Basij militia|Basiji|Basij Resistance Force'],
  ['Houthis', 'rebel_group', 'YE', 'Houthis|Houthi|Huthis|Huthi|Houthi movement|Huthi movement|Ansar Allah|Ansarallah|Ansar Allah movement|Houthi rebels|Huthi rebels'],
  ['Southern Transitional Council', 'armed_group', 'YE', 'Southern Transitional Council|STC@|southern separatists@'],
  ['Saudi-led coalition', 'state_forces', 'SA', 'Saudi-led coalition|Saudi-led military coalition|Saudi-led alliance|Saudi-led forces|Saudi-UAE-led coalition|Arab coalition|Arab Coalition|coalition@'],
  ['US-led coalition', 'state_forces', 'US', 'US-led coalition|U.S.-led coalition|US-led international coalition|U.S.-led international coalition|US-led military coalition|anti-IS coalition|anti-ISIS coalition|anti-jihadist coalition|Global Coalition|international coalition|coalition@'],

  // Libya, Sudan, Horn of Africa.
  ['Libyan National Army', 'armed_group', 'LY', 'Libyan National Army|LNA|Haftar\'s forces|Hifter\'s forces|forces loyal to Haftar|forces loyal to Khalifa Haftar|Haftar forces|Arab Armed Forces'],
  ['Libya', 'government', 'LY', 'Government of National Accord|GNA@|Government of National Unity|GNU@|Tripoli-based government'],
  ['Rapid Support Forces', 'armed_group', 'SD', 'RSF|Rapid Support Forces|Rapid Support Force|paramilitary Rapid Support Forces'],
  ['Sudanese government forces', 'state_forces', 'SD', 'Sudanese Armed Forces|SAF|Sudan Armed Forces'],
  ['Janjaweed', 'armed_group', 'SD', 'Janjaweed|Janjawid'],
  ['SPLM-N', 'rebel_group', 'SD', 'SPLM-N|SPLA-N|Sudan People\'s Liberation Movement-North|Sudan People\'s Liberation Movement North'],
  ['Justice and Equality Movement', 'rebel_group', 'SD', 'Justice and Equality Movement|JEM@'],
  ['Sudan Liberation Army', 'rebel_group', 'SD', 'Sudan Liberation Army|Sudan Liberation Movement|SLA@|SLM@|SLA-AW|SLM-AW|SLA-MM'],
  ['SPLA-IO', 'rebel_group', 'SS', 'SPLA-IO|SPLM-IO|SPLM/A-IO|Sudan People\'s Liberation Army in Opposition|Sudan People\'s Liberation Movement in Opposition'],
  ['Somali government forces', 'state_forces', 'SO', 'Somali National Army|SNA@|Danab'],
  ['Tigray People\'s Liberation Front', 'rebel_group', 'ET', 'TPLF|Tigray People\'s Liberation Front|Tigray Defence Forces|Tigray Defense Forces|TDF@|Tigrayan forces|Tigrayan fighters|Tigray forces|Tigrayan rebels'],
  ['Fano', 'armed_group', 'ET', 'Fano|Fano militia|Fano militias|Amhara Fano|Amhara militia|Amhara militias'],
  ['Oromo Liberation Army', 'rebel_group', 'ET', 'Oromo Liberation Army|OLA@|OLF-Shane|Shene'],
  ['Ethiopian government forces', 'state_forces', 'ET', 'ENDF|Ethiopian National Defense Force|Ethiopian National Defence Force|Ethiopian National Defense Forces|Ethiopian National Defence Forces'],
  ['Eritrean government forces', 'state_forces', 'ER', 'Eritrean Defence Forces|Eritrean Defense Forces|EDF@'],

  // Sahel, West and Central Africa.
  ['Civilian Joint Task Force', 'armed_group', 'NG', 'Civilian Joint Task Force|CJTF|Civilian JTF'],
  ['Multinational Joint Task Force', 'state_forces', '', 'Multinational Joint Task Force|Multi-National Joint Task Force|MNJTF'],
  ['Indigenous People of Biafra', 'armed_group', 'NG', 'Indigenous People of Biafra|IPOB|Eastern Security Network|ESN@'],
  ['Fulani ethnic militia', 'armed_group', 'NG', 'Fulani militia|Fulani militias|Fulani gunmen|Fulani herdsmen|Fulani herders|suspected herdsmen|herdsmen@'],
  ['Volunteers for the Defence of the Homeland', 'armed_group', 'BF', 'Volunteers for the Defence of the Homeland|Volunteers for the Defense of the Homeland|Volunteers for the Defense of the Fatherland|VDP|Volontaires pour la Défense de la Patrie'],
  ['Dozo militia', 'armed_group', 'ML', 'Dozo|Dozos|dozo hunters|Dozo hunters|Dan Na Ambassagou'],
  ['Azawad rebels', 'rebel_group', 'ML', 'CSP-DPA|CSP@|Coordination of Azawad Movements|CMA@|MNLA|National Movement for the Liberation of Azawad|Tuareg rebels|Tuareg separatists|Tuareg-led rebels'],
  ['Wagner Group', 'armed_group', 'RU', 'Wagner|Wagner Group|Wagner group|Wagner mercenaries|Wagner PMC|PMC Wagner|Wagner private military company|Russian mercenaries'],
  ['Africa Corps', 'state_forces', 'RU', 'Africa Corps|Russian Africa Corps'],
  ['French government forces', 'state_forces', 'FR', 'Operation Barkhane|Barkhane|Barkhane force|Operation Serval'],
  ['Allied Democratic Forces', 'armed_group', 'CD', 'Allied Democratic Forces|ADF|Islamic State Central Africa Province|ISCAP'],
  ['Ambazonian separatists', 'rebel_group', 'CM', 'Ambazonia Defence Forces|Ambazonia Defense Forces|ADF@|Ambazonian separatists|Amba Boys|Anglophone separatists|separatist fighters@'],
  ['M23', 'rebel_group', 'CD', 'M23|March 23 Movement|M23 rebels|AFC/M23|Alliance Fleuve Congo|Congo River Alliance'],
  ['CODECO', 'armed_group', 'CD', 'CODECO|Cooperative for the Development of Congo'],
  ['Mai-Mai militias', 'armed_group', 'CD', 'Mai-Mai|Mai Mai|Mayi-Mayi|Mayi Mayi|Wazalendo'],
  ['FDLR', 'armed_group', 'CD', 'FDLR|Democratic Forces for the Liberation of Rwanda'],
  ['Congolese government forces', 'state_forces', 'CD', 'FARDC|Armed Forces of the Democratic Republic of the Congo|Armed Forces of the Democratic Republic of Congo'],
  ['Lord\'s Resistance Army', 'armed_group', 'UG', 'Lord\'s Resistance Army|LRA'],
  ['Polisario Front', 'rebel_group', 'EH', 'Polisario Front|Polisario'],

  // Afghanistan, Pakistan, India, Asia.
  ['Taliban', 'rebel_group', 'AF', 'Taliban|Taleban|Afghan Taliban|Islamic Emirate of Afghanistan|Islamic Emirate'],
  ['Haqqani network', 'armed_group', 'AF', 'Haqqani network|Haqqani Network|Haqqanis'],
  ['National Resistance Front', 'rebel_group', 'AF', 'National Resistance Front|NRF@|National Resistance Front of Afghanistan'],
  ['Afghan government forces', 'state_forces', 'AF', 'Afghan National Army|ANA@|Afghan National Defense and Security Forces|Afghan National Defence and Security Forces|ANDSF|Afghan security forces'],
  ['Tehrik-i-Taliban Pakistan', 'armed_group', 'PK', 'TTP|Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan|Tehrik-e-Taliban Pakistan|Tehrik-e-Taliban|Pakistani Taliban'],
  ['Balochistan Liberation Army', 'rebel_group', 'PK', 'Balochistan Liberation Army|Baloch Liberation Army|BLA|Baloch separatists|Baloch militants'],
  ['Inter-Services Intelligence', 'state_forces', 'PK', 'Inter-Services Intelligence|ISI'],
  ['Naxalite Maoists', 'rebel_group', 'IN', 'Naxalites|Naxals|Naxalite|Maoist rebels|Maoists@|Communist Party of India (Maoist)|CPI (Maoist)|CPI-Maoist'],
  ['New People\'s Army', 'rebel_group', 'PH', 'New People\'s Army|NPA'],
  ['Moro Islamic Liberation Front', 'rebel_group', 'PH', 'Moro Islamic Liberation Front|MILF'],
  ['Bangsamoro Islamic Freedom Fighters', 'armed_group', 'PH', 'Bangsamoro Islamic Freedom Fighters|BIFF'],

  // Myanmar.
  ['Myanmar government forces', 'state_forces', 'MM', 'Tatmadaw'],
  ['National Unity Government', 'government', 'MM', 'National Unity Government|NUG'],
  ['People\'s Defence Force', 'rebel_group', 'MM', 'People\'s Defence Force|People\'s Defense Force|People\'s Defence Forces|People\'s Defense Forces|PDF@|PDFs@'],
  ['Arakan Army', 'rebel_group', 'MM', 'Arakan Army|AA@'],
  ['Kachin Independence Army', 'rebel_group', 'MM', 'Kachin Independence Army|KIA@|Kachin Independence Organisation|KIO@'],
  ['Karen National Union', 'rebel_group', 'MM', 'Karen National Union|KNU|Karen National Liberation Army|KNLA'],
  ['Ta\'ang National Liberation Army', 'rebel_group', 'MM', 'Ta\'ang National Liberation Army|TNLA'],
  ['Myanmar National Democratic Alliance Army', 'rebel_group', 'MM', 'Myanmar National Democratic Alliance Army|MNDAA'],
  ['Three Brotherhood Alliance', 'rebel_group', 'MM', 'Three Brotherhood Alliance|Brotherhood Alliance'],

  // Ukraine and Russia.
  ['Ukrainian government forces', 'state_forces', 'UA', 'Armed Forces of Ukraine|Ukrainian Armed Forces|ZSU|Azov|Azov Regiment|Azov Battalion|Azov Brigade|SBU|Security Service of Ukraine'],
  ['Russian government forces', 'state_forces', 'RU', 'Russian Armed Forces|Armed Forces of the Russian Federation|FSB|Federal Security Service|Rosgvardia|Russian National Guard'],
  ['Donetsk People\'s Republic', 'armed_group', 'UA', 'Donetsk People\'s Republic|DPR|DNR|Donetsk separatists'],
  ['Luhansk People\'s Republic', 'armed_group', 'UA', 'Luhansk People\'s Republic|Lugansk People\'s Republic|LPR|LNR|Luhansk separatists'],
  ['Russia', 'government', 'RU', 'Kremlin'],

  // The Americas.
  ['ELN', 'rebel_group', 'CO', 'ELN|National Liberation Army|Ejército de Liberación Nacional|Ejercito de Liberacion Nacional'],
  ['FARC', 'rebel_group', 'CO', 'FARC|FARC-EP|Revolutionary Armed Forces of Colombia|Fuerzas Armadas Revolucionarias de Colombia'],
  ['FARC dissidents', 'armed_group', 'CO', 'FARC dissidents|FARC dissident|dissident FARC|FARC dissident groups|FARC dissident group|Estado Mayor Central|Central General Staff|EMC@|Segunda Marquetalia|Second Marquetalia'],
  ['Clan del Golfo', 'armed_group', 'CO', 'Clan del Golfo|Gulf Clan|Urabeños|Los Urabeños|Autodefensas Gaitanistas de Colombia|AGC@|EGC@'],
  ['Sinaloa Cartel', 'armed_group', 'MX', 'Sinaloa Cartel|Sinaloa cartel|Cartel de Sinaloa'],
  ['Jalisco New Generation Cartel', 'armed_group', 'MX', 'Jalisco New Generation Cartel|Jalisco New Generation cartel|CJNG|Cartel Jalisco Nueva Generación|Jalisco cartel|Jalisco Cartel'],
  ['Gulf Cartel', 'armed_group', 'MX', 'Gulf Cartel|Gulf cartel|Cartel del Golfo'],
  ['Los Zetas', 'armed_group', 'MX', 'Los Zetas|Zetas|Cartel del Noreste|Northeast Cartel'],
  ['La Familia Michoacana', 'armed_group', 'MX', 'La Familia Michoacana|Familia Michoacana'],
  ['Tren de Aragua', 'armed_group', 'VE', 'Tren de Aragua'],
  ['MS-13', 'armed_group', 'SV', 'MS-13|Mara Salvatrucha|MS13'],
  ['Barrio 18', 'armed_group', 'SV', 'Barrio 18|18th Street gang|Calle 18'],
  ['Viv Ansanm', 'armed_group', 'HT', 'Viv Ansanm|G9 an Fanmi|G9 Family|400 Mawozo'],

  // Named government bodies that speak for a state.
  ['United States', 'government', 'US', 'White House|Pentagon|State Department|US State Department|U.S. State Department|Department of State|Department of Defense|Biden administration|Trump administration'],
  ['United Kingdom', 'government', 'GB', 'Downing Street|Whitehall|Foreign Office|Foreign, Commonwealth and Development Office'],
  ['France', 'government', 'FR', 'Elysee|Élysée|Elysee Palace|Élysée Palace|Quai d\'Orsay'],
];
