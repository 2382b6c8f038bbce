// Negation, modality, dates and history cues (event/context.h).
#include "event/context.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace dyad::event {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday"};

int MonthOf(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {"jan.", "feb.", "mar.", "apr.", "may.", "jun.",
                                                              "jul.", "aug.", "sept.", "oct.", "nov.", "dec."};
  for (int m = 0; m < 12; ++m)
    if (w == kFull[m] || w == kShort[m]) return m + 1;
  if (w == "sep.") return 9;
  return 0;
}

int SmallNumber(std::string_view w) {
  if (w.empty() || w.size() > 4) return -1;
  int v = 0;
  size_t i = 0;
  for (; i < w.size() && w[i] >= '0' && w[i] <= '9'; ++i) v = v * 10 + (w[i] - '0');
  if (i == 0) return -1;
  const std::string_view suffix = w.substr(i);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return -1;
  return v;
}

int Year(std::string_view w) {
  if (w.size() != 4) return 0;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v >= 1800 && v <= 2100 ? v : 0;
}

bool IsYearRange(std::string_view w) {  // 1950-1953
  return w.size() == 9 && Year(w.substr(0, 4)) && w[4] == '-' && Year(w.substr(5));
}

bool Has(std::initializer_list<std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// A verb whose "that" clause tells an act asked for, not done: "demanded
// that Germany break off relations".
bool IsAskingVerb(std::string_view lemma) {
  return Has({"demand", "insist", "urge", "ask", "request", "propose", "suggest", "recommend", "want", "hope", "wish",
              "call", "plead", "appeal"},
             lemma);
}

// A verb whose "that" clause tells a claim, not a fact the report vouches
// for: "argued that Colombia invaded".
bool IsClaimingVerb(std::string_view lemma) {
  return Has({"argue", "claim", "contend", "assert", "allege", "maintain"}, lemma);
}

// True when the "that" at token `that` opens a clause a verb of asking
// governs: "demanded that ...", or a second clause of one ("insisted that
// police arrest them and that Nigeria apologise").
bool AskedThat(const Document& doc, const Sentence& sentence, uint32_t that) {
  const auto& tokens = doc.tokens;
  auto asking_before = [&](uint32_t t) {
    if (t <= sentence.token_begin) return false;
    const Token& verb = tokens[t - 1];
    return (verb.tag == Tag::kVB || verb.tag == Tag::kVBD || verb.tag == Tag::kVBG || verb.tag == Tag::kVBN ||
            verb.tag == Tag::kVBP || verb.tag == Tag::kVBZ) &&
           IsAskingVerb(verb.lemma);
  };
  if (asking_before(that)) return true;
  if (that <= sentence.token_begin || (tokens[that - 1].lower != "and" && tokens[that - 1].lower != "or")) return false;
  constexpr uint32_t kMaxClause = 20;
  for (uint32_t t = that - 1; t > sentence.token_begin && that - t < kMaxClause; --t)
    if (tokens[t - 1].lower == "that") return asking_before(t - 1);
  return false;
}

// True when the history cue at token i closes a comparison of the news
// with the past: a superlative or "first" before "since" or "in" ("the
// deadliest clash between the two in more than four decades", "the
// biggest attack since World War Two"), or "ending" ("ending more than
// half a century of hostility"), within the phrase that holds the cue.
bool MeasuredAgainst(const std::vector<Token>& tokens, const Sentence& sentence, uint32_t i) {
  bool since_or_in = false;
  // Past a finite verb, only "the first time" reaches the cue: "marks the
  // first time a Chinese official has visited since 2018".
  bool verb_crossed = false;
  for (uint32_t q = i; q > sentence.token_begin && i - q < 14; --q) {
    const Token& t = tokens[q - 1];
    if (t.norm == ";" || t.norm == ":") return false;
    if (t.tag == Tag::kVBD || t.tag == Tag::kVBZ || t.tag == Tag::kVBP) {
      if (verb_crossed) return false;
      verb_crossed = true;
    }
    if (t.lower == "since" || t.lower == "in") since_or_in = true;
    if (t.lower == "ending" && i - q < 6 && !verb_crossed) return true;
    if (since_or_in && (t.tag == Tag::kJJS || t.tag == Tag::kRBS || t.lower == "first")) {
      if (!verb_crossed) return true;
      return q < sentence.token_end && tokens[q].lower == "time";
    }
  }
  return false;
}

}  // namespace

bool AppealsTo(const Document& doc, uint32_t verb) {
  return verb + 1 < doc.tokens.size() && Has({"call", "appeal", "plead"}, doc.tokens[verb].lemma) &&
         Has({"on", "upon", "with"}, doc.tokens[verb + 1].lower);
}

int64_t DaysFromCivil(const Date& d) {
  const int y = d.year - (d.month <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(d.month + (d.month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

SentenceContext AnalyzeSentence(const Document& doc, const Sentence& sentence,
                                const std::optional<Date>& published, uint32_t anchor) {
  SentenceContext c;
  const auto& tokens = doc.tokens;
  // Relative clauses set off by commas (", who has ruled Eritrea since
  // 1993,") that do not hold the anchor: their dates and history cues are
  // theirs, not the anchor's.
  std::vector<bool> skip(sentence.token_end - sentence.token_begin, false);
  if (anchor != UINT32_MAX) {
    for (uint32_t i = sentence.token_begin; i + 1 < sentence.token_end; ++i) {
      if (tokens[i].norm != "," || !Has({"who", "which"}, tokens[i + 1].lower)) continue;
      uint32_t end = i + 2;
      while (end < sentence.token_end && tokens[end].norm != "," && tokens[end].norm != ";" &&
             tokens[end].norm != ":")
        ++end;
      if (end >= sentence.token_end || tokens[end].norm != ",") continue;  // not closed: may run on to the act
      if (anchor >= i && anchor < end) continue;
      for (uint32_t q = i; q < end; ++q) skip[q - sentence.token_begin] = true;
      i = end - 1;
    }
  }
  // A date in another clause than the anchor's is that clause's: "rejected
  // reports that he took part in a 1983 killing", "took office after the
  // vote in 2007, but has now turned to the IMF". Another clause is
  // one after the anchor behind a finite verb or "that", "who" and the like,
  // or one before it behind "but". A date in the sentence's opening phrase,
  // before its first finite verb, dates the whole sentence ("On Sunday,
  // troops who ...").
  auto finite = [&](const Token& t) {
    return t.tag == Tag::kVBD || t.tag == Tag::kVBZ || t.tag == Tag::kVBP || t.tag == Tag::kMD;
  };
  uint32_t chain = anchor;
  uint32_t first_finite = sentence.token_end;
  if (anchor != UINT32_MAX) {
    while (chain > sentence.token_begin &&
           (Has({"be", "have", "do", "not", "to", "also", "still", "already", "reportedly", "allegedly"},
                tokens[chain - 1].lemma) ||
            tokens[chain - 1].tag == Tag::kMD || tokens[chain - 1].tag == Tag::kRB))
      --chain;
    for (uint32_t q = sentence.token_begin; q < sentence.token_end; ++q)
      if (finite(tokens[q])) {
        first_finite = q;
        break;
      }
  }
  auto other_clause = [&](uint32_t i) {
    if (anchor == UINT32_MAX || i == anchor) return false;
    if (i > anchor) {
      // A clause of time ("since the coalition intervened in 2015") or a
      // relative clause on a noun ("a war that ended in 1994") places the
      // anchor's act in time too; a claim's content ("claims that she
      // had been involved in ... in 1983") and a new clause do not.
      // A noun's own verb follows it ("the meeting occurred on April 16,
      // 2004"); so does a verb joined by "and" ("seized the embassy and
      // held its staff after the 1979 revolution").
      const bool noun = tokens[anchor].tag == Tag::kNN || tokens[anchor].tag == Tag::kNNS ||
                        tokens[anchor].tag == Tag::kNNP;
      bool placing = noun;
      for (uint32_t q = anchor + 1; q < i; ++q) {
        const Token& t = tokens[q];
        if (Has({"because", "although", "whereas"}, t.lower)) return true;
        if (Has({"since", "when", "after", "before", "until", "while"}, t.lower)) placing = true;
        if (Has({"that", "which", "who"}, t.lower)) {
          const Token& before = tokens[q - 1];
          if (t.lower == "that" &&
              ((before.tag >= Tag::kVB && before.tag <= Tag::kVBZ) || Has({"claim", "report", "allegation", "accusation", "charge", "suggestion",
                                             "fear", "rumour", "rumor", "evidence", "belief", "assertion"},
                                            before.lemma)))
            return true;
          placing = true;
        }
        if (finite(t) && !placing && !Has({"and", "or"}, tokens[q - 1].lower)) return true;
      }
      return false;
    }
    // Before the anchor, only a clause joined by "but" after a finite verb
    // of its own: "took office after the vote in 2007, but has now turned
    // to the IMF".
    if (i < first_finite) return false;
    bool verb_between = false;
    for (uint32_t q = i + 1; q < chain; ++q) {
      if (finite(tokens[q])) verb_between = true;
      if (tokens[q].lower == "but" && verb_between) return true;
    }
    return false;
  };
  const int64_t pub = published ? DaysFromCivil(*published) : 0;
  auto set_date = [&](const Date& d, DatePrecision p) {
    if (c.date) return;  // the first date expression wins
    c.date = d;
    c.precision = p;
  };
  for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
    if (skip[i - sentence.token_begin]) continue;
    const std::string_view w = tokens[i].lower;
    const std::string_view prev = i > sentence.token_begin ? tokens[i - 1].lower : std::string_view();
    const std::string_view next = i + 1 < sentence.token_end ? tokens[i + 1].lower : std::string_view();
    // History cues, unless they only measure the news against the past
    // ("the heaviest attack since the Korean War", "the first visit in
    // decades").
    const bool cue =
        w == "century" || w == "centuries" || w == "decades" || (w == "ago" && (prev == "years" || prev == "decades"));
    if (cue && !MeasuredAgainst(tokens, sentence, i)) c.historical = true;
    // "has said in the past that ...", "called on Iran in the past to ...";
    // not "in the past week", "in the past 24 hours", "in the past few days".
    if (w == "past" && prev == "the" && i >= sentence.token_begin + 2 && tokens[i - 2].lower == "in" &&
        !(i + 1 < sentence.token_end &&
          (tokens[i + 1].tag == Tag::kCD || tokens[i + 1].tag == Tag::kNN || tokens[i + 1].tag == Tag::kNNS ||
           tokens[i + 1].tag == Tag::kJJ || Has({"few", "several", "two", "three"}, next))))
      c.historical = true;
    if (w == "presidency" && i >= sentence.token_begin + 2 &&
        tokens[i - 2].lower == "during")
      c.historical = true;
    if (IsYearRange(w)) c.historical = true;
    // "the fifth anniversary of the American invasion": the act remembered
    // is history.
    if (w == "anniversary" && anchor != UINT32_MAX && anchor > i && anchor - i <= 8) c.historical = true;
    // "throughout the 13-year civil war", "during the eight-year war": an
    // act told over a whole war's length is background.
    if ((w == "war" || w == "conflict") && !MeasuredAgainst(tokens, sentence, i)) {
      for (uint32_t q = i; q > sentence.token_begin + 1 && i - q < 4; --q)
        if (tokens[q - 1].lower.ends_with("-year") && Has({"throughout", "during"}, tokens[q - 2].lower))
          c.historical = true;
        else if (tokens[q - 1].lower.ends_with("-year") && q >= sentence.token_begin + 3 &&
                 tokens[q - 2].lower == "the" && Has({"throughout", "during"}, tokens[q - 3].lower))
          c.historical = true;
    }
    if (tokens[i].norm == "War" && i > sentence.token_begin && !MeasuredAgainst(tokens, sentence, i)) {
      for (uint32_t q = i; q > sentence.token_begin && i - q < 5; --q)
        if (Has({"during", "in", "since", "after", "before"}, tokens[q - 1].lower)) c.historical = true;
    }
    if (!published || other_clause(i)) continue;
    // Dates.
    if (w == "yesterday") set_date(CivilFromDays(pub - 1), DatePrecision::kDay);
    if (w == "today" || w == "tonight") set_date(*published, DatePrecision::kDay);
    for (int wd = 0; wd < 7; ++wd) {
      if (w != kWeekdays[wd]) continue;
      // The most recent such day up to the publication date ("next Sunday":
      // the coming one).
      const int pub_wd = static_cast<int>(((pub % 7) + 11) % 7);  // 1970-01-01 was a Thursday
      int back = (pub_wd - wd + 7) % 7;
      int64_t day = pub - back;
      if (prev == "next" || prev == "coming") day = pub + ((wd - pub_wd + 7) % 7 == 0 ? 7 : (wd - pub_wd + 7) % 7);
      set_date(CivilFromDays(day), DatePrecision::kDay);
    }
    if (const int month = MonthOf(w); month != 0 && tokens[i].Has(kCapitalized)) {
      int day = SmallNumber(next);
      if (day < 1 || day > 31) day = SmallNumber(prev);
      int year = published->year;
      if (i + 2 < sentence.token_end && Year(tokens[i + 2].lower)) year = Year(tokens[i + 2].lower);
      else if (i + 3 < sentence.token_end && tokens[i + 2].norm == "," && Year(tokens[i + 3].lower))
        year = Year(tokens[i + 3].lower);
      if (day >= 1 && day <= DaysInMonth(year, month)) {
        Date d{year, month, day};
        if (year == published->year && DaysFromCivil(d) > pub + 31) d.year -= 1;
        set_date(d, DatePrecision::kDay);
      } else if (Year(next)) {
        set_date(Date{Year(next), month, 1}, DatePrecision::kMonth);
      } else if (Has({"in", "during", "since", "early", "late", "mid", "last"}, prev)) {
        // "in April": the latest April up to the publication month, or a
        // month of the next three, which news speaks of as to come.
        const int ahead = month - published->month;
        const int y = ahead > 3 ? published->year - 1 : published->year;
        set_date(Date{y, month, 1}, DatePrecision::kMonth);
      }
    }
    if (w == "last" || w == "this") {
      if (next == "year") set_date(Date{published->year - (w == "last"), 1, 1}, DatePrecision::kYear);
      if (next == "month") {
        Date d{published->year, published->month, 1};
        if (w == "last") d = d.month == 1 ? Date{d.year - 1, 12, 1} : Date{d.year, d.month - 1, 1};
        set_date(d, DatePrecision::kMonth);
      }
      if (next == "week") set_date(CivilFromDays(pub - (w == "last" ? 7 : 0)), DatePrecision::kDay);
    }
    // "in 2018", "since 1964" (a state of affairs that began then).
    if (const int year = Year(w);
        year != 0 && (Has({"in", "during", "of", "early", "late", "mid", "from", "between"}, prev) ||
                      (prev == "since" && !MeasuredAgainst(tokens, sentence, i)))) {
      set_date(Date{year, 1, 1}, DatePrecision::kYear);
    }
    // "a 1994 agreement", "the 2008 war".
    if (const int year = Year(w); year != 0 && Has({"a", "an", "the"}, prev) && i + 1 < sentence.token_end &&
                                  (tokens[i + 1].tag == Tag::kNN || tokens[i + 1].tag == Tag::kNNS ||
                                   tokens[i + 1].tag == Tag::kJJ)) {
      set_date(Date{year, 1, 1}, DatePrecision::kYear);
    }
  }
  // A dated event a year or more before publication is history.
  if (published && c.date && !c.historical) {
    const bool year_only = c.precision == DatePrecision::kYear;
    if (year_only ? c.date->year < published->year : DaysFromCivil(*c.date) < pub - 330) c.historical = true;
  }
  return c;
}

namespace {
bool t_is(const Token& t, std::initializer_list<Tag> tags) {
  for (Tag x : tags)
    if (t.tag == x) return true;
  return false;
}

// How many joined verbs Judge follows back ("A, B and C").
constexpr int kMaxJoinedVerbs = 3;

// JudgeAnchor's work; `depth` counts the joined verbs followed back.
Verdict Judge(const Document& doc, const Sentence& sentence, uint32_t anchor, bool noun, int depth) {
  Verdict v;
  const auto& tokens = doc.tokens;
  auto raise = [&](Modality m) { v.modality = std::max(v.modality, m); };
  auto is_verb = [](const Token& t) {
    return t.tag == Tag::kVB || t.tag == Tag::kVBD || t.tag == Tag::kVBG || t.tag == Tag::kVBN ||
           t.tag == Tag::kVBP || t.tag == Tag::kVBZ;
  };
  bool governing_seen = false;  // a noun's governing verb ("made no comment")
  bool infinitive = false;      // the anchor is "to VERB"
  bool chained = false;         // ... and a verb governs it ("refused to condemn")
  bool phrase_before_to = false;  // ... across a place or time ("agreed in Moscow to")
  for (uint32_t q = anchor; q > sentence.token_begin && anchor - q < 10; --q) {
    const Token& t = tokens[q - 1];
    const std::string_view w = t.lower;
    const std::string_view lemma = t.lemma;
    if (w == "that" && q > sentence.token_begin + 1) {
      // "demanded that Germany break off relations": asked for, not done.
      const Token& verb = tokens[q - 2];
      if (AskedThat(doc, sentence, q - 1)) raise(Modality::kHypothetical);
      if (is_verb(verb) && IsClaimingVerb(verb.lemma))
        raise(Modality::kHedged);
      if (is_verb(verb) && Has({"warn", "threaten", "vow"}, verb.lemma)) v.threatened = true;
    }
    // Quotation marks inside the verb group do not end it: would "never
    // surrender".
    if (t.tag == Tag::kOpenQuote || t.tag == Tag::kCloseQuote) continue;
    // Nor does a comma between two adverbs: "would never, ever surrender".
    if (w == "," && q < anchor && q - 1 > sentence.token_begin && tokens[q].tag == Tag::kRB &&
        tokens[q - 2].tag == Tag::kRB)
      continue;
    // "can examine the arguments and dissolve the Bundestag", "refused to
    // meet or talk to them": the second of two joined verbs shares what
    // governs the first.
    if ((w == "and" || w == "or") && !noun && depth < kMaxJoinedVerbs) {
      for (uint32_t r = q - 1; r > sentence.token_begin && q - 1 - r < 15; --r) {
        const Token& u = tokens[r - 1];
        if (u.lower == "," || u.lower == ";" || u.lower == ":" || u.lower == "that" || u.lower == "which" ||
            u.lower == "who" || u.lower == "but")
          break;
        if (!is_verb(u) || Has({"be", "have", "do", "get"}, u.lemma)) continue;
        // Joined in the same form: "to invade and occupy", "attacked and
        // killed"; not "promised to serve all voters and thanked".
        // A passive after "be" has the form of its "be": "could resign and
        // be indicted" joins two bare verbs.
        const Tag a = tokens[anchor].tag == Tag::kVBN && anchor > q && tokens[anchor - 1].lower == "be"
                          ? Tag::kVB
                          : tokens[anchor].tag;
        if (u.tag != a && !(u.tag == Tag::kVB && a == Tag::kVBP)) break;
        const Verdict first = Judge(doc, sentence, r - 1, false, depth + 1);
        raise(first.modality);
        v.would = v.would || first.would;
        v.conditional = v.conditional || first.conditional;
        v.threatened = v.threatened || first.threatened;
        v.agreed = v.agreed || first.agreed;
        if (first.refused) v.negated = v.refused = true;
        break;
      }
      break;
    }
    if (w == "," || w == ";" || w == ":" || w == "that" || w == "which" || w == "who" || w == "and" ||
        w == "but" || w == "while")
      break;
    if (w == "not" || w == "n't" || w == "never" || w == "no" || w == "without") {
      v.negated = true;
      continue;
    }
    // "the threat of an attack on Norway", "the possibility of sanctions
    // against Laos", "fears of invading Chad": only feared or thought of.
    if (w == "of" && q > sentence.token_begin + 1 &&
        ((noun && !governing_seen) || (q == anchor && tokens[anchor].tag == Tag::kVBG)) &&
        t_is(tokens[q - 2], {Tag::kNN, Tag::kNNS}) &&
        Has({"threat", "possibility", "risk", "fear", "danger", "prospect", "likelihood", "spectre", "specter"},
            tokens[q - 2].lemma)) {
      raise(Modality::kHypothetical);
      continue;
    }
    // "a planned visit", "an upcoming meeting": the act is still to come.
    if (noun && !governing_seen &&
        Has({"planned", "upcoming", "proposed", "scheduled", "forthcoming", "impending", "prospective"}, w)) {
      raise(Modality::kIntended);
      continue;
    }
    if (Has({"may", "might", "could", "can", "reportedly", "allegedly", "possibly", "perhaps", "likely"}, w)) {
      raise(Modality::kHedged);
      continue;
    }
    // "Syria must withdraw its troops": an act required of the actor (a
    // demand when someone says it), not one it has done.
    if (w == "would" || w == "should" || w == "must" || w == "ought") {
      raise(Modality::kHypothetical);
      if (w == "would") v.would = true;
      continue;
    }
    if (w == "will" || w == "shall" || w == "'ll") {
      raise(Modality::kIntended);
      continue;
    }
    if (t.tag == Tag::kTO) {
      if (q == anchor || (q < anchor && tokens[q].tag == Tag::kRB)) infinitive = true;
      // "agreed in Moscow on Tuesday to halt", "agreed at a summit in
      // Warsaw to deploy": a place, time or meeting between the governing
      // verb and its "to".
      if (infinitive && q >= sentence.token_begin + 2) {
        uint32_t m = q - 2;  // the token before "to"
        while (m > sentence.token_begin && q - 1 - m < 10 &&
               t_is(tokens[m], {Tag::kNNP, Tag::kNNPS, Tag::kDT, Tag::kCD, Tag::kIN, Tag::kNN, Tag::kJJ}))
          --m;
        // Not "called on Canada to press Washington", "pleaded with Seoul
        // to send aid": the one appealed to would act, as in "urged Iran to
        // attack", and the act is only asked for.
        const bool appealed = m + 1 < q - 1 && AppealsTo(doc, m);
        if (m + 1 < q - 1 && tokens[m + 1].tag == Tag::kIN && is_verb(tokens[m]) && !appealed) {
          q = m + 2;  // the loop looks at tokens[m], the verb, next
          phrase_before_to = true;
        }
      }
      continue;
    }
    if (is_verb(t)) {
      if (Has({"be", "have", "do", "get"}, lemma)) continue;  // auxiliaries
      if (q < anchor && (tokens[q].tag == Tag::kTO || phrase_before_to)) {
        chained = true;
        if (Has({"refuse", "decline", "fail", "deny", "reject", "avoid", "stop", "cease"}, lemma)) {
          v.negated = true;
          v.refused = true;
        }
        if (Has({"threaten", "vow"}, lemma)) v.threatened = true;
        if (lemma == "agree") v.agreed = true;
        if (Has({"plan", "intend", "expect", "aim", "prepare", "hope", "want", "seek", "threaten", "vow",
                 "pledge", "promise", "propose", "agree", "offer", "schedule", "set", "wish", "try",
                 "attempt", "consider", "decide", "move", "mean", "ask", "request", "urge", "invite",
                 "commit", "determine", "resolve"},
                lemma))
          raise(Modality::kIntended);
        continue;
      }
      // "denied having met Aziz", "stopped shelling the town": a gerund
      // governed by a verb of not doing.
      if (tokens[q].tag == Tag::kVBG &&
          Has({"deny", "avoid", "stop", "cease", "quit", "halt", "suspend", "resist"}, lemma)) {
        chained = true;
        v.negated = true;
        v.refused = true;
        continue;
      }
      // "has considered invading Russia", "proposed holding talks": only
      // thought of.
      if (tokens[q].tag == Tag::kVBG &&
          Has({"consider", "contemplate", "propose", "suggest", "recommend", "discuss", "envisage", "mull",
               "weigh", "favour", "favor", "advocate", "urge"},
              lemma)) {
        chained = true;
        raise(Modality::kHypothetical);
        continue;
      }
      if (noun && !governing_seen) {
        governing_seen = true;
        // "called off the march", "cancelled the talks", "delayed the
        // pullout": not held. ("halted a campaign" was going on: it stays.)
        if ((lemma == "call" && tokens[q].lower == "off") ||
            Has({"cancel", "postpone", "scrap", "abandon", "avert", "prevent", "delay"}, lemma)) {
          v.negated = true;
          continue;
        }
        // "called for negotiations with the Taliban": asked for, not held.
        // "Pressed for talks" asks for them; "pressed their offensive" goes
        // on with it.
        bool asked = Has({"call", "urge", "demand", "seek", "propose", "want", "appeal", "ask", "suggest",
                          "request", "plead"},
                         lemma);
        if (Has({"push", "press"}, lemma))
          for (uint32_t r = q; r < anchor && !asked; ++r) asked = tokens[r].lower == "for";
        if (asked) raise(Modality::kHypothetical);
        continue;
      }
      break;
    }
    // "Russia's refusal to allow the extradition", "its refusal to meet
    // Kyiv": the noun governs the infinitive as "refused to" does, so the
    // act refused did not happen.
    if (q < anchor && tokens[q].tag == Tag::kTO && t_is(t, {Tag::kNN}) && t.lemma == "refusal") {
      chained = true;
      v.negated = true;
      v.refused = true;
      break;
    }
    // "al-Qaeda's desire to force a war", "a bid to topple the king",
    // "plans to visit Cairo": a noun of intent governs the infinitive, so
    // the act is only meant.
    if (q < anchor && tokens[q].tag == Tag::kTO && t_is(t, {Tag::kNN, Tag::kNNS}) &&
        Has({"plan", "bid", "attempt", "effort", "intention", "desire", "plot", "wish", "ambition", "scheme",
             "drive", "readiness", "willingness", "determination", "commitment", "pledge", "promise", "offer",
             "proposal", "threat", "push"},
            t.lemma) &&
        // "an attempt to stop rocket fire", "efforts to end the fighting":
        // what is to be stopped goes on.
        !(q + 1 < anchor &&
          Has({"stop", "end", "halt", "curb", "calm", "quell", "ease", "defuse", "contain", "reduce"},
              tokens[q + 1].lemma))) {
      chained = true;
      raise(Modality::kIntended);
      break;
    }
    if (t.tag == Tag::kMD || t.tag == Tag::kRB || t.tag == Tag::kRBR || t.tag == Tag::kDT ||
        t.tag == Tag::kJJ || t.tag == Tag::kPRPS || t.tag == Tag::kCD || t.tag == Tag::kPDT)
      continue;
    // "warned that it would expel": the subject pronoun of the clause.
    if (t.tag == Tag::kPRP && q < anchor && (tokens[q].tag == Tag::kMD || is_verb(tokens[q]))) continue;
    if (noun && !governing_seen) continue;  // the noun group itself
    // "demanded that Abbas dissolve the cabinet": the clause's subject
    // stands between the verb of asking and the act asked for.
    if (!noun) {
      uint32_t p = q;  // tokens[p - 1] is the subject's last word
      while (p > sentence.token_begin + 2 && q - p < 6 &&
             t_is(tokens[p - 1], {Tag::kNNP, Tag::kNNPS, Tag::kNN, Tag::kNNS, Tag::kDT, Tag::kJJ, Tag::kPOS,
                                  Tag::kPRP, Tag::kCD}))
        --p;
      if (p < q && p > sentence.token_begin && tokens[p - 1].lower == "that" && AskedThat(doc, sentence, p - 1))
        raise(Modality::kHypothetical);
      // "argued that Colombia invaded": a claim, not a fact the report
      // tells; "asked whether Syria had armed": only a question.
      if (p < q && p > sentence.token_begin + 1 && tokens[p - 1].lower == "that" && is_verb(tokens[p - 2]) &&
          IsClaimingVerb(tokens[p - 2].lemma))
        raise(Modality::kHedged);
      if (p < q && p > sentence.token_begin && (tokens[p - 1].lower == "whether" || tokens[p - 1].lower == "if"))
        raise(Modality::kHypothetical);
    }
    break;
  }
  // "urged China to help": an infinitive with a subject of its own is
  // asked for, not done.
  if (infinitive && !chained) {
    // Find the verb that governs "X to VERB": a causative one ("prompted
    // Kim to express") reports a real act; any other (urge, ask, want)
    // one that was only asked for.
    bool causative = false;
    for (uint32_t q = anchor; q > sentence.token_begin && anchor - q < 12; --q) {
      const Token& t = tokens[q - 1];
      if (t.tag == Tag::kVB || t.tag == Tag::kVBD || t.tag == Tag::kVBG || t.tag == Tag::kVBN ||
          t.tag == Tag::kVBP || t.tag == Tag::kVBZ) {
        if (q < anchor && tokens[q].tag == Tag::kTO) continue;  // the anchor's own "to"
        causative = Has({"prompt", "lead", "cause", "force", "compel", "help", "enable", "allow", "drive"}, t.lemma);
        break;
      }
    }
    // "became the first sitting president to set foot in North Korea",
    // "the most senior official to visit Taiwan in 25 years", "the first
    // leader in two decades to visit": an infinitive after a ranked noun
    // tells of a real act.
    bool ranked = false;
    uint32_t to = anchor;
    while (to > sentence.token_begin && tokens[to - 1].tag == Tag::kRB) --to;
    uint32_t head = to >= sentence.token_begin + 2 ? to - 2 : to;  // the noun before "to"
    // A span of time between the noun and "to" ("in two decades", "since 1993").
    for (uint32_t q = head; head + 1 < to && q > sentence.token_begin + 1 && head - q < 4; --q) {
      if (!t_is(tokens[q], {Tag::kNN, Tag::kNNS, Tag::kCD, Tag::kJJ, Tag::kDT, Tag::kRB, Tag::kIN})) break;
      if (Has({"in", "since", "for"}, tokens[q].lower) && tokens[q].tag == Tag::kIN) {
        if (q < head) head = q - 1;
        break;
      }
    }
    if (to > sentence.token_begin + 1 && tokens[to - 1].tag == Tag::kTO &&
        (tokens[head].tag == Tag::kNN || tokens[head].tag == Tag::kNNS || tokens[head].tag == Tag::kNNP)) {
      for (uint32_t q = head; q > sentence.token_begin && head - q < 6; --q) {
        const Token& t = tokens[q - 1];
        if (t.lower == "first" || t.lower == "only" || t.tag == Tag::kJJS || t.tag == Tag::kRBS) {
          ranked = true;
          break;
        }
        if (!t_is(t, {Tag::kJJ, Tag::kNN, Tag::kNNP, Tag::kVBG, Tag::kRB})) break;
      }
    }
    if (!causative && !ranked) raise(Modality::kHypothetical);
  }
  for (uint32_t q = sentence.token_begin; q < anchor; ++q)
    if (tokens[q].lower == "if" || tokens[q].lower == "unless") {
      raise(Modality::kHypothetical);
      v.conditional = true;
    }
  // "The truce takes effect once both sides sign the deal", "until the
  // parliament approves it", "when he leads the delegation": a present
  // tense after a word of time tells of an act still to come, a condition
  // after "until", "once" or "unless", a plan after "when", "before" or
  // "after".
  if (tokens[anchor].tag == Tag::kVBP || tokens[anchor].tag == Tag::kVBZ) {
    Modality to_come = Modality::kAsserted;
    for (uint32_t q = anchor; q > sentence.token_begin && anchor - q < 10; --q) {
      const Token& t = tokens[q - 1];
      if (Has({"until", "till", "once", "unless"}, t.lower)) {
        to_come = Modality::kHypothetical;  // a condition yet to be met
        break;
      }
      if (Has({"before", "after", "when"}, t.lower)) {
        to_come = Modality::kIntended;  // "until the day after both sign" goes on
        continue;
      }
      if (!t_is(t, {Tag::kDT, Tag::kJJ, Tag::kNN, Tag::kNNS, Tag::kNNP, Tag::kNNPS, Tag::kCD, Tag::kPOS,
                    Tag::kPRP, Tag::kPRPS, Tag::kCC}))
        break;
    }
    raise(to_come);
  }
  // "... would expel its diplomats if Kyiv kept the law": the condition
  // may follow.
  if (v.would)
    for (uint32_t q = anchor + 1; q < sentence.token_end; ++q)
      if (tokens[q].lower == "if" || tokens[q].lower == "unless") v.conditional = true;
  // A noun that is the subject of what follows: "talks between X and Y are
  // expected to resume next week", "the visit was postponed".
  if (noun && !governing_seen) {
    uint32_t q = anchor + 1;
    while (q < sentence.token_end && q < anchor + 12 &&
           (t_is(tokens[q], {Tag::kNNP, Tag::kNNPS, Tag::kNN, Tag::kNNS, Tag::kIN, Tag::kDT, Tag::kJJ, Tag::kCC,
                             Tag::kCD, Tag::kPOS, Tag::kPRPS}) && tokens[q].lower != "that"))
      ++q;
    for (uint32_t r = q; r < sentence.token_end && r < q + 4; ++r) {
      const Token& t = tokens[r];
      const std::string_view w = t.lower;
      if (w == "will" || w == "shall") {
        raise(Modality::kIntended);
      } else if (w == "would" || w == "could" || w == "may" || w == "might") {
        raise(Modality::kHypothetical);
      } else if (Has({"expected", "scheduled", "set", "due", "planned", "likely", "slated"}, w) &&
                 r + 1 < sentence.token_end && tokens[r + 1].lower == "to") {
        raise(Modality::kIntended);
        break;
      } else if (is_verb(t) &&
                 ((Has({"postpone", "cancel", "delay", "suspend", "collapse", "stall", "fail", "scrap", "shelve",
                        "break", "abandon", "avert", "prevent", "ban", "halt"},
                       t.lemma) &&
                   // "fighting broke out between X and Y" began; "the talks broke down" ended.
                   !(t.lemma == "break" && r + 1 < sentence.token_end && tokens[r + 1].lower == "out")) ||
                  (t.lemma == "call" && r + 1 < sentence.token_end && tokens[r + 1].lower == "off"))) {
        v.negated = true;
        break;
      } else if (!(is_verb(t) || t.tag == Tag::kRB || t.tag == Tag::kMD)) {
        break;
      }
    }
  }
  // "accused Russia of using a chemical weapon", "blamed Tehran for
  // arming the rebels": the act is alleged, not told as fact.
  // So is "accused Moscow of having supplied the weapons": the perfect or
  // passive participle after "having" or "being" is read as its gerund.
  uint32_t gerund = anchor;
  if (!noun && tokens[anchor].tag == Tag::kVBN)
    while (gerund > sentence.token_begin && anchor - gerund < 2 &&
           Has({"having", "being", "been"}, tokens[gerund - 1].lower))
      --gerund;
  if (!noun && (tokens[anchor].tag == Tag::kVBG || (gerund != anchor && tokens[gerund].tag == Tag::kVBG))) {
    uint32_t q = gerund;
    while (q > sentence.token_begin && tokens[q - 1].tag == Tag::kRB) --q;
    if (q > sentence.token_begin && (tokens[q - 1].lower == "of" || tokens[q - 1].lower == "for")) {
      for (uint32_t p = q - 1; p > sentence.token_begin && q - p < 12; --p) {
        const Token& t = tokens[p - 1];
        if (t.norm == ";" || t.norm == ":") break;
        if (!is_verb(t) || Has({"be", "have", "do", "get"}, t.lemma)) continue;
        if (Has({"accuse", "blame", "charge", "suspect", "allege", "deny", "indict", "implicate"}, t.lemma))
          raise(Modality::kHedged);
        break;
      }
    }
    // "barred Bainimarama from visiting New Zealand", "banned the leaders
    // from travelling to Fiji", "refrained from attacking": the act after
    // "from" is what someone was kept from, or kept from doing, so it did
    // not happen. The governing verb is the first verb before "from"; its
    // object may stand between ("prevented the rebels from entering").
    if (q > sentence.token_begin && tokens[q - 1].lower == "from") {
      for (uint32_t p = q - 1; p > sentence.token_begin && q - p < 18; --p) {
        const Token& t = tokens[p - 1];
        if (t.norm == ";" || t.norm == ":") break;
        if (!is_verb(t) || Has({"be", "have", "get"}, t.lemma)) continue;
        if (Has({"bar", "ban", "prevent", "stop", "block", "prohibit", "forbid", "keep", "restrain", "deter",
                 "refrain", "abstain", "desist", "exclude", "disqualify"},
                t.lemma)) {
          v.negated = true;
          v.refused = true;
        }
        break;
      }
    }
  }
  // "Sudan has denied that it supports the militia", "denied reports
  // that its troops had crossed": the act in a denied clause did not
  // happen, as its speaker tells it.
  for (uint32_t q = anchor; q > sentence.token_begin && anchor - q < 10; --q) {
    const Token& t = tokens[q - 1];
    if (t.norm == ";" || t.norm == ":") break;
    if (t.lower != "that") continue;
    uint32_t p = q - 1;
    bool claim = false;  // "that" opens what a claim or report says
    if (p > sentence.token_begin && Has({"claims", "claim", "reports", "report", "allegations", "suggestions",
                                         "charges", "accusations"},
                                        tokens[p - 1].lower)) {
      --p;
      claim = true;
    }
    // "denied again that", "denied on Monday that": adverbs and a time
    // between the verb and its "that".
    for (uint32_t r = p, skipped = 0; r > sentence.token_begin && skipped <= 4; --r, ++skipped) {
      const Token& before = tokens[r - 1];
      if (is_verb(before)) {
        // A claim rejected, dismissed or refuted is denied as well:
        // "rejected reports that it had shelled the town".
        if (before.lemma == "deny" ||
            (claim && Has({"reject", "dismiss", "refute", "dispute", "rebut"}, before.lemma)))
          v.negated = true;
        break;
      }
      // "dismissed Israeli claims that": an adjective before the claim.
      if (!t_is(before, {Tag::kRB, Tag::kRBR, Tag::kJJR, Tag::kIN, Tag::kNNP, Tag::kCD, Tag::kDT, Tag::kNN}) &&
          !(claim && t_is(before, {Tag::kJJ, Tag::kPOS, Tag::kNNS})))
        break;
      if (before.lower == "that")
        break;
    }
    break;
  }
  return v;
}

}  // namespace

// An act told by a noun that the verb after it says did not happen: "talks
// between X and Y have not been held since 2002", "the meeting did not take
// place", "the visit was cancelled (called off, postponed)". The noun's
// phrase runs up to the first verb; a comma, a colon or a relative word
// ends the search.
bool NounUndone(const Document& doc, const Sentence& sentence, uint32_t anchor) {
  const auto& tokens = doc.tokens;
  auto is_verb = [](const Token& t) {
    return t.tag == Tag::kVB || t.tag == Tag::kVBD || t.tag == Tag::kVBG || t.tag == Tag::kVBN ||
           t.tag == Tag::kVBP || t.tag == Tag::kVBZ || t.tag == Tag::kMD;
  };
  uint32_t q = anchor + 1;
  bool between = false;  // "talks between X and Y": an "and" inside the phrase
  for (; q < sentence.token_end && q < anchor + 20; ++q) {
    const Token& t = tokens[q];
    if (Has({",", ";", ":", "that", "which", "who", "where", "when", "while"}, t.lower)) return false;
    if ((t.lower == "and" || t.lower == "but") && !between) return false;
    if (t.lower == "between") between = true;
    if (is_verb(t)) break;
  }
  if (q >= sentence.token_end || q >= anchor + 20) return false;
  bool negated = false;
  uint32_t head = q;
  for (; q < sentence.token_end && (is_verb(tokens[q]) || tokens[q].tag == Tag::kRB); ++q) {
    if (Has({"not", "n't", "never"}, tokens[q].lower)) negated = true;
    if (is_verb(tokens[q])) head = q;
  }
  const std::string_view lemma = tokens[head].lemma;
  const bool off = q < sentence.token_end && tokens[q].lower == "off" && Has({"call", "put"}, lemma);
  if (off || Has({"cancel", "postpone", "scrap", "shelve", "abandon"}, lemma)) return !negated;
  // "take place", "go ahead": the verb with its particle.
  return negated && Has({"hold", "take", "happen", "occur", "go", "resume", "start", "begin", "materialize",
                         "materialise", "proceed"},
                        lemma);
}

// An act told by a noun with a time still to come in its phrase: "her trip
// to Cairo later this week", "talks with Seoul next month", "tomorrow's
// meeting with Abe". It is planned, as "a planned visit" is.
bool NounToCome(const Document& doc, const Sentence& sentence, uint32_t anchor) {
  const auto& tokens = doc.tokens;
  auto unit = [](std::string_view w) {
    return Has({"week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday"},
               w);
  };
  // "tomorrow's meeting", "next week's visit".
  uint32_t p = anchor;
  while (p > sentence.token_begin && (tokens[p - 1].tag == Tag::kJJ || tokens[p - 1].tag == Tag::kNN) &&
         anchor - p < 3)
    --p;
  if (p >= sentence.token_begin + 2 && tokens[p - 1].norm == "'s" &&
      (tokens[p - 2].lower == "tomorrow" ||
       (unit(tokens[p - 2].lower) && p >= sentence.token_begin + 3 && tokens[p - 3].lower == "next")))
    return true;
  for (uint32_t q = anchor + 1; q + 1 < sentence.token_end && q < anchor + 12; ++q) {
    const Token& t = tokens[q];
    if (Has({",", ";", ":", "that", "which", "who", "where", "when", "while", "and", "but"}, t.lower) ||
        t.tag == Tag::kVBD || t.tag == Tag::kVBZ || t.tag == Tag::kVBP || t.tag == Tag::kMD)
      return false;
    if (t.lower == "tomorrow") return true;
    if (t.lower == "next" && unit(tokens[q + 1].lower)) return true;
    if (t.lower == "later" && q + 2 < sentence.token_end && tokens[q + 1].lower == "this" &&
        unit(tokens[q + 2].lower))
      return true;
  }
  return false;
}

Verdict JudgeAnchor(const Document& doc, const Sentence& sentence, uint32_t anchor, bool noun) {
  Verdict v = Judge(doc, sentence, anchor, noun, 0);
  if (noun && NounUndone(doc, sentence, anchor)) v.negated = true;
  if (noun && NounToCome(doc, sentence, anchor)) v.modality = std::max(v.modality, Modality::kIntended);
  return v;
}

}  // namespace dyad::event
