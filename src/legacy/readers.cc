// The legacy dictionary readers. Each turns one file into the plain records
// of dyad::legacy::Dictionary, reporting every bad line, every repaired quirk
// and every construct that is read but has no dyad equivalent.
//
// Actors (TABARI .actors, PETRARCH/Phoenix *.actors.txt):
//
//   ARNOR  [ARN]                       primary phrase and code
//   ALBRIGHT [USAGOV 991201-010114] [---]   dated codes, then the default
//   GOLLUM                             a primary phrase ...
//   +SMEAGOL                           ... its synonyms ...
//   	[HOB <950601]                     ... and its codes on indented lines
//   <NOUN> ... </NOUN>                 TABARI part-of-speech lists
//
// Agents: "FOREIGN_MINISTER_ [~GOVFRM]", "HUMAN_RIGHTS_BODY [NGO~]",
// PETRARCH plurals "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]" and
// substitution sets "!PERSON! = MAN, MEN, WOMAN".
//
// Verbs: TABARI roots ("ABANDON [---]", "{ BROKE_ BROKEN_ }", "- * TREATY
// [161]") with <SYNSETS> and <TIME> sections; PETRARCH blocks ("--- ABANDON
// [080] ---", verb lines, "- pattern [code]", "&SYNSET"/"+member", "~"
// transformations).
//
// Discards ("+TYPHOON", "BASEBALL"), issues ("<ISSUE ...>", "n:school
// [SCHOOLS]"), TABARI options ("LABEL: 010=YIELD") and the files that name
// other files (TABARI .project, PETRARCH PETR_config.ini) complete the set.
#include <algorithm>

#include "legacy/common.h"
#include "util/strings.h"

namespace dyad::legacy {
namespace {

CommentStyle StyleOf(Format format) {
  return format == Format::kTabari ? CommentStyle::kTabari : CommentStyle::kPetrarch;
}

std::string_view Trim(std::string_view s) { return util::Strip(s); }

// Checks a phrase and removes stray brackets, reporting what was repaired.
std::string CleanPhrase(std::string_view phrase, uint32_t line, const Reporter& report) {
  std::string out;
  for (char c : phrase) {
    if (c == '[' || c == ']') continue;
    out.push_back(c);
  }
  if (out.size() != phrase.size())
    report(line, util::Cat("stray bracket in phrase \"", phrase, "\" (removed)"));
  return Squeeze(out);
}

// Reads the code blocks of a line into `codes`; reports problems and notes.
void ReadCodes(const Bracketed& b, uint32_t line, const Reporter& report,
               std::vector<DatedCode>* codes) {
  for (std::string_view inside : b.blocks) {
    DatedCode code;
    std::vector<std::string> notes;
    std::string error;
    if (!ParseCodeBlock(inside, &code, &notes, &error)) {
      report(line, util::Cat(error, "; code block skipped"));
      continue;
    }
    for (std::string& n : notes) report(line, util::Cat("note: ", n));
    code.where = report.At(line);
    codes->push_back(std::move(code));
  }
  if (b.unclosed) report(line, "\"[\" without \"]\" (read to the end of the line)");
}

// Checks an actor's codes: one default, which TABARI wants last (PETRARCH
// writes it on the phrase's line, before the dated ones).
void CheckCodes(Actor* actor, bool tabari, const Reporter& report) {
  int defaults = 0;
  for (const DatedCode& c : actor->codes) defaults += c.dated ? 0 : 1;
  if (defaults > 1) {
    report(actor->where.line,
           util::Cat("actor has ", defaults, " codes without a date; the first is the default"));
  }
  // A default written before dated codes still acts as the default.
  if (!tabari) return;
  bool seen_default = false;
  for (const DatedCode& c : actor->codes) {
    if (!c.dated) seen_default = true;
    else if (seen_default) {
      report(c.where.line, "note: dated code after the default code (the default is still used last)");
      break;
    }
  }
}

void ReadActors(Format format, std::string_view text, const Reporter& report) {
  Dictionary& dict = *report.dict();
  enum class Section { kActors, kNoun, kAdjective } section = Section::kActors;
  Actor* current = nullptr;
  auto finish = [&] {
    if (current == nullptr) return;
    if (current->codes.empty()) report(current->where.line, "actor has no code (ignored)");
    else CheckCodes(current, format == Format::kTabari, report);
    current = nullptr;
  };
  for (const Line& line : ReadLines(text, StyleOf(format))) {
    const std::string_view body = Trim(line.text);
    const std::string upper = Upper(body);
    if (upper == "<NOUN>" || upper == "<NOUNS>") {
      finish();
      section = Section::kNoun;
      continue;
    }
    if (upper == "<ADJECTIVE>" || upper == "<ADJECTIVES>" || upper == "<ADJ>") {
      finish();
      section = Section::kAdjective;
      continue;
    }
    if (upper == "</NOUN>" || upper == "</NOUNS>" || upper == "</ADJECTIVE>" ||
        upper == "</ADJECTIVES>" || upper == "</ADJ>") {
      section = Section::kActors;
      continue;
    }
    if (section != Section::kActors) {
      Bracketed b = SplitBrackets(body);
      if (!b.blocks.empty()) report(line.number, "code in a <NOUN>/<ADJECTIVE> list (ignored)");
      Phrase p{CleanPhrase(b.phrase, line.number, report), report.At(line.number)};
      (section == Section::kNoun ? dict.nouns : dict.adjectives).push_back(std::move(p));
      continue;
    }
    if (body[0] == '<') {
      report(line.number, util::Cat("unknown section \"", body, "\" (ignored)"));
      continue;
    }
    Bracketed b = SplitBrackets(body);
    if (!b.rest.empty())
      report(line.number, util::Cat("text after the code: \"", b.rest, "\" (ignored)"));
    if (line.indented && b.phrase.empty()) {
      // A date-restriction line of the current actor.
      if (current == nullptr) {
        report(line.number, "code line before any actor (ignored)");
        continue;
      }
      if (b.blocks.empty()) {
        report(line.number, "indented line without a code block (ignored)");
        continue;
      }
      ReadCodes(b, line.number, report, &current->codes);
      continue;
    }
    if (body[0] == '+') {
      if (current == nullptr) {
        report(line.number, util::Cat("synonym \"", body, "\" before any actor (ignored)"));
        continue;
      }
      std::string phrase = CleanPhrase(b.phrase.substr(1), line.number, report);
      if (phrase.empty()) {
        report(line.number, "empty synonym (ignored)");
        continue;
      }
      current->names.push_back(Phrase{std::move(phrase), report.At(line.number)});
      if (!b.blocks.empty()) ReadCodes(b, line.number, report, &current->codes);
      continue;
    }
    if (b.blocks.empty() && b.phrase.empty()) continue;
    finish();
    std::string phrase = CleanPhrase(b.phrase, line.number, report);
    if (phrase.empty()) {
      report(line.number, "code without a phrase (ignored)");
      continue;
    }
    if (line.indented) report(line.number, "note: indented actor phrase read as a new actor");
    dict.actors.emplace_back();
    current = &dict.actors.back();
    current->where = report.At(line.number);
    current->names.push_back(Phrase{std::move(phrase), report.At(line.number)});
    ReadCodes(b, line.number, report, &current->codes);
  }
  finish();
}

// "!PERSON! = MAN, MEN" sets and their use in phrases.
using SubstitutionSets = std::vector<std::pair<std::string, std::vector<std::string>>>;

std::vector<std::string> Substitute(const std::string& phrase, const SubstitutionSets& sets) {
  std::vector<std::string> out{phrase};
  for (const auto& [marker, values] : sets) {
    std::vector<std::string> next;
    for (const std::string& p : out) {
      const size_t at = p.find(marker);
      if (at == std::string::npos) {
        next.push_back(p);
        continue;
      }
      for (const std::string& v : values) {
        std::string s = p;
        s.replace(at, marker.size(), v);
        next.push_back(std::move(s));
      }
    }
    out = std::move(next);
  }
  return out;
}

void ReadAgents(Format format, std::string_view text, const Reporter& report) {
  Dictionary& dict = *report.dict();
  SubstitutionSets sets;
  for (const Line& line : ReadLines(text, StyleOf(format))) {
    std::string_view body = Trim(line.text);
    if (body[0] == '!' && body.find('=') != std::string_view::npos && body.find('[') == std::string_view::npos) {
      const size_t eq = body.find('=');
      const std::string marker(Trim(body.substr(0, eq)));
      if (marker.size() < 3 || marker.back() != '!') {
        report(line.number, util::Cat("bad substitution set name \"", marker, "\" (want !NAME!)"));
        continue;
      }
      std::vector<std::string> values;
      for (std::string_view v : util::Split(body.substr(eq + 1), ',')) {
        std::string value = Squeeze(v);
        if (!value.empty()) values.push_back(Upper(value));
      }
      if (values.empty()) {
        report(line.number, util::Cat("substitution set ", marker, " has no values"));
        continue;
      }
      sets.emplace_back(marker, std::move(values));
      continue;
    }
    Bracketed b = SplitBrackets(body);
    if (b.blocks.empty()) {
      report(line.number, util::Cat("agent without a code: \"", body, "\" (ignored)"));
      continue;
    }
    if (b.unclosed) report(line.number, "\"[\" without \"]\" (read to the end of the line)");
    if (b.blocks.size() > 1) report(line.number, "agent with more than one code block; the first is used");
    if (!b.rest.empty()) report(line.number, util::Cat("text after the code: \"", b.rest, "\" (ignored)"));
    std::string_view phrase = b.phrase;
    Agent agent;
    // Plurals in {...} before the code.
    if (const size_t open = phrase.find('{'); open != std::string_view::npos) {
      const size_t close = phrase.find('}', open);
      if (close == std::string_view::npos) {
        report(line.number, "\"{\" without \"}\" in an agent (plurals ignored)");
      } else {
        agent.plurals_given = true;
        for (std::string_view w : util::Split(phrase.substr(open + 1, close - open - 1), ' ', true))
          if (!Trim(w).empty()) agent.plurals.emplace_back(Trim(w));
      }
      phrase = Trim(phrase.substr(0, open));
    }
    std::string code = Squeeze(b.blocks[0]);
    if (code != Trim(b.blocks[0]) || code != b.blocks[0])
      report(line.number, util::Cat("note: spaces inside brackets: [", b.blocks[0], "]"));
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    if (code.empty() || code.find('~') == std::string::npos) {
      report(line.number, util::Cat("agent code \"", code, "\" has no ~ (ignored)"));
      continue;
    }
    if (code.front() == '~') {
      code.erase(0, 1);
    } else if (code.back() == '~') {
      agent.prefix = true;
      code.pop_back();
    } else {
      report(line.number, util::Cat("agent code \"", code, "\": ~ must start or end it (ignored)"));
      continue;
    }
    const std::string upper = Upper(code);
    if (upper != code) {
      report(line.number, util::Cat("note: lower-case code \"", code, "\" read as \"", upper, "\""));
      code = upper;
    }
    if (!IsPlainCode(code)) {
      report(line.number, util::Cat("bad agent code \"", code, "\" (ignored)"));
      continue;
    }
    std::string cleaned = CleanPhrase(phrase, line.number, report);
    if (cleaned.empty()) {
      report(line.number, "agent code without a phrase (ignored)");
      continue;
    }
    if (cleaned.find('!') != std::string::npos) {
      std::vector<std::string> expanded = Substitute(cleaned, sets);
      bool unknown = false;
      for (const std::string& e : expanded) unknown |= e.find('!') != std::string::npos;
      if (unknown) {
        report(line.number, util::Cat("undefined substitution set in \"", cleaned, "\" (ignored)"));
        continue;
      }
      for (std::string& e : expanded) {
        Agent copy = agent;
        copy.phrase = Phrase{std::move(e), report.At(line.number)};
        copy.code = code;
        copy.where = report.At(line.number);
        copy.plurals_given = true;  // substituted forms get no further plural
        dict.agents.push_back(std::move(copy));
      }
      continue;
    }
    agent.phrase = Phrase{std::move(cleaned), report.At(line.number)};
    agent.code = std::move(code);
    agent.where = report.At(line.number);
    dict.agents.push_back(std::move(agent));
  }
}

// Reads "PATTERN [CODE] rest" after the leading "-".
bool ReadPattern(std::string_view body, uint32_t line, const Reporter& report, VerbPattern* out) {
  std::string_view text = Trim(body.substr(1));
  const size_t open = text.rfind('[');
  if (open == std::string_view::npos) {
    report(line, util::Cat("pattern without a code: \"", body, "\" (ignored)"));
    return false;
  }
  const size_t close = text.find(']', open);
  std::string code(Trim(text.substr(open + 1, close == std::string_view::npos ? text.npos : close - open - 1)));
  if (close == std::string_view::npos) report(line, "\"[\" without \"]\" (read to the end of the line)");
  else if (!Trim(text.substr(close + 1)).empty())
    report(line, util::Cat("text after the code: \"", Trim(text.substr(close + 1)), "\" (ignored)"));
  if (code.find(' ') != std::string::npos) {
    report(line, util::Cat("note: spaces inside brackets: [", code, "]"));
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
  }
  std::string_view pattern = Trim(text.substr(0, open));
  if (pattern.empty()) {
    report(line, "empty pattern (ignored)");
    return false;
  }
  out->text = std::string(pattern);
  out->code = code;
  out->where = report.At(line);
  return true;
}

// Checks a verb or pattern code: "042", "032:033", ":173", "031!", "---".
bool CheckEventCode(std::string* code, uint32_t line, const Reporter& report) {
  if (code->empty()) {
    report(line, "empty code [] (ignored)");
    return false;
  }
  if (*code == "- - -") *code = "---";
  if (IsSpecialCode(*code)) return true;
  std::string upper = Upper(*code);
  if (upper != *code) {
    report(line, util::Cat("note: lower-case code \"", *code, "\" read as \"", upper, "\""));
    *code = upper;
  }
  if (std::count(code->begin(), code->end(), ':') > 1) {
    report(line, util::Cat("bad event code \"", *code, "\" (one : at most)"));
    return false;
  }
  for (std::string_view part : util::Split(*code, ':')) {
    std::string_view p = part;
    if (!p.empty() && (p.back() == '!' || p.back() == '?')) p.remove_suffix(1);  // TABARI dominant, subordinate
    if (p.empty() || IsSpecialCode(p)) continue;
    if (!IsPlainCode(p)) {
      report(line, util::Cat("bad event code \"", *code, "\" (ignored)"));
      return false;
    }
  }
  return true;
}

// A verb line: "WORD {FORMS} [CODE]" (PETRARCH) or a TABARI root "ROOT [CODE]".
bool ReadVerbForm(std::string_view body, uint32_t line, const Reporter& report, VerbForm* form) {
  std::string_view text = body;
  std::string code;
  if (const size_t open = text.find('['); open != std::string_view::npos) {
    const size_t close = text.find(']', open);
    code = std::string(Trim(text.substr(open + 1, close == std::string_view::npos ? text.npos : close - open - 1)));
    if (close == std::string_view::npos) report(line, "\"[\" without \"]\" (read to the end of the line)");
    else if (!Trim(text.substr(close + 1)).empty())
      report(line, util::Cat("text after the code: \"", Trim(text.substr(close + 1)), "\" (ignored)"));
    text = Trim(text.substr(0, open));
    if (!CheckEventCode(&code, line, report)) code.clear();
  }
  if (const size_t open = text.find('{'); open != std::string_view::npos) {
    const size_t close = text.find('}', open);
    if (close == std::string_view::npos) {
      report(line, "\"{\" without \"}\" (forms ignored)");
    } else {
      for (std::string_view w : util::Split(text.substr(open + 1, close - open - 1), ' ', true))
        if (!Trim(w).empty()) form->irregular.emplace_back(Trim(w));
    }
    text = Trim(text.substr(0, open));
  }
  if (text.empty()) {
    report(line, "verb line without a verb (ignored)");
    return false;
  }
  form->text = Squeeze(text);
  form->code = code;
  form->where = report.At(line);
  return true;
}

void ReadTabariVerbs(std::string_view text, const Reporter& report) {
  Dictionary& dict = *report.dict();
  enum class Section { kVerbs, kSynsets, kTime, kNoun, kAdjective } section = Section::kVerbs;
  Verb* verb = nullptr;
  Synset* synset = nullptr;
  for (const Line& line : ReadLines(text, CommentStyle::kTabari)) {
    const std::string_view body = Trim(line.text);
    const std::string upper = Upper(body);
    if (body[0] == '<') {
      if (upper == "<SYNSETS>" || upper == "<SYNSET>") section = Section::kSynsets;
      else if (upper == "<TIME>") section = Section::kTime;
      else if (upper == "<NOUN>" || upper == "<NOUNS>") section = Section::kNoun;
      else if (upper == "<ADJECTIVE>" || upper == "<ADJECTIVES>") section = Section::kAdjective;
      else if (upper[1] == '/') section = Section::kVerbs;
      else report(line.number, util::Cat("unknown section \"", body, "\" (ignored)"));
      synset = nullptr;
      continue;
    }
    switch (section) {
      case Section::kSynsets:
        if (body[0] == '&') {
          dict.synsets.emplace_back();
          synset = &dict.synsets.back();
          std::string name = Squeeze(body);
          if (name.size() > 1 && name.back() == '_') {
            synset->no_plurals = true;
            name.pop_back();
          }
          synset->name = Upper(name);
          synset->where = report.At(line.number);
        } else if (body[0] == '+' && synset != nullptr) {
          synset->members.push_back(Phrase{Squeeze(body.substr(1)), report.At(line.number)});
        } else {
          report(line.number, util::Cat("line in <SYNSETS> is neither &SET nor +member: \"", body, "\""));
        }
        continue;
      case Section::kTime:
        dict.time_shifts.push_back(Kept{std::string(body), report.At(line.number)});
        report(line.number, "unsupported: <TIME> shift (read, not converted)");
        continue;
      case Section::kNoun:
        dict.nouns.push_back(Phrase{Squeeze(body), report.At(line.number)});
        continue;
      case Section::kAdjective:
        dict.adjectives.push_back(Phrase{Squeeze(body), report.At(line.number)});
        continue;
      case Section::kVerbs:
        break;
    }
    if (body[0] == '-') {
      if (verb == nullptr) {
        report(line.number, "pattern before any verb (ignored)");
        continue;
      }
      VerbPattern p;
      if (!ReadPattern(body, line.number, report, &p)) continue;
      if (p.text.find('*') == std::string::npos) {
        report(line.number, util::Cat("pattern without the verb marker *: \"", p.text, "\" (ignored)"));
        continue;
      }
      if (!CheckEventCode(&p.code, line.number, report)) continue;
      verb->patterns.push_back(std::move(p));
      continue;
    }
    if (body[0] == '{') {
      if (verb == nullptr || verb->forms.empty()) {
        report(line.number, "verb forms before any verb (ignored)");
        continue;
      }
      const size_t close = body.find('}');
      if (close == std::string_view::npos) report(line.number, "\"{\" without \"}\" (read to the end of the line)");
      for (std::string_view w : util::Split(body.substr(1, close == std::string_view::npos ? body.npos : close - 1), ' ', true))
        if (!Trim(w).empty()) verb->forms.back().irregular.emplace_back(Trim(w));
      continue;
    }
    VerbForm form;
    if (!ReadVerbForm(body, line.number, report, &form)) continue;
    if (form.code.empty()) {
      report(line.number, util::Cat("verb \"", form.text, "\" without a code; read as [---]"));
      form.code = "---";
    }
    dict.verbs.emplace_back();
    verb = &dict.verbs.back();
    verb->name = form.text;
    verb->code = form.code;
    verb->where = form.where;
    verb->forms.push_back(std::move(form));
  }
}

void ReadPetrarchVerbs(Format format, std::string_view text, const Reporter& report) {
  Dictionary& dict = *report.dict();
  Verb* block = nullptr;
  Synset* synset = nullptr;
  for (const Line& line : ReadLines(text, CommentStyle::kPetrarch)) {
    const std::string_view body = Trim(line.text);
    if (body.rfind("---", 0) == 0) {
      synset = nullptr;
      // "--- NAME [CODE] ---", also with the closing dashes glued: "[110]---".
      std::string_view inner = Trim(body.substr(3));
      const size_t open = inner.find('[');
      const size_t close = inner.find(']', open == std::string_view::npos ? 0 : open);
      dict.verbs.emplace_back();
      block = &dict.verbs.back();
      block->where = report.At(line.number);
      std::string_view name = inner.substr(0, open);
      while (!name.empty() && (name.back() == '-' || name.back() == ' ')) name.remove_suffix(1);
      block->name = Squeeze(name);
      if (open == std::string_view::npos || close == std::string_view::npos) {
        report(line.number, "block header without a [code]; read as [---]");
        block->code = "---";
      } else {
        block->code = std::string(Trim(inner.substr(open + 1, close - open - 1)));
        if (!CheckEventCode(&block->code, line.number, report)) block->code = "---";
        const std::string_view after = Trim(inner.substr(close + 1));
        if (!after.empty() && after[0] != '-')
          report(line.number, util::Cat("text after the block code: \"", after, "\" (ignored)"));
        else if (!after.empty() && inner[close + 1] == '-')
          report(line.number, "note: dashes glued to the block code");
      }
      continue;
    }
    if (body[0] == '-') {
      if (block == nullptr) {
        report(line.number, "pattern before any verb block (ignored)");
        continue;
      }
      VerbPattern p;
      if (!ReadPattern(body, line.number, report, &p)) continue;
      if (p.text.find('*') == std::string::npos) {
        report(line.number, util::Cat("pattern without the verb marker *: \"", p.text, "\" (ignored)"));
        continue;
      }
      if (!CheckEventCode(&p.code, line.number, report)) continue;
      if (format == Format::kPetrarch1 &&
          (p.text.find('(') != std::string::npos || p.text.find('{') != std::string::npos))
        report(line.number, "note: PETRARCH-2 phrase groups in a PETRARCH-1 pattern");
      block->patterns.push_back(std::move(p));
      continue;
    }
    if (body[0] == '&') {
      dict.synsets.emplace_back();
      synset = &dict.synsets.back();
      std::string name = Squeeze(body);
      if (name.find(' ') != std::string::npos) {
        report(line.number, util::Cat("text after the synset name: \"", name.substr(name.find(' ') + 1), "\" (ignored)"));
        name.resize(name.find(' '));
      }
      if (name.size() > 1 && name.back() == '_') {
        synset->no_plurals = true;
        name.pop_back();
      }
      synset->name = Upper(name);
      synset->where = report.At(line.number);
      continue;
    }
    if (body[0] == '+' && synset != nullptr) {
      synset->members.push_back(Phrase{Squeeze(body.substr(1)), report.At(line.number)});
      continue;
    }
    synset = nullptr;
    if (body[0] == '~') {
      dict.transformations.push_back(Kept{std::string(body), report.At(line.number)});
      report(line.number, "unsupported: ~ transformation (read, not converted)");
      continue;
    }
    if (block == nullptr) {
      report(line.number, util::Cat("verb \"", body, "\" before any block (ignored)"));
      continue;
    }
    VerbForm form;
    if (!ReadVerbForm(body, line.number, report, &form)) continue;
    block->forms.push_back(std::move(form));
  }
}

// dyad's own discard list (written by `dyad dict convert`): "sentence
// PHRASE" or "story PHRASE", "#" comments.
void ReadDyadDiscards(std::string_view text, const Reporter& report) {
  Dictionary& dict = *report.dict();
  uint32_t number = 0;
  for (std::string_view raw : util::Split(text, '\n')) {
    ++number;
    std::string_view body = Trim(raw.substr(0, raw.find('#')));
    if (body.empty()) continue;
    const size_t space = body.find(' ');
    const std::string_view kind = body.substr(0, space);
    const std::string_view phrase = space == std::string_view::npos ? "" : Trim(body.substr(space));
    if ((kind != "sentence" && kind != "story") || phrase.empty()) {
      report(number, util::Cat("want \"sentence PHRASE\" or \"story PHRASE\": \"", body, "\""));
      continue;
    }
    dict.discards.push_back(Discard{std::string(phrase), kind == "story", false, report.At(number)});
  }
}

void ReadDiscards(std::string_view text, const Reporter& report) {
  Dictionary& dict = *report.dict();
  for (const Line& line : ReadLines(text, CommentStyle::kPetrarch)) {
    std::string_view body = Trim(line.text);
    Discard d;
    if (body[0] == '+') {
      d.story = true;
      body = Trim(body.substr(1));
    }
    if (body.find('[') != std::string_view::npos) {
      report(line.number, "note: code in a discard list (ignored)");
      body = Trim(body.substr(0, body.find('[')));
    }
    if (body.empty()) {
      report(line.number, "empty discard phrase (ignored)");
      continue;
    }
    d.text = Squeeze(body);
    d.where = report.At(line.number);
    dict.discards.push_back(std::move(d));
  }
}

void ReadIssues(std::string_view text, const Reporter& report) {
  Dictionary& dict = *report.dict();
  bool in_issue = false;
  for (const Line& line : ReadLines(text, CommentStyle::kPetrarch)) {
    const std::string_view body = Trim(line.text);
    const std::string upper = Upper(body);
    if (upper.rfind("<ISSUE", 0) == 0) {
      if (in_issue) report(line.number, "<ISSUE> inside an <ISSUE> block");
      in_issue = true;
      continue;
    }
    if (upper.rfind("</ISSUE", 0) == 0) {
      if (!in_issue) report(line.number, "</ISSUE> without <ISSUE>");
      in_issue = false;
      continue;
    }
    if (!in_issue) report(line.number, "issue line outside an <ISSUE> block");
    if (body[0] != '~' && body.find('[') == std::string_view::npos)
      report(line.number, util::Cat("issue phrase without a [CODE]: \"", body, "\""));
    dict.issues.push_back(Kept{std::string(body), report.At(line.number)});
  }
}

void ReadOptions(std::string_view text, const Reporter& report) {
  Dictionary& dict = *report.dict();
  for (const Line& line : ReadLines(text, CommentStyle::kTabari)) {
    const std::string_view body = Trim(line.text);
    const size_t colon = body.find(':');
    if (colon == std::string_view::npos) {
      report(line.number, util::Cat("option line without a COMMAND: \"", body, "\" (ignored)"));
      continue;
    }
    const std::string command = Upper(Trim(body.substr(0, colon)));
    const std::string_view rest = Trim(body.substr(colon + 1));
    if (command == "LABEL") {
      const size_t eq = rest.find('=');
      if (eq == std::string_view::npos) {
        report(line.number, util::Cat("LABEL without =: \"", rest, "\""));
        continue;
      }
      dict.labels.emplace_back(Upper(Trim(rest.substr(0, eq))), std::string(Trim(rest.substr(eq + 1))));
      continue;
    }
    static constexpr std::string_view kKnown[] = {"COMPLEX", "SET", "FORWARD", "OUTPUT", "DEFAULT",
                                                  "COMMA", "NONEVENTS", "ISSUES", "FREQUENCY"};
    if (std::find(std::begin(kKnown), std::end(kKnown), command) == std::end(kKnown))
      report(line.number, util::Cat("unknown option command \"", command, "\""));
    dict.options.push_back(Kept{std::string(body), report.At(line.number)});
  }
}

}  // namespace

void ReadText(Format format, FileKind kind, const std::string& name, std::string_view text,
              Dictionary* dict, const ProblemSink& problems) {
  dict->files.push_back(name);
  dict->file_formats.push_back(format);
  const Reporter report(dict, static_cast<uint32_t>(dict->files.size() - 1), problems);
  switch (kind) {
    case FileKind::kActors: ReadActors(format, text, report); break;
    case FileKind::kAgents: ReadAgents(format, text, report); break;
    case FileKind::kVerbs:
      if (format == Format::kTabari) ReadTabariVerbs(text, report);
      else ReadPetrarchVerbs(format, text, report);
      break;
    case FileKind::kOptions: ReadOptions(text, report); break;
    case FileKind::kDiscards:
      if (format == Format::kDyad) ReadDyadDiscards(text, report);
      else ReadDiscards(text, report);
      break;
    case FileKind::kIssues: ReadIssues(text, report); break;
    case FileKind::kProject:
    case FileKind::kConfig:
    case FileKind::kUnknown:
      report(0, util::Cat("not a dictionary file (", FileKindName(kind), ")"));
      break;
  }
}

}  // namespace dyad::legacy
