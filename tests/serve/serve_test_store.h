// The small store the server's tests ask, built with the store tests'
// records (tests/store/test_records.h):
//   a1 2024-04-15  CHNGOV 042 PRKGOV, PRKGOV 043 CHNGOV
//   a2 2024-04-21  CHNGOV 042 PRKGOV
//   a3 2024-04-22  USAGOV 111 CHNGOV, CHNMIL 190 TWNMIL
//   a4 2024-05-02  USAMIL 195 IRNMIL, IGOUNO 036 IRNGOV (IGOUNO: no country)
//   a5 2024-06-01  PRKGOV 043 CHNGOV, CHNGOV 111 USAGOV
//   a6 2024-03-01  CHNGOV 042 PRKGOV, USAGOV 042 CHNGOV
//   a7 2024-06-02  CHNGOV 042 PRKGOV, negated (stored, not counted)
#ifndef DYAD_TESTS_SERVE_SERVE_TEST_STORE_H_
#define DYAD_TESTS_SERVE_SERVE_TEST_STORE_H_

#include <string>
#include <vector>

#include "dyad/serve.h"
#include "dyad/store.h"
#include "store/test_records.h"

namespace dyad::testing {

inline void FillServeTestStore(Store& store) {
  StoredEvent un = Ev("IGOUNO", "IRNGOV", "036", 1);
  un.source.country = "";
  un.source.role = "";
  StoredEvent denied = Ev("CHNGOV", "PRKGOV", "042");
  denied.negated = true;
  std::vector<StoredArticle> batch = {
      Art("a1", "2024-04-15", {Ev("CHNGOV", "PRKGOV", "042"), Ev("PRKGOV", "CHNGOV", "043")},
          "Officials held talks in Pyongyang about the enrichment of uranium."),
      Art("a2", "2024-04-21", {Ev("CHNGOV", "PRKGOV", "042")}, "A second visit to Pyongyang."),
      Art("a3", "2024-04-22", {Ev("USAGOV", "CHNGOV", "111"), Ev("CHNMIL", "TWNMIL", "190", 1)},
          "Washington criticised Beijing; sanctions were discussed."),
      Art("a4", "2024-05-02", {Ev("USAMIL", "IRNMIL", "195"), un}, "Strikes near Tehran; the sanctioning body met."),
      Art("a5", "2024-06-01", {Ev("PRKGOV", "CHNGOV", "043"), Ev("CHNGOV", "USAGOV", "111", 1)}),
      Art("a6", "2024-03-01", {Ev("CHNGOV", "PRKGOV", "042"), Ev("USAGOV", "CHNGOV", "042", 1)}),
      Art("a7", "2024-06-02", {denied}),
  };
  ASSERT_TRUE(store.Write(batch, nullptr).ok());
}

// A few countries in iso-codes' format.
inline constexpr char kTestIsoJson[] = R"({"3166-1": [
  {"alpha_2": "CN", "alpha_3": "CHN", "name": "China", "numeric": "156"},
  {"alpha_2": "KP", "alpha_3": "PRK", "name": "Korea, Democratic People's Republic of", "numeric": "408"},
  {"alpha_2": "US", "alpha_3": "USA", "name": "United States", "numeric": "840"},
  {"alpha_2": "IR", "alpha_3": "IRN", "name": "Iran, Islamic Republic of", "numeric": "364"}
]})";

}  // namespace dyad::testing

#endif  // DYAD_TESTS_SERVE_SERVE_TEST_STORE_H_
