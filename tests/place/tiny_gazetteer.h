// A small gazetteer in the generated file's format (docs/places.md), for
// tests that must not depend on the generated one. Names are deliberately
// unsorted: Gazetteer::FromText sorts them. Populations and coordinates are
// rounded, close enough to the real ones for the rules under test.
#ifndef DYAD_TESTS_PLACE_TINY_GAZETTEER_H_
#define DYAD_TESTS_PLACE_TINY_GAZETTEER_H_

#include <string>

namespace dyad::testing {

inline std::string TinyGazetteerText() {
  return "#dyad-places 1\n"
         "#source a tiny hand-made gazetteer for tests\n"
         "C\tKP\tPRK\tNorth Korea\t40.1\t127.2\n"
         "C\tKR\tKOR\tSouth Korea\t36.5\t127.8\n"
         "C\tSY\tSYR\tSyria\t34.9\t37.1\n"
         "C\tFR\tFRA\tFrance\t46.6\t2.4\n"
         "C\tUS\tUSA\tUnited States\t39.5\t-90.1\n"
         "C\tBR\tBRA\tBrazil\t-14.2\t-51.9\n"
         "C\tUA\tUKR\tUkraine\t48.1\t31.2\n"
         "C\tRU\tRUS\tRussia\t56.9\t55.2\n"
         "C\tGB\tGBR\tUnited Kingdom\t53.0\t-1.9\n"
         "C\tPS\tPSE\tPalestine\t31.9\t35.2\n"
         "A\tKP\t12\tPyongyang\t39.0\t125.9\n"
         "A\tKP\t06\tNorth Hwanghae\t38.4\t126.4\n"
         "A\tBR\t27\tSão Paulo\t-22.4\t-48.6\n"
         "A\tUS\tTX\tTexas\t31.1\t-97.6\n"
         "A\tUS\tTN\tTennessee\t35.8\t-86.4\n"
         "A\tPS\tGZ\tGaza Strip\t31.4\t34.4\n"
         "%%\n"
         "pyongyang\tc\tPyongyang\tKP\t12\t39.03385\t125.75432\t3222000\t1871859\t1\n"
         "seoul\tc\tSeoul\tKR\t11\t37.566\t126.9784\t10349312\t1835848\t1\n"
         "kaesong\tc\tKaesŏng\tKP\t06\t37.97083\t126.55444\t338155\t1876373\t0\n"
         "sao paulo\tc\tSão Paulo\tBR\t27\t-23.5475\t-46.63611\t10021295\t3448439\t0\n"
         "paris\tc\tParis\tFR\t11\t48.85341\t2.3488\t2138551\t2988507\t1\n"
         "paris\tc\tParis\tUS\tTX\t33.66094\t-95.55551\t25171\t4717560\t0\n"
         "washington\tc\tWashington, D.C.\tUS\tDC\t38.89511\t-77.03637\t601723\t4140963\t1\n"
         "washington\tc\tWashington\tGB\tENG\t54.9\t-1.51667\t53526\t2634715\t0\n"
         "white house\tc\tWhite House\tUS\tTN\t36.47\t-86.65\t12000\t4664844\t0\n"
         "march\tc\tMarch\tGB\tENG\t52.55\t0.08\t22298\t2643097\t0\n"
         "donetsk\tc\tDonetsk\tUA\t05\t48.023\t37.80224\t1024700\t709717\t0\n"
         "donetsk\tc\tDonetsk\tRU\t61\t48.33962\t39.95948\t50850\t565348\t0\n"
         "khan yunis\tc\tKhān Yūnis\tPS\tGZ\t31.34018\t34.30627\t173183\t281133\t0\n"
         "khan younis\tc\tKhān Yūnis\tPS\tGZ\t31.34018\t34.30627\t173183\t281133\t0\n"
         "gaza strip\ta\tGaza Strip\tPS\tGZ\t31.4\t34.4\t1264619\t0\t0\n"
         "texas\ta\tTexas\tUS\tTX\t31.1\t-97.6\t20000000\t0\t0\n"
         "syria\tk\tSyria\tSY\t\t34.9\t37.1\t0\t0\t0\n"
         "north korea\tk\tNorth Korea\tKP\t\t40.1\t127.2\t0\t0\t0\n"
         "the hague\tc\tThe Hague\tNL\t11\t52.07667\t4.29861\t474292\t2747373\t0\n";
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_PLACE_TINY_GAZETTEER_H_
