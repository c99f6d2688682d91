// Validators: checks a rule runs on a candidate match (check digits, plausible dates, names
// that are not placeholders...). A rule names its validator in its "validate" key.
#ifndef SECRETUM_VALIDATORS_H_
#define SECRETUM_VALIDATORS_H_

#include <string>
#include <string_view>
#include <vector>

namespace secretum::internal {

// kReject drops the match. kWeak keeps it only when the rule's context is found near it
// (e.g. a 15-digit number with a wrong NIR key next to "NIR"). kStrong keeps it.
enum class Strength { kReject, kWeak, kStrong };

// `span` is the matched text (the rule's group) in the normalized view; `groups` are all
// capture groups of the match (index 0 is the whole match; unmatched groups are empty).
using Validator = Strength (*)(std::string_view span, const std::vector<std::string_view>& groups);

// nullptr for an unknown name.
Validator FindValidator(const std::string& name);

// "a, b, c": the known names, for error messages.
std::string ValidatorNames();

// Check-digit helpers, exposed for tests. Each takes the digits (and letters) only.
bool NirKeyValid(std::string_view fifteen);        // "2 95 10 99 126 111 93" without spaces
bool LuhnValid(std::string_view digits);
bool NhsValid(std::string_view ten_digits);
bool BcPhnValid(std::string_view ten_digits);

}  // namespace secretum::internal

#endif  // SECRETUM_VALIDATORS_H_
