"""The world's countries and their demonyms, for countries the curated registry lacks.

Trade news names many more countries than a registry seeded for one negotiation: RCEP
brings in Thailand and Indonesia, WTO disputes Brazil and Argentina, EU–UK talks Ireland.
A country named here and not in the registry is proposed as a COUNTRY actor, so nothing is
dropped and a curator decides. Ambiguous words are left out: names that are also common
first names or US states ("Chad", "Georgia"), and demonyms that are mostly languages
("English", "Arabic"). "Jordan" is in: a trading partner in many agreements, and a first
name only inside a longer name ("Jordan Peterson"), which actors.py leaves alone.
"""

from __future__ import annotations

# One line per country: the name, then its other names and demonyms, separated by "|".
_COUNTRIES = """
Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Andorra|Andorran
Angola|Angolan
Antigua and Barbuda
Argentina|Argentine|Argentinian
Armenia|Armenian
Australia|Australian
Austria|Austrian
Azerbaijan|Azerbaijani
Bahamas|Bahamian
Bahrain|Bahraini
Bangladesh|Bangladeshi
Barbados|Barbadian
Belarus|Belarusian
Belgium|Belgian
Belize
Benin
Bhutan|Bhutanese
Bolivia|Bolivian
Bosnia and Herzegovina|Bosnian
Botswana
Brazil|Brazilian
Brunei|Bruneian
Bulgaria|Bulgarian
Burkina Faso
Burundi
Cambodia|Cambodian
Cameroon|Cameroonian
Canada|Canadian
Cape Verde|Cabo Verde
Central African Republic
Chile|Chilean
China|Chinese
Colombia|Colombian
Comoros
Cook Islands
Costa Rica|Costa Rican
Croatia|Croatian
Cuba|Cuban
Cyprus|Cypriot
Czech Republic|Czechia|Czech
Denmark|Danish
Djibouti
Dominican Republic|Dominican
Ecuador|Ecuadorian
Egypt|Egyptian
El Salvador|Salvadoran
Equatorial Guinea
Eritrea|Eritrean
Estonia|Estonian
Eswatini|Swaziland
Ethiopia|Ethiopian
Fiji|Fijian
Finland|Finnish
France|French
Gabon|Gabonese
Gambia|The Gambia|Gambian
Germany|German
Ghana|Ghanaian
Greece|Greek
Grenada
Guatemala|Guatemalan
Guinea-Bissau
Guyana|Guyanese
Haiti|Haitian
Honduras|Honduran
Hong Kong
Hungary|Hungarian
Iceland|Icelandic
India|Indian
Indonesia|Indonesian
Iran|Iranian
Iraq|Iraqi
Ireland|Irish
Israel|Israeli
Italy|Italian
Ivory Coast|Ivorian|Côte d'Ivoire
Jamaica|Jamaican
Japan|Japanese
Jordan|Jordanian
Kazakhstan|Kazakh
Kenya|Kenyan
Kiribati
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz
Laos|Laotian|Lao
Latvia|Latvian
Lebanon|Lebanese
Lesotho
Liberia|Liberian
Libya|Libyan
Liechtenstein
Lithuania|Lithuanian
Luxembourg
Madagascar|Malagasy
Malawi|Malawian
Malaysia|Malaysian
Maldives|Maldivian
Mali|Malian
Malta|Maltese
Marshall Islands
Mauritania|Mauritanian
Mauritius|Mauritian
Mexico|Mexican
Micronesia
Moldova|Moldovan
Monaco
Mongolia|Mongolian
Montenegro
Morocco|Moroccan
Mozambique
Myanmar|Burma|Burmese
Namibia|Namibian
Nauru|Nauruan
Nepal|Nepalese|Nepali
Netherlands|Dutch
New Zealand
Nicaragua|Nicaraguan
Nigeria|Nigerian
Niue
North Korea
North Macedonia
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Palau|Palauan
Panama|Panamanian
Papua New Guinea
Paraguay|Paraguayan
Peru|Peruvian
Philippines|Philippine|Filipino
Poland|Polish
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia|Russian
Rwanda|Rwandan
Saint Lucia
Samoa|Samoan
San Marino
Saudi Arabia|Saudi
Senegal|Senegalese
Serbia|Serbian
Seychelles
Sierra Leone
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian
Solomon Islands
Somalia|Somali
South Africa|South African
South Korea
South Sudan|South Sudanese
Spain|Spanish
Sri Lanka|Sri Lankan
Sudan|Sudanese
Suriname
Sweden|Swedish
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tajikistan|Tajik
Tanzania|Tanzanian
Thailand|Thai
Timor-Leste|East Timor
Togo|Togolese
Tonga|Tongan
Trinidad and Tobago
Tunisia|Tunisian
Turkey|Turkish|Türkiye
Turkmenistan|Turkmen
Tuvalu|Tuvaluan
Uganda|Ugandan
Ukraine|Ukrainian
United Arab Emirates|UAE|Emirati
United Kingdom|British
United States|American
Uruguay|Uruguayan
Uzbekistan|Uzbek
Vanuatu
Venezuela|Venezuelan
Vietnam|Vietnamese
Yemen|Yemeni
Zambia|Zambian
Zimbabwe|Zimbabwean
"""


# Capitals of the countries above, as their governments ("Abu Dhabi said", "Jakarta rejected"),
# one "capital|country" a line. Only a capital that is the subject of a verb names the
# country (actors.py): "talks in Riyadh", "the Doha Round" are places. Left out: capitals
# that are also common names or other places ("Victoria", "Kingston", "Georgetown"), and
# Brussels, whose government is mostly the EU's.
_CAPITALS = """
Kabul|Afghanistan
Tirana|Albania
Algiers|Algeria
Luanda|Angola
Buenos Aires|Argentina
Yerevan|Armenia
Vienna|Austria
Baku|Azerbaijan
Manama|Bahrain
Dhaka|Bangladesh
Minsk|Belarus
Thimphu|Bhutan
La Paz|Bolivia
Sarajevo|Bosnia and Herzegovina
Gaborone|Botswana
Brasília|Brazil
Brasilia|Brazil
Sofia|Bulgaria
Ouagadougou|Burkina Faso
Phnom Penh|Cambodia
Yaoundé|Cameroon
Bogotá|Colombia
Bogota|Colombia
Havana|Cuba
Zagreb|Croatia
Nicosia|Cyprus
Prague|Czech Republic
Copenhagen|Denmark
Santo Domingo|Dominican Republic
Quito|Ecuador
Cairo|Egypt
Tallinn|Estonia
Addis Ababa|Ethiopia
Suva|Fiji
Helsinki|Finland
Accra|Ghana
Athens|Greece
Budapest|Hungary
Reykjavik|Iceland
Jakarta|Indonesia
Tehran|Iran
Baghdad|Iraq
Dublin|Ireland
Rome|Italy
Abidjan|Ivory Coast
Amman|Jordan
Astana|Kazakhstan
Nairobi|Kenya
Kuwait City|Kuwait
Bishkek|Kyrgyzstan
Vientiane|Laos
Riga|Latvia
Beirut|Lebanon
Tripoli|Libya
Vilnius|Lithuania
Antananarivo|Madagascar
Lilongwe|Malawi
Bamako|Mali
Valletta|Malta
Chisinau|Moldova
Ulaanbaatar|Mongolia
Rabat|Morocco
Maputo|Mozambique
Naypyidaw|Myanmar
Windhoek|Namibia
Kathmandu|Nepal
Managua|Nicaragua
Abuja|Nigeria
Skopje|North Macedonia
Oslo|Norway
Muscat|Oman
Islamabad|Pakistan
Port Moresby|Papua New Guinea
Asunción|Paraguay
Asuncion|Paraguay
Manila|Philippines
Warsaw|Poland
Lisbon|Portugal
Doha|Qatar
Bucharest|Romania
Kigali|Rwanda
Riyadh|Saudi Arabia
Dakar|Senegal
Belgrade|Serbia
Bratislava|Slovakia
Ljubljana|Slovenia
Pretoria|South Africa
Madrid|Spain
Colombo|Sri Lanka
Khartoum|Sudan
Stockholm|Sweden
Bern|Switzerland
Damascus|Syria
Dushanbe|Tajikistan
Dodoma|Tanzania
Bangkok|Thailand
Tunis|Tunisia
Ankara|Turkey
Ashgabat|Turkmenistan
Kampala|Uganda
Kyiv|Ukraine
Kiev|Ukraine
Abu Dhabi|United Arab Emirates
Montevideo|Uruguay
Tashkent|Uzbekistan
Caracas|Venezuela
Sanaa|Yemen
Lusaka|Zambia
Harare|Zimbabwe
"""


# Capitals a registry may hold as aliases of their countries (fixtures/actors.json), so
# that one used as a venue ("talks in Kuala Lumpur", a dateline) can be told from the
# country (left out of the list above: a registry's alias is matched as the country).
_REGISTRY_CAPITALS = """
Washington|United States
Tokyo|Japan
Beijing|China
Pyongyang|North Korea
Seoul|South Korea
Ottawa|Canada
Mexico City|Mexico
London|United Kingdom
Canberra|Australia
Wellington|New Zealand
Santiago|Chile
Lima|Peru
Kuala Lumpur|Malaysia
Hanoi|Vietnam
Bandar Seri Begawan|Brunei
Berlin|Germany
Paris|France
New Delhi|India
Moscow|Russia
Taipei|Taiwan
"""


def capital_countries(*, with_registry: bool = False) -> dict[str, str]:
    """Return every capital above -> its country's name (with_registry: also the capitals
    a registry usually holds as its countries' aliases)."""
    lines = _CAPITALS.strip().splitlines()
    if with_registry:
        lines += _REGISTRY_CAPITALS.strip().splitlines()
    return dict(line.split("|") for line in lines)


def country_forms() -> dict[str, str]:
    """Return every spelling (name, other name, demonym) -> the country's name."""
    forms: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, *others = line.split("|")
        for form in (name, *others):
            forms.setdefault(form, name)
    return forms
