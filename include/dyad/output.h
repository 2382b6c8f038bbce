// dyad/output.h: writing dyad's records as JSON Lines, and events as rows
// of GDELT 2.0's event table (TSV or CSV).
//
//   std::string line;
//   dyad::AppendActorJson(article, analysis, mention, &line);
//   dyad::AppendEventRow(article, analysis, event, 0, dyad::TableFormat::kTsv, &line);
//   std::fwrite(line.data(), 1, line.size(), stdout);
//
// Field meanings are in docs/output.md. Strings are written as JSON with
// control characters escaped; text is passed through as UTF-8.
#ifndef DYAD_OUTPUT_H_
#define DYAD_OUTPUT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/actors.h"
#include "dyad/article.h"
#include "dyad/events.h"
#include "dyad/pipeline.h"

namespace dyad {

// Appends `s` as a quoted JSON string. Bytes that are not valid UTF-8 are
// written as U+FFFD, so the output is always valid JSON.
void AppendJsonString(std::string_view s, std::string* out);

// Small JSON values: a number with `decimals` places (never "-0.0"); a
// string, or null when it is empty; a YYYY-MM-DD date, or null.
void AppendJsonNumber(double v, int decimals, std::string* out);
void AppendJsonStringOrNull(std::string_view s, std::string* out);
void AppendJsonDateOrNull(const std::optional<Date>& d, std::string* out);

// Appends one `dyad actors` record and a newline:
// {"article":..., "sentence":..., "code":..., "country":..., "role":...,
//  "text":..., "span":[b,e], "kind":..., "entry":..., "dict":"FILE:LINE"}
void AppendActorJson(const Article& article, const Analysis& analysis,
                     const ActorMention& mention, std::string* out);

// Appends one event record (docs/output.md, "Events") and a newline.
// `ordinal` numbers the events of one sentence: the id is
// "ARTICLE:SENTENCE:ORDINAL".
void AppendEventJson(const Article& article, const Analysis& analysis, const Event& event,
                     uint32_t ordinal, std::string* out);

// The table formats of `dyad code --format`.
enum class TableFormat : uint8_t {
  kTsv,  // tab-separated, GDELT's own layout; tabs and line breaks in text become spaces
  kCsv,  // comma-separated, quoted as RFC 4180 says, lines ending in CR LF
};

// The 61 column names of GDELT 2.0's event table, in its order.
const std::vector<std::string_view>& EventTableColumns();

// Appends the header row (EventTableColumns()) and a line end.
void AppendEventTableHeader(TableFormat format, std::string* out);

// Appends one event as a row of GDELT 2.0's event table: the columns dyad
// fills are in docs/output.md, the others are left empty. The first column
// (GLOBALEVENTID) is dyad's event id "ARTICLE:SENTENCE:ORDINAL".
void AppendEventRow(const Article& article, const Analysis& analysis, const Event& event,
                    uint32_t ordinal, TableFormat format, std::string* out);

// True when `s` is valid UTF-8.
bool IsValidUtf8(std::string_view s);

}  // namespace dyad

#endif  // DYAD_OUTPUT_H_
