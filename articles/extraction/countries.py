"""The world's countries and their demonyms, for countries the curated registry lacks.

Trade news names many more countries than a registry seeded for one negotiation: RCEP
brings in Thailand and Indonesia, WTO disputes Brazil and Argentina, EU–UK talks Ireland.
A country named here and not in the registry is proposed as a COUNTRY actor, so nothing is
dropped and a curator decides. Ambiguous words are left out: names that are also common
first names or US states ("Jordan", "Chad", "Georgia"), and demonyms that are mostly
languages ("English", "Arabic").
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


def country_forms() -> dict[str, str]:
    """Return every spelling (name, other name, demonym) -> the country's name."""
    forms: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, *others = line.split("|")
        for form in (name, *others):
            forms.setdefault(form, name)
    return forms
