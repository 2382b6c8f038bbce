// dyad/tagger.h: part-of-speech tags, lemmas and chunks for a tokenized
// document.
//
//   auto tagger = dyad::Tagger::Load("data");   // once; reads data/tag/ and WordNet
//   if (!tagger.ok()) return tagger.status();
//   dyad::Document doc;
//   dyad::Tokenize(text, &doc);
//   (*tagger)->Tag(&doc);                       // fills tag, lemma and doc.chunks
//
// The tagger is a fast lexicon-and-rules tagger: a lexicon built at load
// time from hand-written word lists and WordNet's base forms, inflected by
// rule, proposes tags most likely first; hand-written context rules revise
// them; a rule-based chunker then groups the tagged tokens. docs/tagging.md
// tells how it was chosen, what it scores and the formats of data/tag/.
//
// Thread safety: Load() may run in any thread; once loaded, Tag() and
// Lemma() are const and may be called from many threads at once, each on
// its own Document.
#ifndef DYAD_TAGGER_H_
#define DYAD_TAGGER_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "dyad/document.h"

namespace dyad {

class Tagger {
 public:
  virtual ~Tagger() = default;

  // Loads the lexicon and rules from `data_dir`/tag/ (closed-class.txt,
  // news-words.txt, capitalized.txt, irregular-verbs.txt, suffixes.txt,
  // context-rules.txt) and WordNet's index, exception and sense-count files
  // from `wordnet_dir` (the Debian package wordnet-base puts them in
  // /usr/share/wordnet). A missing or empty `wordnet_dir` is not an error:
  // the tagger then knows only the word lists and guesses other words from
  // their endings. Takes about 0.1 s with WordNet.
  // Returns NotFound naming the file when a data/tag/ file cannot be read,
  // and InvalidArgument "FILE:LINE: reason: \"text\"" for the first bad
  // line of one.
  static absl::StatusOr<std::unique_ptr<Tagger>> Load(
      const std::string& data_dir,
      const std::string& wordnet_dir = "/usr/share/wordnet");

  // Sets Token::tag and Token::lemma of every token and replaces
  // doc->chunks with the document's chunks, in token order. Works sentence
  // by sentence; tokens that no sentence covers are tagged as sentences of
  // their own, and sentence ranges past the end are clipped, so any
  // Document is safe. Never fails.
  // Lemmas are lower case: the base form for verbs and common nouns
  // ("attacked" -> "attack", "troops" -> "troop", "was" -> "be"), `lower`
  // for every other token (proper nouns keep their own form). A lemma view
  // points into the token's text, into doc->arena, or into the tagger's
  // lexicon: the tagger must outlive the document's use of lemmas.
  void Tag(Document* doc) const { Tag(doc, /*full=*/true); }
  // The same; with `full` false only the tags are set: every lemma is the
  // token's `lower` and doc->chunks is left empty (for callers that need
  // only tags, such as actor matching).
  virtual void Tag(Document* doc, bool full) const = 0;

  // The lemma of one word read as `tag`, lower case ("attacked", kVBD ->
  // "attack"; "troops", kNNS -> "troop"; "was", kVBD -> "be"; "Gondor",
  // kNNP -> "gondor"). Words the lexicon lacks get the suffix rules'
  // guess ("glorbed", kVBD -> "glorb").
  virtual std::string Lemma(std::string_view word, dyad::Tag tag) const = 0;
};

}  // namespace dyad

#endif  // DYAD_TAGGER_H_
