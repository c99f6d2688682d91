// Check digits and plausibility checks (core/src/validators.cc).
#include <doctest/doctest.h>

#include "validators.h"

using namespace secretum::internal;

namespace {
Strength Run(const char* name, std::string_view span) {
  Validator v = FindValidator(name);
  REQUIRE(static_cast<bool>(v));
  return v(span, {span});
}
}  // namespace

TEST_CASE("NIR key: valid examples, Corsica 2A/2B, and a wrong key") {
  CHECK(NirKeyValid("295109912611193"));
  CHECK(NirKeyValid("253072B07300470"));
  CHECK(NirKeyValid("253072A07300443"));
  CHECK_FALSE(NirKeyValid("295109912611194"));
  CHECK(Run("nir", "2 95 10 99 126 111 93") == Strength::kStrong);
  CHECK(Run("nir", "2 95 10 99 126 111 94") == Strength::kWeak);  // wrong key: needs context
  CHECK(Run("nir", "2951099126111") == Strength::kWeak);          // no key
  CHECK(Run("nir", "595109912611193") == Strength::kReject);      // sex digit 5
  CHECK(Run("nir", "2951399126111") == Strength::kReject);        // month 13
}

TEST_CASE("Luhn, NHS mod 11 and BC PHN check digits") {
  CHECK(LuhnValid("046454286"));
  CHECK_FALSE(LuhnValid("046454287"));
  CHECK(NhsValid("4857773457"));
  CHECK_FALSE(NhsValid("4857773458"));
  CHECK(BcPhnValid("9698658215"));
  CHECK_FALSE(BcPhnValid("9698658216"));
  CHECK(Run("sin", "130 692 544") == (LuhnValid("130692544") ? Strength::kStrong : Strength::kWeak));
  CHECK(Run("sin", "846 454 286") == Strength::kReject);  // 8xx: business numbers
}

TEST_CASE("RAMQ date part: women's month +50, impossible dates rejected") {
  CHECK(Run("ramq", "LAVM 5203 1587") == Strength::kStrong);
  CHECK(Run("ramq", "LAVM 7553 1204") == Strength::kStrong);
  CHECK(Run("ramq", "ABCD 1399 9912") == Strength::kReject);
  CHECK(Run("ramq", "ABCD 1302 3212") == Strength::kReject);
}

TEST_CASE("SSN: invalid areas, groups and serials are rejected; bare digits are weak") {
  CHECK(Run("ssn", "412-58-7731") == Strength::kStrong);
  CHECK(Run("ssn", "412587731") == Strength::kWeak);
  CHECK(Run("ssn", "666-58-7731") == Strength::kReject);
  CHECK(Run("ssn", "912-58-7731") == Strength::kReject);
  CHECK(Run("ssn", "412-00-7731") == Strength::kReject);
}

TEST_CASE("dates: birth dates must be real calendar dates") {
  CHECK(Run("birth-date", "14/03/1951") == Strength::kStrong);
  CHECK(Run("birth-date", "02/17/1944") == Strength::kStrong);  // US order
  CHECK(Run("birth-date", "3 mars 1962") == Strength::kStrong);
  CHECK(Run("birth-date", "March 3, 1962") == Strength::kStrong);
  CHECK(Run("birth-date", "31/02/1950") == Strength::kReject);
  CHECK(Run("old-date", "12/06/1938") == Strength::kStrong);
  CHECK(Run("old-date", "12/06/2024") == Strength::kWeak);
}

TEST_CASE("ages over 89 only") {
  CHECK(Run("age-over-89", "92") == Strength::kStrong);
  CHECK(Run("age-over-89", "89") == Strength::kReject);
  CHECK(Run("age-over-89", "130") == Strength::kReject);
}

TEST_CASE("person names: placeholders, doctors and non-names are rejected") {
  CHECK(Run("person-name", "Mme Lemaire") == Strength::kStrong);
  CHECK(Run("person-name", "Mrs Hargreaves'") == Strength::kStrong);
  CHECK(Run("person-name", "Mme X") == Strength::kReject);
  CHECK(Run("person-name", "John Doe") == Strength::kReject);
  CHECK(Run("person-name", "Safety Week") == Strength::kReject);
  CHECK(Run("person-name", "Mme") == Strength::kReject);
  // an @handle where a name was expected is judged as a handle
  CHECK(Run("person-name", "@DrSamOkafor") == Strength::kReject);
  CHECK(Run("person-name", "@chu_lyon") == Strength::kReject);
  CHECK(Run("person-name", "@kay.fit") == Strength::kStrong);
}

TEST_CASE("handles and e-mails: colleagues and role addresses are not patients") {
  CHECK(Run("handle", "@lili_run_mtl") == Strength::kStrong);
  CHECK(Run("handle", "@DrLegrand") == Strength::kReject);
  // A profession word at either end is the author's colleague; short or ambiguous tokens are not.
  CHECK(Run("handle", "@tom_b_kine") == Strength::kReject);
  CHECK(Run("handle", "@NurseJoyOttawa") == Strength::kReject);
  CHECK(Run("handle", "@claire.sagefemme") == Strength::kReject);
  CHECK(Run("handle", "@fab_rn_qc") == Strength::kStrong);
  CHECK(Run("handle", "@lily_bakes_sf") == Strength::kStrong);
  CHECK(Run("handle", "@kine") == Strength::kStrong);  // the word alone: a nickname as likely
  CHECK(Run("email", "k.morrison77@gmail.com") == Strength::kStrong);
  CHECK(Run("email", "jean@entreprise.fr") == Strength::kWeak);
  CHECK(Run("email", "recrutement@pharmacie.fr") == Strength::kReject);
  CHECK(Run("email", "affaires.medicales@gh.fr") == Strength::kReject);
}

TEST_CASE("unknown validator names are reported") {
  bool unknown_is_null = FindValidator("no-such") == nullptr;
  CHECK(unknown_is_null);
  CHECK(ValidatorNames().find("nir") != std::string::npos);
}
