#include "match/name_words.h"

#include <algorithm>
#include <initializer_list>

#include "util/strings.h"

namespace dyad::match {
namespace {

util::ViewSet MakeSet(std::initializer_list<std::string_view> words) {
  util::ViewSet set;
  for (std::string_view w : words) set.insert(w);
  return set;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

bool IsTitle(std::string_view w) {
  static constexpr std::string_view kTitles[] = {
      "president", "minister", "premier", "chancellor", "secretary", "general", "gen.", "mr.", "mrs.",
      "ms.", "mr", "mrs", "ms", "senator", "sen.", "king", "queen", "sheikh", "ambassador", "governor",
      "admiral", "adm.", "marshal", "commander", "chairman", "speaker", "leader", "envoy", "lord"};
  return std::find(std::begin(kTitles), std::end(kTitles), w) != std::end(kTitles);
}

bool IsTitlePart(std::string_view w) {
  static constexpr std::string_view kParts[] = {"prince", "emir", "dr.", "dr",   "prime", "vice", "foreign",
                                                "defence", "defense", "chief", "gov.", "rep.", "lt.", "col.",
                                                "capt.", "maj.", "brig."};
  return std::find(std::begin(kParts), std::end(kParts), w) != std::end(kParts);
}

bool IsPoliticalTitle(std::string_view w) {
  static const util::ViewSet kTitles =
      MakeSet({"senator", "sen.", "congressman", "congresswoman", "representative", "rep.", "lord", "mp",
               "mep", "lawmaker", "legislator", "minister", "general", "gen.", "colonel", "col.", "admiral",
               "adm.", "brigadier", "marshal", "commander", "judge", "prosecutor", "governor", "gov.", "mayor",
               "spokesman", "spokeswoman", "spokesperson"});
  return kTitles.contains(w);
}

bool IsNameOnlyTitle(std::string_view w) {
  static const util::ViewSet kTitles =
      MakeSet({"senator", "sen.", "congressman", "congresswoman", "representative", "rep.", "lord", "mp", "mep",
               "gen.", "colonel", "col.", "admiral", "adm.", "judge", "governor", "gov.", "mayor"});
  return kTitles.contains(w);
}

bool IsCommonSurname(std::string_view w) {
  static const util::ViewSet kCommon = MakeSet(
      {"smith", "jones", "johnson", "williams", "taylor", "davis", "miller", "wilson", "anderson", "thomas",
       "jackson", "white", "harris", "martin", "thompson", "garcia", "martinez", "robinson", "clark", "lewis",
       "walker", "young", "allen", "king", "wright", "scott", "green", "baker", "adams", "nelson", "hill",
       "campbell", "mitchell", "roberts", "carter", "phillips", "evans", "turner", "parker", "collins",
       "edwards", "stewart", "morris", "murphy", "cook", "rogers", "morgan", "cooper", "gray", "james",
       "watson", "kelly", "price", "wood", "ross", "powell", "hughes", "washington", "moore", "howard",
       "lee", "kim", "park", "chung", "choi", "chen", "wang", "li", "zhang", "liu", "yang", "huang", "zhao",
       "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "lin", "luo", "gao", "chang", "nguyen", "tran",
       "pham", "singh", "kumar", "patel", "shah", "khan", "ali", "ahmed", "hassan", "hussein", "mohammed",
       "muhammad", "abdullah", "ibrahim", "omar", "rahman", "aziz", "karim", "said", "saleh", "yusuf",
       "mahmoud", "ahmad", "sharif", "gandhi", "yadav", "silva", "santos", "lopez", "gonzalez", "rodriguez",
       "hernandez", "perez", "sanchez", "ramirez", "torres", "flores", "diaz", "moreno", "fischer",
       "schmidt", "schneider", "meyer", "weber", "wagner", "becker", "hoffmann", "petrov", "ivanov",
       "popov", "wade", "diallo", "traore", "kone", "mensah", "okafor"});
  return kCommon.contains(w);
}

bool IsPersonNoun(std::string_view w) {
  static const util::ViewSet kNouns = MakeSet(
      {"official",   "leader",      "president",     "premier",     "chancellor",   "king",
       "queen",      "emir",        "prince",        "princess",    "sultan",       "sheikh",      "lady",
       "monarch",    "ruler",       "minister",      "secretary",   "diplomat",     "envoy",
       "emissary",   "ambassador",  "consul",        "negotiator",  "mediator",     "spokesman",
       "spokeswoman", "spokesperson", "mayor",       "governor",    "soldier",      "commander",
       "general",    "colonel",     "lieutenant",    "captain",     "sergeant",     "admiral",
       "marshal",    "brigadier",   "officer",       "judge",       "prosecutor",   "attorney",
       "lawyer",     "lawmaker",    "legislator",    "senator",     "congressman",  "congresswoman",
       "deputy",     "mp",          "mep",           "td",          "msp",          "dissident",
       "activist",   "journalist",  "reporter",      "correspondent", "editor",     "chief",
       "head",       "chairman",    "chairwoman",    "chairperson", "director",     "adviser",
       "advisor",    "aide",        "delegate",      "representative", "commissioner", "coordinator",
       "member",     "candidate",   "cleric",        "imam",        "ayatollah",    "mullah",
       "mufti",      "bishop",      "archbishop",    "cardinal",    "tycoon",       "businessman",
       "businesswoman", "magnate",  "founder",       "rebel",       "militant",     "insurgent",
       "warlord",    "strongman",   "analyst",       "researcher",  "investigator", "inspector",
       "ombudsman",  "speaker",     "taoiseach",     "counterpart", "superintendent", "sheriff"});
  const size_t dash = w.rfind('-');
  if (dash != std::string_view::npos && dash + 1 < w.size()) w = w.substr(dash + 1);
  return kNouns.contains(w);
}

bool IsNameParticle(std::string_view w) {
  static const util::ViewSet kParticles =
      MakeSet({"al", "el", "bin", "ibn", "bint", "abu", "ben", "de", "da", "di", "do", "dos", "das", "du",
               "del", "della", "der", "den", "van", "von", "la", "le", "y", "ter", "ul"});
  return kParticles.contains(w);
}

std::string_view ParticleStem(std::string_view word) {
  const size_t dash = word.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 3 || dash + 2 > word.size()) return {};
  const char first = word[dash + 1];
  if (first < 'A' || first > 'Z') return {};
  char prefix[4] = {};
  for (size_t i = 0; i < dash; ++i) prefix[i] = Lower(word[i]);
  static constexpr std::string_view kPrefixes[] = {"al", "el", "ad", "ar", "as", "ash", "at",
                                                   "an", "az", "ed", "es", "ul"};
  const std::string_view p(prefix, dash);
  if (std::find(std::begin(kPrefixes), std::end(kPrefixes), p) == std::end(kPrefixes)) return {};
  return word.substr(dash + 1);
}

bool IsInstitutionWord(std::string_view w) {
  static const util::ViewSet kWords = MakeSet(
      {"election",   "elections",   "assembly",    "staff",       "council",     "committee",   "commission",
       "office",     "department",  "ministry",    "party",       "court",       "army",        "force",
       "forces",     "police",      "service",     "services",    "agency",      "bank",        "union",
       "university", "association", "institute",   "foundation",  "group",       "company",     "corporation",
       "news",       "times",       "post",        "press",       "television",  "radio",       "house",
       "palace",     "street",      "square",      "airport",     "province",    "district",    "county",
       "city",       "state",       "republic",    "kingdom",     "region",      "affairs",     "relations",
       "security",   "intelligence", "development", "health",     "education",   "justice",     "interior",
       "finance",    "trade",       "energy",      "transport",   "agriculture", "environment", "labour",
       "labor",      "treasury",    "forum",       "summit",      "conference",  "convention",  "congress",
       "parliament", "senate",      "cabinet",     "government",  "administration", "authority", "movement",
       "front",      "alliance",    "coalition",   "network",     "center",      "centre",      "day",
       "week",       "war",         "act",         "bill",        "plan",        "program",     "programme",
       "project",    "accord",      "accords",     "treaty",      "agreement",   "declaration", "resolution",
       "crisis",     "hospital",    "school",      "college",     "academy",     "museum",      "church",
       "mosque",     "temple",      "station",     "base",        "camp",        "prison",      "island",
       "islands",    "river",       "lake",        "mountains",   "valley",      "sea",         "ocean",
       "gulf",       "coast",       "border",      "strip",       "zone",        "brigade",     "brigades",
       "battalion",  "division",    "regiment",    "corps",       "fleet",       "guard",       "guards",
       "organization", "organisation", "federation", "league",   "board",       "bureau",
       "directorate", "secretariat", "tribunal",   "mission",     "embassy",     "consulate",   "order",
       "public",     "national",    "international", "federal",   "central",     "general",     "united",
       "democratic", "republican",  "socialist",   "communist",   "liberal",     "conservative", "islamic",
       "motors",     "electric",    "dynamics",    "corp.",       "corp",        "inc.",        "ltd.",
       "plc",        "holdings",
       "affair",     "policy",      "reform",      "rights",      "human",       "peace",       "freedom"});
  return kWords.contains(w);
}

bool IsCalendarWord(std::string_view w) {
  static const util::ViewSet kWords =
      MakeSet({"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.",
               "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
  return kWords.contains(w);
}

}  // namespace dyad::match
