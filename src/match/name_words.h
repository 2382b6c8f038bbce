// Words about people's names and offices, for the actor matcher and the
// dictionary loader: titles before a name, nouns for one person's office
// or trade, name particles (al-, bin, de, van) and calendar words, which
// are capitalized but never names. Every function takes a lower-case word
// unless it says otherwise.
#ifndef DYAD_MATCH_NAME_WORDS_H_
#define DYAD_MATCH_NAME_WORDS_H_

#include <string_view>

namespace dyad::match {

// Titles before a name ("President Chen", "Gen. Jones", "Mr Ahern").
bool IsTitle(std::string_view lower);

// Other words that may stand right before a name as part of a title
// ("Prime Minister", "Crown Prince", "Dr."), unlike a first name.
bool IsTitlePart(std::string_view lower);

// A title of political office that, written right before a name, makes
// the name that office's holder when no country is written with it:
// "Senator", "Rep.", "Lord", "MP", "Minister", "Gen.", "Judge", "Governor",
// "Mayor", "spokesman". Not titles that mostly name heads of companies,
// clubs or schools ("President", "Chairman", "Director"), nor envoys, who
// serve abroad ("Ambassador"), for whom the article's country is a poor
// guess. Takes the last word of the title.
bool IsPoliticalTitle(std::string_view lower);

// Such a title that is a title only ("Senator", "Gen.", "Lord"): a single
// capitalized word after it is a surname ("Lord Levy"), where after
// "General" or "Minister" it may be a company's or a body's name
// ("General Motors").
bool IsNameOnlyTitle(std::string_view lower);

// Surnames so common that alone they do not name one office holder.
bool IsCommonSurname(std::string_view lower);

// A noun for one person by office or trade, singular: "minister",
// "spokesman", "envoy", "commander", "td". A hyphenated word counts by its
// last part ("vice-president").
bool IsPersonNoun(std::string_view lower);

// A particle inside a name, written in lower case: "al", "bin", "de", "van".
bool IsNameParticle(std::string_view lower);

// "al-Sadr", "el-Baradei", "Al-Sadr": a particle, a hyphen and a
// capitalized name; returns the name after the hyphen ("Sadr"), else an
// empty view. Takes the word as written.
std::string_view ParticleStem(std::string_view word);

// A word of the name of a body, an event or a place, capitalized there but
// never a person's name: "Election", "Committee", "Street", "Province".
bool IsInstitutionWord(std::string_view lower);

// Months and days of the week.
bool IsCalendarWord(std::string_view lower);

}  // namespace dyad::match

#endif  // DYAD_MATCH_NAME_WORDS_H_
