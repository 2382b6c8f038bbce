// The actor matcher: ActorDictionary's Match() over compiled ActorData.
#ifndef DYAD_MATCH_ACTOR_MATCHER_H_
#define DYAD_MATCH_ACTOR_MATCHER_H_

#include <memory>

#include "dict/actor_data.h"
#include "dyad/actors.h"

namespace dyad::match {

// Wraps loaded dictionary data in a matcher. Never fails.
std::unique_ptr<ActorDictionary> MakeActorMatcher(std::unique_ptr<dict::ActorData> data);

}  // namespace dyad::match

#endif  // DYAD_MATCH_ACTOR_MATCHER_H_
