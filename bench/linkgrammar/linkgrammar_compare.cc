// Compares dyad's tagger and chunker with the link-grammar parser (English
// dictionary of the Debian package), for docs/tagging.md:
//
//   1. speed: the first N sentences of the Wikinews corpus, split by
//      dyad::Tokenize; link-grammar parses each (one linkage, a per-sentence
//      time limit, and a second pass allowing skipped words when the first
//      finds no complete linkage) and dyad tokenizes, tags and chunks the
//      same sentences;
//   2. agreement with the gold tags of the PETRARCH unit-test parse trees,
//      on coarse classes (noun, verb, adjective, adverb), since
//      link-grammar marks words with subscripts (.n .v .a .e), not
//      treebank tags.
//
//   linkgrammar_compare [--sentences N] [--seconds S] [--corpus FILE]
//                       [--petrarch FILE] [--data DIR]
// Paths default to $DYAD_SHARED_DIR/corpus/wikinews-politics-2004-2009.jsonl,
// $DYAD_SHARED_DIR/peers/petrarch2/PETR.UnitTest.records.xml and
// $DYAD_DATA_DIR (else "data").
#include <link-grammar/link-includes.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/tagger.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string EnvOr(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? v : fallback;
}

// The "text" string of a JSON Lines record (enough JSON for the corpus).
std::string TextField(const std::string& line) {
  const size_t key = line.find("\"text\"");
  if (key == std::string::npos) return {};
  size_t i = line.find('"', line.find(':', key) + 1);
  if (i == std::string::npos) return {};
  std::string out;
  for (++i; i < line.size() && line[i] != '"'; ++i) {
    if (line[i] != '\\' || i + 1 >= line.size()) {
      out.push_back(line[i]);
      continue;
    }
    const char e = line[++i];
    if (e == 'u' && i + 4 < line.size()) {
      const unsigned cp = static_cast<unsigned>(std::strtoul(line.substr(i + 1, 4).c_str(), nullptr, 16));
      i += 4;
      if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
      } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      } else {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      }
    } else {
      out.push_back(e == 'n' || e == 't' || e == 'r' ? ' ' : e);
    }
  }
  return out;
}

// Coarse classes: 'N' noun, 'V' verb, 'J' adjective, 'R' adverb, 0 other.
char CoarseOfTag(const std::string& tag) {
  if (tag.rfind("NN", 0) == 0) return 'N';
  if (tag.rfind("VB", 0) == 0) return 'V';
  if (tag.rfind("JJ", 0) == 0) return 'J';
  if (tag.rfind("RB", 0) == 0) return 'R';
  return 0;
}

// A link-grammar word "fired.v-d" -> base "fired", class 'V'; "Arnor[!]"
// -> "Arnor", 0; "missiles.n" -> 'N'.
char CoarseOfLinkWord(const std::string& word, std::string* base) {
  std::string w = word;
  const size_t bracket = w.find('[');
  std::string suffix;
  if (bracket != std::string::npos) {
    const size_t close = w.find(']', bracket);
    suffix = close == std::string::npos ? "" : w.substr(close + 1);
    w = w.substr(0, bracket);
  } else {
    const size_t dot = w.rfind('.');
    if (dot != std::string::npos && dot > 0 && dot + 1 < w.size()) {
      suffix = w.substr(dot);
      w = w.substr(0, dot);
    }
  }
  *base = w;
  if (suffix.size() < 2 || suffix[0] != '.') return 0;
  switch (suffix[1]) {
    case 'n': case 'p': case 's': return 'N';
    case 'v': case 'q': case 'g': case 'w': return 'V';
    case 'a': return 'J';
    case 'e': return 'R';
    default: return 0;
  }
}

struct GoldSentence {
  std::string text;
  std::vector<std::string> words;
  std::vector<std::string> tags;
};

std::vector<GoldSentence> ReadPetrarch(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  std::vector<GoldSentence> out;
  size_t pos = 0;
  while ((pos = xml.find("<Parse>", pos)) != std::string::npos) {
    const size_t end = xml.find("</Parse>", pos);
    if (end == std::string::npos) break;
    const std::string tree = xml.substr(pos, end - pos);
    pos = end;
    GoldSentence s;
    for (size_t i = 0; i < tree.size(); ++i) {
      if (tree[i] != '(') continue;
      const size_t space = tree.find(' ', i);
      const size_t close = tree.find(')', i);
      const size_t open = tree.find('(', i + 1);
      if (space == std::string::npos || close == std::string::npos || close < space) continue;
      if (open != std::string::npos && open < close) continue;
      std::string word = tree.substr(space + 1, close - space - 1);
      if (word == "&amp;") word = "&";
      if (word == "-LRB-") word = "(";
      if (word == "-RRB-") word = ")";
      if (word == "``" || word == "''") word = "\"";
      s.tags.push_back(tree.substr(i + 1, space - i - 1));
      s.words.push_back(word);
      s.text += (s.text.empty() ? "" : " ") + word;
    }
    if (!s.words.empty()) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = EnvOr("DYAD_SHARED_DIR", "../shared");
  std::string corpus_path = shared + "/corpus/wikinews-politics-2004-2009.jsonl";
  std::string petrarch_path = shared + "/peers/petrarch2/PETR.UnitTest.records.xml";
  std::string data_dir = EnvOr("DYAD_DATA_DIR", "data");
  int max_sentences = 500;
  int seconds = 2;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--sentences") max_sentences = std::atoi(argv[i + 1]);
    else if (flag == "--seconds") seconds = std::atoi(argv[i + 1]);
    else if (flag == "--corpus") corpus_path = argv[i + 1];
    else if (flag == "--petrarch") petrarch_path = argv[i + 1];
    else if (flag == "--data") data_dir = argv[i + 1];
    else {
      std::fprintf(stderr, "unknown flag %s\n", flag.c_str());
      return 2;
    }
  }

  auto start = Clock::now();
  auto tagger = dyad::Tagger::Load(data_dir);
  if (!tagger.ok()) {
    std::fprintf(stderr, "dyad: %s\n", std::string(tagger.status().message()).c_str());
    return 1;
  }
  const double dyad_load = Seconds(start);
  start = Clock::now();
  Dictionary dict = dictionary_create_lang("en");
  if (dict == nullptr) {
    std::fprintf(stderr, "link-grammar: no English dictionary\n");
    return 1;
  }
  const double lg_load = Seconds(start);
  Parse_Options opts = parse_options_create();
  parse_options_set_verbosity(opts, 0);
  parse_options_set_linkage_limit(opts, 1);
  parse_options_set_max_parse_time(opts, seconds);

  // 1. Speed on corpus sentences.
  std::vector<std::string> sentences;
  {
    std::ifstream in(corpus_path);
    std::string line;
    dyad::Document doc;
    while (static_cast<int>(sentences.size()) < max_sentences && std::getline(in, line)) {
      const std::string text = TextField(line);
      dyad::Tokenize(text, &doc);
      for (const dyad::Sentence& s : doc.sentences) {
        if (static_cast<int>(sentences.size()) >= max_sentences) break;
        if (s.token_end > s.token_begin) sentences.emplace_back(doc.Slice(s.token_begin, s.token_end));
      }
    }
  }
  if (sentences.empty()) {
    std::fprintf(stderr, "no sentences from %s\n", corpus_path.c_str());
    return 1;
  }
  size_t tokens = 0;
  start = Clock::now();
  dyad::Document doc;
  for (int repeat = 0; repeat < 20; ++repeat) {
    for (const std::string& s : sentences) {
      dyad::Tokenize(s, &doc);
      (*tagger)->Tag(&doc);
      if (repeat == 0) tokens += doc.tokens.size();
    }
  }
  const double dyad_seconds = Seconds(start) / 20;
  int parsed = 0, timed_out = 0;
  start = Clock::now();
  for (const std::string& s : sentences) {
    Sentence sent = sentence_create(s.c_str(), dict);
    if (sent == nullptr) continue;
    parse_options_set_min_null_count(opts, 0);
    parse_options_set_max_null_count(opts, 0);
    int found = sentence_parse(sent, opts);
    if (found == 0 && !parse_options_timer_expired(opts)) {
      // Allow words left out of the linkage, as link-grammar's own parser does.
      parse_options_set_min_null_count(opts, 1);
      parse_options_set_max_null_count(opts, sentence_length(sent));
      found = sentence_parse(sent, opts);
    }
    if (found > 0) {
      Linkage linkage = linkage_create(0, sent, opts);
      if (linkage != nullptr) {
        ++parsed;
        linkage_delete(linkage);
      }
    }
    if (parse_options_timer_expired(opts)) ++timed_out;
    sentence_delete(sent);
  }
  const double lg_seconds = Seconds(start);
  std::printf("sentences: %zu (%zu tokens) from %s\n", sentences.size(), tokens, corpus_path.c_str());
  std::printf("load: dyad tagger %.3f s, link-grammar dictionary %.3f s\n", dyad_load, lg_load);
  std::printf("dyad tokenize+tag+chunk: %.4f s, %.0f sentences/s\n", dyad_seconds,
              sentences.size() / dyad_seconds);
  std::printf("link-grammar parse (1 linkage, %d s limit): %.2f s, %.1f sentences/s; %d with a linkage, "
              "%d timed out\n",
              seconds, lg_seconds, sentences.size() / lg_seconds, parsed, timed_out);
  std::printf("speed ratio: dyad is %.0fx faster\n", lg_seconds / dyad_seconds);

  // 2. Coarse-class agreement with the PETRARCH gold tags.
  const std::vector<GoldSentence> gold = ReadPetrarch(petrarch_path);
  int lg_compared = 0, lg_right = 0, dyad_right = 0, gold_content = 0;
  for (const GoldSentence& g : gold) {
    dyad::Document gdoc;
    dyad::Tokenize(g.text, &gdoc);
    (*tagger)->Tag(&gdoc);
    Sentence sent = sentence_create(g.text.c_str(), dict);
    if (sent == nullptr) continue;
    std::vector<std::pair<std::string, char>> lg_words;
    parse_options_set_min_null_count(opts, 0);
    parse_options_set_max_null_count(opts, sentence_length(sent));
    if (sentence_parse(sent, opts) > 0) {
      Linkage linkage = linkage_create(0, sent, opts);
      if (linkage != nullptr) {
        for (int w = 0; w < linkage_get_num_words(linkage); ++w) {
          std::string base;
          const char coarse = CoarseOfLinkWord(linkage_get_word(linkage, w), &base);
          lg_words.emplace_back(base, coarse);
        }
        linkage_delete(linkage);
      }
    }
    sentence_delete(sent);
    // Greedy in-order matching of words to gold leaves.
    size_t lg_at = 0, dyad_at = 0;
    for (size_t i = 0; i < g.words.size(); ++i) {
      const char want = CoarseOfTag(g.tags[i]);
      if (want == 0) continue;
      ++gold_content;
      for (size_t k = lg_at; k < lg_words.size() && k < lg_at + 4; ++k) {
        if (lg_words[k].first == g.words[i]) {
          lg_at = k + 1;
          if (lg_words[k].second != 0) {
            ++lg_compared;
            if (lg_words[k].second == want) ++lg_right;
          }
          break;
        }
      }
      for (size_t k = dyad_at; k < gdoc.tokens.size() && k < dyad_at + 4; ++k) {
        if (gdoc.tokens[k].norm == g.words[i]) {
          dyad_at = k + 1;
          if (CoarseOfTag(std::string(dyad::TagName(gdoc.tokens[k].tag))) == want) ++dyad_right;
          break;
        }
      }
    }
  }
  std::printf("PETRARCH %zu sentences, %d gold nouns/verbs/adjectives/adverbs:\n", gold.size(), gold_content);
  std::printf("  link-grammar: class given for %d (%.1f%%), of which %.1f%% right\n", lg_compared,
              100.0 * lg_compared / std::max(gold_content, 1), 100.0 * lg_right / std::max(lg_compared, 1));
  std::printf("  dyad tagger:  %.1f%% right\n", 100.0 * dyad_right / std::max(gold_content, 1));

  parse_options_delete(opts);
  dictionary_delete(dict);
  return 0;
}
