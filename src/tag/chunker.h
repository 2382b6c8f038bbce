// A rule-based chunker over tagged tokens: noun groups, verb groups,
// prepositions, and adjective and adverb phrases outside those.
//
//   AppendChunks(doc.tokens, sentence.token_begin, sentence.token_end, &doc.chunks);
//
// The chunks follow the CoNLL-2000 conventions with these choices (see
// docs/tagging.md): a possessive ends its noun group ("[China 's]
// [military]"); coordination splits noun groups ("[Arnor] and [Gondor]");
// a verb group takes the adverbs just before and inside it, "to" before a
// verb and a particle right after it ("[recently fired]", "[did not
// attack]", "[to restore]", "[burned down]"); a PP chunk is the preposition
// alone; subordinating conjunctions (that, whether, because, ...) get no
// chunk.
#ifndef DYAD_TAG_CHUNKER_H_
#define DYAD_TAG_CHUNKER_H_

#include <cstdint>
#include <vector>

#include "dyad/document.h"

namespace dyad::tag {

// Appends the chunks of tokens [begin, end), in token order, to `*out`.
// Reads only Token::tag and Token::lower; tokens must be tagged.
void AppendChunks(const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                  std::vector<Chunk>* out);

}  // namespace dyad::tag

#endif  // DYAD_TAG_CHUNKER_H_
