// dyad query: questions to a store, answered as a table (the default), JSON
// Lines or CSV. One subcommand per kind of question:
//   events, series, top-actors, top-dyads, search, article, summary.
#include <iostream>

#include "commands.h"
#include "common.h"
#include "dyad/output.h"
#include "dyad/store.h"
#include "table.h"

namespace dyad::cli {
namespace {

// Options of every query subcommand.
struct QueryFlags {
  std::string db;
  std::string format = "table";
  std::string output;
};

void AddQueryFlags(CLI::App* cmd, QueryFlags* flags) {
  cmd->add_option("--db", flags->db, "The store file")->required();
  cmd->add_option("-f,--format", flags->format, "table (default), json (one object a line) or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  cmd->add_option("-o,--output", flags->output, "Write here instead of standard output");
}

// Prints a bad argument and returns the exit status for it.
int BadArgument(std::string_view message) {
  std::cerr << "dyad query: " << message << "\n";
  return 2;
}

std::unique_ptr<Store> OpenStore(const QueryFlags& flags) {
  auto store = Store::Open(flags.db, StoreMode::kReadOnly);
  if (!store.ok()) {
    std::cerr << "dyad query: " << store.status().message() << "\n";
    return nullptr;
  }
  return std::move(*store);
}

// Parses an optional date flag; false after printing the error.
bool DateFlag(std::string_view name, const std::string& text, std::optional<Date>* out) {
  if (text.empty()) return true;
  auto d = ParseDate(text);
  if (!d.ok()) {
    BadArgument(Cat(name, ": ", std::string(d.status().message())));
    return false;
  }
  *out = *d;
  return true;
}

// Writes `text` to -o or standard output; the exit status.
int Emit(const QueryFlags& flags, const std::string& text) {
  std::FILE* out = OpenOutput(flags.output);
  if (out == nullptr) return 2;
  std::fwrite(text.data(), 1, text.size(), out);
  const bool ok = std::fflush(out) == 0;
  if (out != stdout) std::fclose(out);
  return ok ? 0 : 2;
}

// Prints a store error; InvalidArgument is a bad argument (status 2), any
// other error status 1.
int StoreError(const absl::Status& status) {
  std::cerr << "dyad query: " << status.message() << "\n";
  return status.code() == absl::StatusCode::kInvalidArgument ? 2 : 1;
}

std::string DateText(const std::optional<Date>& d) { return d ? d->ToString() : std::string(); }

std::string Num(uint64_t n) { return Cat(n); }

// ---------------------------------------------------------------------------
// events

struct EventsFlags : QueryFlags {
  std::string actor, country, role, side = "either";
  std::string source, target, dyad;
  bool both = false;
  std::vector<std::string> cameo, root;
  int quad = 0;
  std::string from, to, place, place_country, text, article;
  bool all = false, historical = false, group = false, count = false;
  uint32_t limit = 50;
  uint64_t offset = 0;
  std::string sort = "-date";
};

Table EventTable(const std::vector<StoredEvent>& events, bool grouped) {
  Table t({"date", "source", "target", "cameo", "label", "goldstein", "quad", grouped ? "reports" : "flags",
           "article", "sentence"});
  t.RightAlign(5);
  t.RightAlign(6);
  t.MaxWidth(4, 28);
  t.MaxWidth(8, 24);
  t.MaxWidth(9, 72);
  for (const StoredEvent& e : events) {
    std::string flags;
    if (grouped) {
      flags = Cat(e.group.reports);
    } else {
      if (e.negated) flags += "negated ";
      if (e.modality != Modality::kAsserted) Append(&flags, ModalityName(e.modality), " ");
      if (e.historical) flags += "historical ";
      if (!flags.empty()) flags.pop_back();
    }
    t.Add({DateText(e.date), e.source.code, e.target.code, e.cameo, e.label, Fixed(e.goldstein, 1),
           Cat(e.quad_class), flags, Cat(e.article, ":", e.sentence), e.sentence_text});
  }
  return t;
}

Table EventCsv(const std::vector<StoredEvent>& events) {
  Table t({"id", "article", "sentence", "date", "date_precision", "source", "source_country", "source_role",
           "source_text", "target", "target_country", "target_role", "target_text", "cameo", "root", "label",
           "goldstein", "quad_class", "plover", "negated", "modality", "historical", "verb", "place_name",
           "place_country", "place_lat", "place_lon", "group", "group_reports", "group_articles", "pattern",
           "sentence_text"});
  for (const StoredEvent& e : events) {
    std::vector<std::string> row = {e.Id(), e.article, Cat(e.sentence), DateText(e.date),
                                    std::string(DatePrecisionName(e.date_precision))};
    for (const StoredActor* a : {&e.source, &e.target}) {
      row.push_back(a->code);
      row.push_back(a->country);
      row.push_back(a->role);
      row.push_back(a->text);
    }
    row.insert(row.end(), {e.cameo, std::string(e.Root()), e.label, Fixed(e.goldstein, 1), Cat(e.quad_class),
                           e.plover, e.negated ? "true" : "false", std::string(ModalityName(e.modality)),
                           e.historical ? "true" : "false", e.verb_text});
    if (e.place) {
      row.push_back(e.place->name);
      row.push_back(e.place->country);
      row.push_back(e.place->lat ? Fixed(*e.place->lat, 5) : "");
      row.push_back(e.place->lon ? Fixed(*e.place->lon, 5) : "");
    } else {
      row.insert(row.end(), 4, "");
    }
    if (e.group.id != 0) {
      row.insert(row.end(), {Cat(e.group.id), Cat(e.group.reports), Cat(e.group.articles)});
    } else {
      row.insert(row.end(), 3, "");
    }
    row.push_back(e.pattern);
    row.push_back(e.sentence_text);
    t.Add(std::move(row));
  }
  return t;
}

int RunEvents(const EventsFlags& flags) {
  EventFilter filter;
  filter.actor = flags.actor;
  filter.country = flags.country;
  filter.role = flags.role;
  auto side = ParseSide(flags.side);
  if (!side.ok()) return BadArgument(std::string(side.status().message()));
  filter.side = *side;
  filter.source = flags.source;
  filter.target = flags.target;
  filter.both_directions = flags.both;
  if (!flags.dyad.empty()) {
    const size_t comma = flags.dyad.find(',');
    const std::string first = flags.dyad.substr(0, comma);
    const std::string second = comma == std::string::npos ? "" : flags.dyad.substr(comma + 1);
    if (first.empty() || second.empty() || second.find(',') != std::string::npos) {
      return BadArgument(Cat("--dyad: want two actor codes, like CHNGOV,PRKGOV, not \"", flags.dyad, "\""));
    }
    if (!flags.source.empty() || !flags.target.empty()) {
      return BadArgument("--dyad cannot be used with --source or --target");
    }
    filter.source = first;
    filter.target = second;
    filter.both_directions = true;
  }
  filter.cameo = flags.cameo;
  filter.root = flags.root;
  filter.quad_class = flags.quad;
  if (!DateFlag("--from", flags.from, &filter.from) || !DateFlag("--to", flags.to, &filter.to)) return 2;
  filter.place = flags.place;
  filter.place_country = flags.place_country;
  filter.text = flags.text;
  filter.article = flags.article;
  filter.include_flagged = flags.all;
  filter.include_historical = flags.historical || flags.all;
  PageRequest page;
  page.limit = flags.limit;
  page.offset = flags.offset;
  auto sort = ParseEventSort(flags.sort);
  if (!sort.ok()) return BadArgument(std::string(sort.status().message()));
  page.sort = *sort;
  page.mode = flags.group ? CountMode::kEvents : CountMode::kReports;

  std::unique_ptr<Store> store = OpenStore(flags);
  if (store == nullptr) return 2;
  if (flags.count) {
    auto counts = store->CountEvents(filter);
    if (!counts.ok()) return StoreError(counts.status());
    std::string text;
    if (flags.format == "json") {
      text = Cat("{\"reports\":", counts->reports, ",\"events\":", counts->events, "}\n");
    } else {
      Table t({"reports", "events"});
      t.Add({Num(counts->reports), Num(counts->events)});
      text = flags.format == "csv" ? t.Csv() : t.Text();
    }
    return Emit(flags, text);
  }
  auto result = store->QueryEvents(filter, page);
  if (!result.ok()) return StoreError(result.status());
  std::string text;
  if (flags.format == "json") {
    for (const StoredEvent& e : result->events) {
      AppendStoredEventJson(e, &text);
      text += '\n';
    }
  } else if (flags.format == "csv") {
    text = EventCsv(result->events).Csv();
  } else {
    // Totals cost a pass over every match; --count asks for them.
    const std::string_view unit = flags.group ? "grouped events" : "reports";
    if (result->events.empty()) {
      text = flags.offset == 0 ? "no events match\n" : Cat("no rows past row ", flags.offset, "\n");
    } else {
      text = EventTable(result->events, flags.group).Text();
      const uint64_t last = flags.offset + result->events.size();
      if (flags.limit != 0 && result->events.size() == flags.limit) {
        Append(&text, "rows ", flags.offset + 1, "-", last, " (", unit, "); more may follow: --offset ", last,
               " for the next page, --count for the totals\n");
      } else {
        Append(&text, "rows ", flags.offset + 1, "-", last, " of ", last, " ", unit, "\n");
      }
    }
  }
  return Emit(flags, text);
}

void RegisterEvents(CLI::App* query) {
  auto* cmd = query->add_subcommand("events", "Events that match a filter, newest first");
  auto flags = std::make_shared<EventsFlags>();
  AddQueryFlags(cmd, flags.get());
  cmd->add_option("--actor", flags->actor, "An actor code on either side (or --side); USA* for a prefix");
  cmd->add_option("--country", flags->country, "An actor's country (ISO alpha-3), on --side");
  cmd->add_option("--role", flags->role, "An actor's role code (GOV, MIL, ...), on --side");
  cmd->add_option("--side", flags->side, "Where --actor, --country and --role look: either (default), source, target");
  cmd->add_option("--source", flags->source, "The source's code (USA* for a prefix)");
  cmd->add_option("--target", flags->target, "The target's code (USA* for a prefix)");
  cmd->add_flag("--both", flags->both, "Also --source and --target the other way round");
  cmd->add_option("--dyad", flags->dyad, "A,B: events between A and B, both ways");
  cmd->add_option("--cameo", flags->cameo, "CAMEO codes (042,043)")->delimiter(',');
  cmd->add_option("--root", flags->root, "CAMEO roots (18,19,20)")->delimiter(',');
  cmd->add_option("--quad", flags->quad, "Quad class: 1 verbal cooperation, 2 material cooperation, "
                                         "3 verbal conflict, 4 material conflict");
  cmd->add_option("--from", flags->from, "First date (YYYY-MM-DD)");
  cmd->add_option("--to", flags->to, "Last date (YYYY-MM-DD)");
  cmd->add_option("--place", flags->place, "Place name of the event");
  cmd->add_option("--place-country", flags->place_country, "Country of the event's place (ISO alpha-3)");
  cmd->add_option("--text", flags->text, "Words the article must contain (see `dyad query search`)");
  cmd->add_option("--article", flags->article, "One article's id");
  cmd->add_flag("--all", flags->all, "Also negated, not-asserted and historical events (flagged)");
  cmd->add_flag("--historical", flags->historical, "Also historical events");
  cmd->add_flag("--group", flags->group, "One row per grouped event (same day, source, target, code)");
  cmd->add_flag("--count", flags->count, "Only count: reports and grouped events");
  cmd->add_option("-n,--limit", flags->limit, "Rows at most (default 50; 0 for all)");
  cmd->add_option("--offset", flags->offset, "Rows to skip");
  cmd->add_option("--sort", flags->sort, "-date (newest first, default), date, goldstein, -goldstein");
  cmd->footer("Example: dyad query events --db news.db --dyad USAGOV,IRNGOV --root 11,12 --from 2006-01-01");
  cmd->callback([flags] { SetExitCode(RunEvents(*flags)); });
}

// ---------------------------------------------------------------------------
// series

struct SeriesFlags : QueryFlags {
  std::string a, b, bucket = "day", from, to, count = "events";
};

int RunSeries(const SeriesFlags& flags) {
  SeriesQuery q;
  q.a = flags.a;
  q.b = flags.b;
  auto bucket = ParseBucket(flags.bucket);
  if (!bucket.ok()) return BadArgument(std::string(bucket.status().message()));
  q.bucket = *bucket;
  auto mode = ParseCountMode(flags.count);
  if (!mode.ok()) return BadArgument(std::string(mode.status().message()));
  q.mode = *mode;
  if (!DateFlag("--from", flags.from, &q.from) || !DateFlag("--to", flags.to, &q.to)) return 2;
  std::unique_ptr<Store> store = OpenStore(flags);
  if (store == nullptr) return 2;
  auto points = store->DyadSeries(q);
  if (!points.ok()) return StoreError(points.status());
  std::string text;
  if (flags.format == "json") {
    for (const SeriesPoint& p : *points) {
      AppendSeriesPointJson(p, &text);
      text += '\n';
    }
    return Emit(flags, text);
  }
  if (flags.format == "csv") {
    std::vector<std::string> header = {"bucket"};
    for (const char* dir : {"a_to_b", "b_to_a", "both"}) {
      for (const char* field : {"q1", "q2", "q3", "q4", "total", "goldstein_total", "goldstein_mean"}) {
        header.push_back(Cat(dir, "_", field));
      }
    }
    Table t(header);
    for (const SeriesPoint& p : *points) {
      std::vector<std::string> row = {p.start.ToString()};
      for (const SeriesCounts* c : {&p.a_to_b, &p.b_to_a, &p.both}) {
        for (uint64_t n : c->quad) row.push_back(Num(n));
        row.push_back(Num(c->total));
        row.push_back(Fixed(c->goldstein_total, 1));
        row.push_back(Fixed(c->goldstein_mean, 3));
      }
      t.Add(std::move(row));
    }
    return Emit(flags, t.Csv());
  }
  const std::string ab = Cat(flags.a, ">", flags.b), ba = Cat(flags.b, ">", flags.a);
  Table t({std::string(BucketName(q.bucket)), ab, ba, "q1", "q2", "q3", "q4", "total", "goldstein mean",
           "goldstein total"});
  for (size_t c = 1; c < 10; ++c) t.RightAlign(c);
  for (const SeriesPoint& p : *points) {
    t.Add({p.start.ToString(), Num(p.a_to_b.total), Num(p.b_to_a.total), Num(p.both.quad[0]), Num(p.both.quad[1]),
           Num(p.both.quad[2]), Num(p.both.quad[3]), Num(p.both.total), Fixed(p.both.goldstein_mean, 2),
           Fixed(p.both.goldstein_total, 1)});
  }
  text = t.Text();
  Append(&text, "counting ", CountModeName(q.mode), points->empty() ? "; no events between them\n" : "\n");
  return Emit(flags, text);
}

void RegisterSeries(CLI::App* query) {
  auto* cmd = query->add_subcommand("series", "The time series of a dyad, both directions");
  auto flags = std::make_shared<SeriesFlags>();
  cmd->add_option("a", flags->a, "One actor code (CHNGOV)")->required();
  cmd->add_option("b", flags->b, "The other actor code (PRKGOV)")->required();
  AddQueryFlags(cmd, flags.get());
  cmd->add_option("--bucket", flags->bucket, "day (default), week (from Monday) or month");
  cmd->add_option("--from", flags->from, "First date (YYYY-MM-DD)");
  cmd->add_option("--to", flags->to, "Last date (YYYY-MM-DD)");
  cmd->add_option("--count", flags->count, "events (grouped, default) or reports");
  cmd->footer("Counts per quad class, mean and total Goldstein per bucket; empty buckets are shown.\n"
              "Example: dyad query series CHNGOV PRKGOV --db news.db --bucket month");
  cmd->callback([flags] { SetExitCode(RunSeries(*flags)); });
}

// ---------------------------------------------------------------------------
// top-actors, top-dyads

struct TopFlags : QueryFlags {
  std::string from, to, count = "events", side = "either", actor;
  int quad = 0;
  bool directed = false;
  uint32_t limit = 20;
};

bool ParseTop(const TopFlags& flags, TopQuery* q) {
  if (!DateFlag("--from", flags.from, &q->from) || !DateFlag("--to", flags.to, &q->to)) return false;
  auto mode = ParseCountMode(flags.count);
  if (!mode.ok()) {
    BadArgument(std::string(mode.status().message()));
    return false;
  }
  q->mode = *mode;
  auto side = ParseSide(flags.side);
  if (!side.ok()) {
    BadArgument(std::string(side.status().message()));
    return false;
  }
  q->side = *side;
  q->quad_class = flags.quad;
  q->directed = flags.directed;
  q->actor = flags.actor;
  q->limit = flags.limit;
  return true;
}

int RunTopActors(const TopFlags& flags) {
  TopQuery q;
  if (!ParseTop(flags, &q)) return 2;
  std::unique_ptr<Store> store = OpenStore(flags);
  if (store == nullptr) return 2;
  auto top = store->TopActors(q);
  if (!top.ok()) return StoreError(top.status());
  if (flags.format == "json") {
    std::string text;
    for (const ActorCount& c : *top) {
      AppendActorCountJson(c, &text);
      text += '\n';
    }
    return Emit(flags, text);
  }
  Table t({"rank", "actor", std::string(CountModeName(q.mode)), "goldstein mean", "goldstein total"});
  for (size_t c : {0, 2, 3, 4}) t.RightAlign(c);
  for (size_t i = 0; i < top->size(); ++i) {
    const ActorCount& c = (*top)[i];
    t.Add({Num(i + 1), c.code, Num(c.count), Fixed(c.goldstein_mean, 2), Fixed(c.goldstein_total, 1)});
  }
  return Emit(flags, flags.format == "csv" ? t.Csv() : t.Text());
}

int RunTopDyads(const TopFlags& flags) {
  TopQuery q;
  if (!ParseTop(flags, &q)) return 2;
  std::unique_ptr<Store> store = OpenStore(flags);
  if (store == nullptr) return 2;
  auto top = store->TopDyads(q);
  if (!top.ok()) return StoreError(top.status());
  if (flags.format == "json") {
    std::string text;
    for (const DyadCount& c : *top) {
      AppendDyadCountJson(c, &text);
      text += '\n';
    }
    return Emit(flags, text);
  }
  Table t({"rank", "a", "b", std::string(CountModeName(q.mode)), "a>b", "b>a", "goldstein mean",
           "goldstein total"});
  for (size_t c : {0, 3, 4, 5, 6, 7}) t.RightAlign(c);
  for (size_t i = 0; i < top->size(); ++i) {
    const DyadCount& c = (*top)[i];
    t.Add({Num(i + 1), c.a, c.b, Num(c.count), Num(c.a_to_b), Num(c.b_to_a), Fixed(c.goldstein_mean, 2),
           Fixed(c.goldstein_total, 1)});
  }
  return Emit(flags, flags.format == "csv" ? t.Csv() : t.Text());
}

void AddTopFlags(CLI::App* cmd, TopFlags* flags) {
  AddQueryFlags(cmd, flags);
  cmd->add_option("--from", flags->from, "First date (YYYY-MM-DD)");
  cmd->add_option("--to", flags->to, "Last date (YYYY-MM-DD)");
  cmd->add_option("--count", flags->count, "events (grouped, default) or reports");
  cmd->add_option("--quad", flags->quad, "Only this quad class (1-4)");
  cmd->add_option("-n,--limit", flags->limit, "How many (default 20)");
}

void RegisterTop(CLI::App* query) {
  auto* actors = query->add_subcommand("top-actors", "The actors with the most events in a period");
  auto actor_flags = std::make_shared<TopFlags>();
  AddTopFlags(actors, actor_flags.get());
  actors->add_option("--side", actor_flags->side, "Count actors as either (default), source or target");
  actors->footer("Example: dyad query top-actors --db news.db --from 2006-01-01 --to 2006-12-31");
  actors->callback([actor_flags] { SetExitCode(RunTopActors(*actor_flags)); });

  auto* dyads = query->add_subcommand("top-dyads", "The dyads with the most events in a period");
  auto dyad_flags = std::make_shared<TopFlags>();
  AddTopFlags(dyads, dyad_flags.get());
  dyads->add_flag("--directed", dyad_flags->directed, "A>B and B>A apart (default: together)");
  dyads->add_option("--actor", dyad_flags->actor, "Only dyads with this actor: its partners");
  dyads->footer("Example: dyad query top-dyads --db news.db --quad 4");
  dyads->callback([dyad_flags] { SetExitCode(RunTopDyads(*dyad_flags)); });
}

// ---------------------------------------------------------------------------
// search, article, summary

struct SearchFlags : QueryFlags {
  std::vector<std::string> words;
  uint32_t limit = 20;
  uint64_t offset = 0;
};

int RunSearch(const SearchFlags& flags) {
  std::string query;
  for (const std::string& w : flags.words) {
    if (!query.empty()) query += ' ';
    query += w;
  }
  std::unique_ptr<Store> store = OpenStore(flags);
  if (store == nullptr) return 2;
  auto hits = store->SearchArticles(query, flags.limit, flags.offset);
  if (!hits.ok()) return StoreError(hits.status());
  if (flags.format == "json") {
    std::string text;
    for (const ArticleHit& h : *hits) {
      AppendArticleHitJson(h, &text);
      text += '\n';
    }
    return Emit(flags, text);
  }
  Table t({"id", "date", "title", "events", "snippet"});
  t.RightAlign(3);
  if (flags.format != "csv") {
    t.MaxWidth(0, 24);
    t.MaxWidth(2, 40);
    t.MaxWidth(4, 80);
  }
  for (const ArticleHit& h : *hits) {
    std::string snippet;
    size_t at = 0;
    for (auto [begin, end] : h.highlights) {
      Append(&snippet, std::string_view(h.snippet).substr(at, begin - at), "[",
                   std::string_view(h.snippet).substr(begin, end - begin), "]");
      at = end;
    }
    snippet += h.snippet.substr(at);
    t.Add({h.id, DateText(h.date), h.title, Num(h.events), snippet});
  }
  if (flags.format == "csv") return Emit(flags, t.Csv());
  std::string text = hits->empty() ? "no article matches\n" : t.Text();
  return Emit(flags, text);
}

struct ArticleFlags : QueryFlags {
  std::string id;
};

int RunArticle(const ArticleFlags& flags) {
  std::unique_ptr<Store> store = OpenStore(flags);
  if (store == nullptr) return 2;
  auto article = store->GetArticle(flags.id);
  if (!article.ok()) return StoreError(article.status());
  std::string text;
  if (flags.format == "json") {
    AppendStoredArticleJson(*article, &text);
    text += '\n';
  } else if (flags.format == "csv") {
    text = EventCsv(article->events).Csv();
  } else {
    Append(&text, "id:       ", article->id, "\ntitle:    ", article->title, "\ndate:     ",
                 DateText(article->date), "\nsource:   ", article->source, "\nurl:      ", article->url,
                 "\nmentions: ", article->mentions.size(), "\nevents:   ", article->events.size(), "\n\n");
    text += EventTable(article->events, false).Text();
  }
  return Emit(flags, text);
}

int RunSummary(const QueryFlags& flags) {
  std::unique_ptr<Store> store = OpenStore(flags);
  if (store == nullptr) return 2;
  auto s = store->Summary();
  if (!s.ok()) return StoreError(s.status());
  if (flags.format == "json") {
    std::string text;
    AppendStoreSummaryJson(*s, &text);
    text += '\n';
    return Emit(flags, text);
  }
  Table t({"articles", "events", "counted", "grouped", "mentions", "actors", "first", "last", "bytes"});
  t.Add({Num(s->articles), Num(s->events), Num(s->counted), Num(s->groups), Num(s->mentions), Num(s->actors),
         DateText(s->first), DateText(s->last), Num(s->bytes)});
  return Emit(flags, flags.format == "csv" ? t.Csv() : t.Text());
}

void RegisterText(CLI::App* query) {
  auto* search = query->add_subcommand("search", "Full-text search over the stored articles, best first");
  auto search_flags = std::make_shared<SearchFlags>();
  search->add_option("words", search_flags->words, "Words that must all occur; \"a phrase\"; word* a prefix; "
                                                   "OR between two")->required();
  AddQueryFlags(search, search_flags.get());
  search->add_option("-n,--limit", search_flags->limit, "How many (default 20)");
  search->add_option("--offset", search_flags->offset, "Hits to skip");
  search->footer("Example: dyad query search --db news.db uranium enrichment");
  search->callback([search_flags] { SetExitCode(RunSearch(*search_flags)); });

  auto* article = query->add_subcommand("article", "One article with its events and actor mentions");
  auto article_flags = std::make_shared<ArticleFlags>();
  article->add_option("id", article_flags->id, "The article's id")->required();
  AddQueryFlags(article, article_flags.get());
  article->footer("Example: dyad query article ex-01 --db news.db --format json");
  article->callback([article_flags] { SetExitCode(RunArticle(*article_flags)); });

  auto* summary = query->add_subcommand("summary", "What the store holds");
  auto summary_flags = std::make_shared<QueryFlags>();
  AddQueryFlags(summary, summary_flags.get());
  summary->callback([summary_flags] { SetExitCode(RunSummary(*summary_flags)); });
}

}  // namespace

void RegisterQuery(CLI::App& app) {
  auto* query = app.add_subcommand("query", "Ask a store: events, dyad series, top actors and dyads, search");
  query->require_subcommand(1);
  RegisterEvents(query);
  RegisterSeries(query);
  RegisterTop(query);
  RegisterText(query);
  query->footer("Each question has its own --help. Semantics: docs/store.md.\n"
                "Example: dyad query series USAGOV IRNGOV --db news.db --bucket month");
}

}  // namespace dyad::cli
