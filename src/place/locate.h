// Giving coded events the place where they happened (docs/places.md).
// Called by the event coder after it has made the events of a sentence.
#ifndef DYAD_PLACE_LOCATE_H_
#define DYAD_PLACE_LOCATE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "dyad/events.h"
#include "dyad/pipeline.h"
#include "dyad/places.h"

namespace dyad::place {

// Sets Event::location of (*events)[from..] (all of sentence `sentence`):
// for a visit, its destination ("visited Pyongyang", "a visit ... to
// Pyongyang"); else the locative place nearest the event's verb; else
// none. Finds the sentence's places once, and only when there is an event.
void LocateEvents(const Gazetteer& gazetteer, const Analysis& analysis, uint32_t sentence, size_t from,
                  std::vector<Event>* events);

}  // namespace dyad::place

#endif  // DYAD_PLACE_LOCATE_H_
