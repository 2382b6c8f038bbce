// Building store records from the pipeline's output, fingerprints, dates
// as day numbers, the search syntax, and the names of query options.
#include <cctype>

#include "absl/status/status.h"
#include "dyad/store.h"
#include "store/store_impl.h"
#include "util/strings.h"

namespace dyad {

std::string StoredEvent::Id() const { return util::Cat(article, ":", sentence, ":", ordinal); }

namespace {

// 64-bit FNV-1a: stable across runs and machines (unlike absl::Hash).
class Fnv {
 public:
  void Add(std::string_view s) {
    AddLength(s.size());
    for (unsigned char c : s) Mix(c);
  }
  void AddLength(uint64_t n) {
    for (int i = 0; i < 8; ++i) Mix(static_cast<unsigned char>(n >> (8 * i)));
  }
  uint64_t value() const { return h_; }

 private:
  void Mix(unsigned char c) {
    h_ ^= c;
    h_ *= 0x100000001b3ull;
  }
  uint64_t h_ = 0xcbf29ce484222325ull;
};

std::string_view Slice(std::string_view text, uint32_t begin, uint32_t end) {
  if (begin > end || end > text.size()) return {};
  return text.substr(begin, end - begin);
}

}  // namespace

uint64_t ArticleFingerprint(const Article& a) {
  Fnv h;
  h.Add(a.id);
  h.Add(a.title);
  h.Add(a.date ? a.date->ToString() : std::string());
  h.Add(a.url);
  h.Add(a.source);
  h.Add(a.text);
  // Keep it positive as a signed SQLite integer, so stores read alike everywhere.
  return h.value() >> 1;
}

StoredArticle MakeStoredArticle(const Article& article, const Analysis& analysis,
                                const std::vector<Event>& events) {
  StoredArticle out;
  out.id = article.id;
  out.title = article.title;
  out.date = article.date;
  out.url = article.url;
  out.source = article.source;
  out.text = article.text;
  out.fingerprint = ArticleFingerprint(article);
  const std::string_view text = analysis.doc.text;
  out.mentions.reserve(analysis.actors.size());
  for (const ActorMention& m : analysis.actors) {
    StoredMention s;
    s.sentence = m.sentence;
    s.begin = m.begin;
    s.end = m.end;
    s.code = m.code;
    s.country = m.country;
    s.role = m.role;
    s.kind = std::string(ActorKindName(m.kind));
    s.entry = std::string(m.entry);
    s.dict = util::Cat(m.origin.file, ":", m.origin.line);
    s.text = std::string(Slice(text, m.begin, m.end));
    out.mentions.push_back(std::move(s));
  }
  out.events.reserve(events.size());
  uint32_t ordinal = 0, sentence = UINT32_MAX;
  for (const Event& e : events) {
    if (e.cameo == nullptr) continue;
    ordinal = e.sentence == sentence ? ordinal + 1 : 0;
    sentence = e.sentence;
    StoredEvent s;
    s.article = article.id;
    s.sentence = e.sentence;
    s.ordinal = ordinal;
    s.date = e.date;
    s.date_precision = e.date_precision;
    s.historical = e.historical;
    s.negated = e.negated;
    s.modality = e.modality;
    for (auto [from, to] : {std::pair{&e.source, &s.source}, std::pair{&e.target, &s.target}}) {
      to->code = from->code;
      to->country = from->country;
      to->role = from->role;
      to->begin = from->begin;
      to->end = from->end;
      to->text = std::string(Slice(text, from->begin, from->end));
    }
    s.cameo = e.cameo->code;
    s.label = e.cameo->label;
    s.goldstein = e.cameo->goldstein;
    s.quad_class = e.cameo->quad_class;
    s.plover = e.cameo->plover;
    s.verb_begin = e.verb_begin;
    s.verb_end = e.verb_end;
    s.verb_text = std::string(Slice(text, e.verb_begin, e.verb_end));
    if (e.location) {
      StoredPlace place;
      place.name = e.location->place.name;
      place.country = e.location->place.country;
      if (e.location->place.has_coordinates) {
        place.lat = e.location->place.lat;
        place.lon = e.location->place.lon;
      }
      s.place = std::move(place);
    }
    if (e.sentence < analysis.doc.sentences.size()) {
      const Sentence& sent = analysis.doc.sentences[e.sentence];
      s.sentence_begin = sent.begin;
      s.sentence_end = sent.end;
      s.sentence_text = std::string(Slice(text, sent.begin, sent.end));
    }
    s.pattern = util::Cat(e.pattern.file, ":", e.pattern.line);
    out.events.push_back(std::move(s));
  }
  return out;
}

absl::StatusOr<Bucket> ParseBucket(std::string_view name) {
  if (name == "day") return Bucket::kDay;
  if (name == "week") return Bucket::kWeek;
  if (name == "month") return Bucket::kMonth;
  return absl::InvalidArgumentError(
      util::Cat("bad bucket \"", name.substr(0, 40), "\": want day, week or month"));
}

absl::StatusOr<CountMode> ParseCountMode(std::string_view name) {
  if (name == "reports") return CountMode::kReports;
  if (name == "events") return CountMode::kEvents;
  return absl::InvalidArgumentError(
      util::Cat("bad count \"", name.substr(0, 40), "\": want reports or events"));
}

absl::StatusOr<Side> ParseSide(std::string_view name) {
  if (name == "either") return Side::kEither;
  if (name == "source") return Side::kSource;
  if (name == "target") return Side::kTarget;
  return absl::InvalidArgumentError(
      util::Cat("bad side \"", name.substr(0, 40), "\": want either, source or target"));
}

absl::StatusOr<EventSort> ParseEventSort(std::string_view name) {
  if (name == "-date") return EventSort::kDateDesc;
  if (name == "date") return EventSort::kDateAsc;
  if (name == "goldstein") return EventSort::kGoldsteinAsc;
  if (name == "-goldstein") return EventSort::kGoldsteinDesc;
  return absl::InvalidArgumentError(util::Cat(
      "bad sort \"", name.substr(0, 40), "\": want date, -date (newest first), goldstein or -goldstein"));
}

std::string_view BucketName(Bucket b) {
  switch (b) {
    case Bucket::kDay: return "day";
    case Bucket::kWeek: return "week";
    case Bucket::kMonth: return "month";
  }
  return "day";
}

std::string_view CountModeName(CountMode m) {
  return m == CountMode::kReports ? "reports" : "events";
}

namespace store {

// The proleptic Gregorian calendar counted from 1 March of year 0, so that
// the leap day falls at the end of each counted year.
int64_t DayNumber(const Date& d) {
  const int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t year_of_era = y - era * 400;
  const int64_t month_from_march = (d.month + 9) % 12;
  const int64_t day_of_year = (153 * month_from_march + 2) / 5 + d.day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;  // 719468: days from 0000-03-01 to 1970-01-01
}

Date DateFromDayNumber(int64_t days) {
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t day_of_era = z - era * 146097;
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const int month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

namespace {

// True when the word has something the FTS tokenizer keeps (a letter, a
// digit or a non-ASCII byte).
bool HasWordChar(std::string_view w) {
  for (unsigned char c : w)
    if (c >= 0x80 || std::isalnum(c)) return true;
  return false;
}

void AppendQuoted(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace

std::string FtsQuery(std::string_view text) {
  // Terms: quoted phrases, prefixes (word*), words; OR between two terms.
  std::vector<std::string> terms;
  bool pending_or = false;
  size_t i = 0;
  // Control characters (NUL among them, which would end the FTS5 query
  // early) separate words like spaces.
  auto space = [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == '\x7f'; };
  while (i < text.size()) {
    if (space(text[i])) {
      ++i;
      continue;
    }
    std::string term;
    if (text[i] == '"') {
      const size_t close = text.find('"', i + 1);
      const size_t end = close == std::string_view::npos ? text.size() : close;
      std::string phrase(text.substr(i + 1, end - i - 1));
      i = close == std::string_view::npos ? text.size() : close + 1;
      for (char& c : phrase)
        if (space(c)) c = ' ';
      if (!HasWordChar(phrase)) continue;
      AppendQuoted(phrase, &term);
    } else {
      size_t end = i;
      while (end < text.size() && !space(text[end]) && text[end] != '"') ++end;
      std::string_view word = text.substr(i, end - i);
      i = end;
      if (word == "OR") {
        if (!terms.empty()) pending_or = true;
        continue;
      }
      const bool prefix = word.size() > 1 && word.back() == '*';
      if (prefix) word.remove_suffix(1);
      if (!HasWordChar(word)) continue;
      AppendQuoted(word, &term);
      if (prefix) term.push_back('*');
    }
    if (pending_or && !terms.empty()) {
      terms.back() = util::Cat(terms.back(), " OR ", term);
    } else {
      terms.push_back(std::move(term));
    }
    pending_or = false;
  }
  std::string out;
  for (const std::string& t : terms) {
    if (!out.empty()) out += " AND ";
    // An OR pair is grouped so that AND binds around it as the user meant.
    if (t.find(" OR ") != std::string::npos) util::Append(&out, "(", t, ")");
    else out += t;
  }
  return out;
}

}  // namespace store
}  // namespace dyad
