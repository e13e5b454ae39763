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
Angola|Angolan
Argentina|Argentine|Argentinian
Armenia|Armenian
Australia|Australian
Austria|Austrian
Azerbaijan|Azerbaijani
Bahrain|Bahraini
Bangladesh|Bangladeshi
Belarus|Belarusian
Belgium|Belgian
Bolivia|Bolivian
Bosnia and Herzegovina|Bosnian
Botswana
Brazil|Brazilian
Brunei|Bruneian
Bulgaria|Bulgarian
Cambodia|Cambodian
Cameroon|Cameroonian
Canada|Canadian
Chile|Chilean
China|Chinese
Colombia|Colombian
Costa Rica|Costa Rican
Croatia|Croatian
Cuba|Cuban
Cyprus|Cypriot
Czech Republic|Czechia|Czech
Denmark|Danish
Dominican Republic|Dominican
Ecuador|Ecuadorian
Egypt|Egyptian
El Salvador|Salvadoran
Estonia|Estonian
Ethiopia|Ethiopian
Finland|Finnish
France|French
Germany|German
Ghana|Ghanaian
Greece|Greek
Guatemala|Guatemalan
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
Kuwait|Kuwaiti
Laos|Laotian|Lao
Latvia|Latvian
Lebanon|Lebanese
Libya|Libyan
Lithuania|Lithuanian
Luxembourg
Malaysia|Malaysian
Malta|Maltese
Mexico|Mexican
Mongolia|Mongolian
Morocco|Moroccan
Mozambique
Myanmar|Burma|Burmese
Nepal|Nepalese|Nepali
Netherlands|Dutch
New Zealand
Nicaragua|Nicaraguan
Nigeria|Nigerian
North Korea
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Panama|Panamanian
Paraguay|Paraguayan
Peru|Peruvian
Philippines|Philippine|Filipino
Poland|Polish
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia|Russian
Rwanda|Rwandan
Saudi Arabia|Saudi
Senegal|Senegalese
Serbia|Serbian
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian
South Africa|South African
South Korea
Spain|Spanish
Sri Lanka|Sri Lankan
Sweden|Swedish
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tanzania|Tanzanian
Thailand|Thai
Tunisia|Tunisian
Turkey|Turkish|Türkiye
Uganda|Ugandan
Ukraine|Ukrainian
United Arab Emirates|UAE|Emirati
United Kingdom|British
United States|American
Uruguay|Uruguayan
Uzbekistan|Uzbek
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
