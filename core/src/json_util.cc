#include "json_util.h"

#include <utility>

namespace secretum::internal {
namespace {

// Delegates to nlohmann's DOM builder and keeps the first parse error instead of throwing.
class Handler {
 public:
  explicit Handler(Json* root) : dom_(*root, /*allow_exceptions=*/false) {}
  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(Json::number_float_t v, const std::string& s) {
    return dom_.number_float(v, s);
  }
  bool string(std::string& v) { return dom_.string(v); }
  bool binary(Json::binary_t& v) { return dom_.binary(v); }
  bool start_object(std::size_t n) { return dom_.start_object(n); }
  bool key(std::string& v) { return dom_.key(v); }
  bool end_object() { return dom_.end_object(); }
  bool start_array(std::size_t n) { return dom_.start_array(n); }
  bool end_array() { return dom_.end_array(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    std::string what = e.what();
    // Drop the "[json.exception.parse_error.101] " prefix: users need the rest.
    size_t close = what.find("] ");
    error_ = close == std::string::npos ? what : what.substr(close + 2);
    return false;
  }
  const std::string& error() const { return error_; }

 private:
  nlohmann::detail::json_sax_dom_parser<Json> dom_;
  std::string error_;
};

}  // namespace

bool ParseJson(std::string_view text, Json* out, std::string* error) {
  *out = Json();
  Handler handler(out);
  bool ok = Json::sax_parse(text.begin(), text.end(), &handler);
  if (!ok) {
    *error = handler.error().empty() ? "invalid JSON" : handler.error();
    *out = Json();
  }
  return ok;
}

std::string DumpJson(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace secretum::internal
