#include "tag/morphology.h"

namespace dyad::tag {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Number of vowel groups (a rough syllable count; y after a consonant counts).
int VowelGroups(std::string_view s) {
  int groups = 0;
  bool in_group = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool vowel = IsVowel(s[i]) || (s[i] == 'y' && i > 0 && !IsVowel(s[i - 1]));
    if (vowel && !in_group) ++groups;
    in_group = vowel;
  }
  return groups;
}

// True when `stem` ends in a doubled consonant that a suffix doubled:
// "stopp", "admitt", "bigg". Doubled l, s, z and f are usually part of the
// base ("call", "pass", "buzz", "staff") and do not count.
bool EndsInDoubledConsonant(std::string_view stem) {
  if (stem.size() < 3) return false;
  const char last = stem.back();
  if (last != stem[stem.size() - 2] || !IsConsonant(last)) return false;
  return last != 'l' && last != 's' && last != 'z' && last != 'f';
}

// Whether a stem left by removing -ed, -ing, -er or -est more likely lost a
// final e ("hop" from "hoped", "continu", "declar", "creat") than nothing
// ("help", "visit", "order"). A heuristic for words the lexicon lacks.
bool PrefersFinalE(std::string_view stem) {
  const size_t n = stem.size();
  if (n < 2) return false;
  const char last = stem[n - 1];
  const char before = stem[n - 2];
  switch (last) {
    case 'v': case 'z': case 'c': case 'u':
      return true;
    case 'g':
      return before != 'g';
    case 's':
      return before != 's';  // rais(e), caus(e), licens(e); not press
    case 'l':
      return IsConsonant(before) && before != 'l' && before != 'r' && before != 'w';
    default:
      break;
  }
  if (!IsVowel(before) || last == 'w' || last == 'x' || last == 'y' || !IsConsonant(last)) return false;
  // creat(e), negotiat(e); not defeat, float.
  if (before == 'a' && last == 't' && n >= 3 && stem[n - 3] != 'e' && stem[n - 3] != 'o' && VowelGroups(stem) >= 2) {
    return true;
  }
  // A single vowel before the final consonant.
  const bool single_vowel = n < 3 || !IsVowel(stem[n - 3]);
  if (!single_vowel) return false;
  if (VowelGroups(stem) == 1) return true;  // hop(e), nam(e), vot(e)
  if ((before == 'o' || before == 'u') && last == 't') return true;  // not(e), execut(e)
  if (last == 'd' && before != 'e') return true;  // decid(e), includ(e), invad(e)
  if (last == 'r' && before != 'e' && before != 'o') return true;  // declar(e), secur(e)
  if (before == 'i' && (last == 'n' || last == 'b')) return true;  // defin(e), describ(e)
  if (before == 'u' && last == 'm') return true;  // assum(e)
  return false;
}

// Guesses for a word with `suffix_len` bytes of -ed/-ing/-er/-est removed.
void AddStemGuesses(std::string_view word, size_t suffix_len, LemmaCandidates* out) {
  const std::string_view stem = word.substr(0, word.size() - suffix_len);
  if (stem.size() < 2) return;
  if (EndsInDoubledConsonant(stem)) {
    out->Add(stem.substr(0, stem.size() - 1));
    out->Add(stem);
    return;
  }
  if (stem.back() == 'e') {  // agreeing, freer
    out->Add(stem);
    return;
  }
  if (PrefersFinalE(stem)) {
    out->Add(stem, "e");
    out->Add(stem);
  } else {
    out->Add(stem);
    out->Add(stem, "e");
  }
}

void AddPluralGuesses(std::string_view word, LemmaCandidates* out) {
  const size_t n = word.size();
  if (n > 3 && EndsWith(word, "men")) {  // spokesmen -> spokesman
    out->Add(word.substr(0, n - 2), "an");
    return;
  }
  if (n < 3 || word.back() != 's') return;
  if (EndsWith(word, "ss") || EndsWith(word, "us") || EndsWith(word, "is")) return;
  if (EndsWith(word, "ies")) {
    if (n > 4) out->Add(word.substr(0, n - 3), "y");
    out->Add(word.substr(0, n - 1));
    return;
  }
  if (EndsWith(word, "ches") || EndsWith(word, "shes") || EndsWith(word, "sses") ||
      EndsWith(word, "xes") || EndsWith(word, "zes") || EndsWith(word, "oes")) {
    out->Add(word.substr(0, n - 2));
    out->Add(word.substr(0, n - 1));
    return;
  }
  if (EndsWith(word, "ses")) {
    out->Add(word.substr(0, n - 1));
    out->Add(word.substr(0, n - 2));
    return;
  }
  out->Add(word.substr(0, n - 1));
}

// Nouns in -man whose plural is -mans.
bool IsManException(std::string_view noun) {
  for (std::string_view w : {"human", "german", "roman", "shaman", "ottoman", "talisman", "caiman",
                             "cayman", "dolman", "desman", "pullman", "walkman", "doberman", "mussulman"}) {
    if (noun == w) return true;
  }
  return false;
}

// True when a suffix doubles the final consonant of `verb`: a single
// syllable ending in one vowel and one consonant ("stop", "plan", "run").
bool DoublesFinalConsonant(std::string_view verb) {
  const size_t n = verb.size();
  if (n < 3 || VowelGroups(verb) != 1) return false;
  const char last = verb[n - 1];
  if (!IsConsonant(last) || last == 'w' || last == 'x' || last == 'y') return false;
  return IsVowel(verb[n - 2]) && !IsVowel(verb[n - 3]) && !(verb[n - 2] == 'u' && verb[n - 3] == 'q');
}

}  // namespace

std::string_view LemmaGuess::Text(char* buffer) const {
  if (append.empty()) return view;
  view.copy(buffer, view.size());
  append.copy(buffer + view.size(), append.size());
  return std::string_view(buffer, view.size() + append.size());
}

void AppendRegularPlural(std::string_view noun, std::string* out) {
  out->append(noun);
  if (noun.empty()) return;
  if (EndsWith(noun, "man") && noun.size() > 3 && !IsManException(noun)) {
    (*out)[out->size() - 2] = 'e';  // spokesman -> spokesmen
    return;
  }
  if (EndsWith(noun, "s") || EndsWith(noun, "x") || EndsWith(noun, "z") || EndsWith(noun, "ch") ||
      EndsWith(noun, "sh")) {
    out->append("es");
  } else if (noun.size() >= 2 && noun.back() == 'y' && IsConsonant(noun[noun.size() - 2])) {
    out->pop_back();
    out->append("ies");
  } else {
    out->push_back('s');
  }
}

void AppendThirdPerson(std::string_view verb, std::string* out) {
  if (verb.size() >= 2 && verb.back() == 'o' && IsConsonant(verb[verb.size() - 2])) {
    out->append(verb);
    out->append("es");
    return;
  }
  AppendRegularPlural(verb, out);
}

void AppendRegularPast(std::string_view verb, std::string* out) {
  out->append(verb);
  if (verb.empty()) return;
  if (verb.back() == 'e') {
    out->push_back('d');
  } else if (verb.size() >= 2 && verb.back() == 'y' && IsConsonant(verb[verb.size() - 2])) {
    out->pop_back();
    out->append("ied");
  } else {
    if (DoublesFinalConsonant(verb)) out->push_back(verb.back());
    out->append("ed");
  }
}

void AppendPresentParticiple(std::string_view verb, std::string* out) {
  out->append(verb);
  if (verb.empty()) return;
  if (EndsWith(verb, "ie") && verb.size() <= 4) {
    out->resize(out->size() - 2);
    out->append("ying");
    return;
  }
  if (verb.back() == 'e' && verb.size() > 2 && !EndsWith(verb, "ee") && !EndsWith(verb, "ye") &&
      !EndsWith(verb, "oe")) {
    out->pop_back();
  } else if (DoublesFinalConsonant(verb)) {
    out->push_back(verb.back());
  }
  out->append("ing");
}

void AppendComparative(std::string_view adjective, std::string_view suffix, std::string* out) {
  out->append(adjective);
  if (adjective.empty() || suffix.empty()) return;
  if (adjective.back() == 'e') {
    out->append(suffix.substr(1));
    return;
  }
  if (adjective.size() >= 2 && adjective.back() == 'y' && IsConsonant(adjective[adjective.size() - 2])) {
    out->pop_back();
    out->push_back('i');
  }
  out->append(suffix);
}

bool TakesComparative(std::string_view adjective) {
  if (adjective.size() < 3 || VowelGroups(adjective) > 2) return false;
  for (std::string_view suffix : {"ic", "al", "ous", "ive", "ful", "ed", "ing", "less", "ish", "ian",
                                  "ese", "ist", "ent", "ant", "ary", "ile", "id"}) {
    if (EndsWith(adjective, suffix)) return false;
  }
  for (char c : adjective) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

LemmaCandidates RuleLemmas(std::string_view word, Tag tag) {
  LemmaCandidates out;
  switch (tag) {
    case Tag::kNNS:
    case Tag::kNNPS:
    case Tag::kVBZ:
      AddPluralGuesses(word, &out);
      break;
    case Tag::kVBD:
    case Tag::kVBN:
      if (EndsWith(word, "ied") && word.size() > 4) {
        out.Add(word.substr(0, word.size() - 3), "y");
      } else if (EndsWith(word, "eed") || EndsWith(word, "ied")) {
        out.Add(word.substr(0, word.size() - 1));
        out.Add(word.substr(0, word.size() - 2));
      } else if (EndsWith(word, "ed")) {
        AddStemGuesses(word, 2, &out);
      }
      break;
    case Tag::kVBG:
      if (EndsWith(word, "ing") && word.size() > 4) AddStemGuesses(word, 3, &out);
      break;
    case Tag::kJJR:
    case Tag::kRBR:
      if (EndsWith(word, "ier") && word.size() > 4) {
        out.Add(word.substr(0, word.size() - 3), "y");
      } else if (EndsWith(word, "er") && word.size() > 4) {
        AddStemGuesses(word, 2, &out);
      }
      break;
    case Tag::kJJS:
    case Tag::kRBS:
      if (EndsWith(word, "iest") && word.size() > 5) {
        out.Add(word.substr(0, word.size() - 4), "y");
      } else if (EndsWith(word, "est") && word.size() > 5) {
        AddStemGuesses(word, 3, &out);
      }
      break;
    default:
      break;
  }
  return out;
}

}  // namespace dyad::tag
