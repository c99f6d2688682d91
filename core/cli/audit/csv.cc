#include "csv.h"

#include "text.h"

namespace secretum::cli::audit {
namespace {

// U+20AC... for bytes 0x80-0x9F (0 where Windows-1252 leaves the byte undefined: kept as the
// C1 control of the same value).
const char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string Utf16ToUtf8(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](size_t i) -> char16_t {
    unsigned char a = static_cast<unsigned char>(bytes[i]);
    unsigned char b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char16_t>(little_endian ? (a | (b << 8)) : ((a << 8) | b));
  };
  for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        c = 0xFFFD;
      }
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    secretum::internal::AppendUtf8(c, &out);
  }
  return out;
}

char DetectDelimiter(std::string_view text) {
  size_t end = text.find('\n');
  std::string_view first = text.substr(0, end);
  size_t counts[3] = {0, 0, 0};
  const char kDelims[3] = {',', ';', '\t'};
  bool quoted = false;
  for (char c : first) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    for (int i = 0; i < 3; ++i)
      if (c == kDelims[i]) ++counts[i];
  }
  int best = 0;
  for (int i = 1; i < 3; ++i)
    if (counts[i] > counts[best]) best = i;
  return counts[best] ? kDelims[best] : ',';
}

class Parser {
 public:
  Parser(std::string_view text, char delim, CsvTable* table, const RecordStart& starts_record)
      : text_(text), delim_(delim), table_(table), starts_record_(starts_record) {}

  // Reads the record at the current position; false at the end of the text.
  bool Next(CsvRow* row) {
    row->fields.clear();
    row->unterminated = false;
    // Blank lines between records are skipped.
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
      if (text_[pos_] == '\n') ++line_;
      ++pos_;
    }
    if (pos_ >= text_.size()) return false;
    row->line = line_;
    std::string field;
    for (;;) {
      field.clear();
      if (pos_ < text_.size() && text_[pos_] == '"') {
        size_t open = pos_;
        size_t open_line = line_;
        ++pos_;
        bool closed = false;
        while (pos_ < text_.size()) {
          char c = text_[pos_];
          if (c == '"') {
            if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
              field += '"';
              pos_ += 2;
              continue;
            }
            size_t next = pos_ + 1;
            if (next >= text_.size() || text_[next] == delim_ || text_[next] == '\n' ||
                text_[next] == '\r') {
              pos_ = next;
              closed = true;
              break;
            }
            ++table_->stray_quotes;  // a quote that does not end the field: keep it
            field += '"';
            ++pos_;
            continue;
          }
          if (c == '\n') {
            ++line_;
            // A line that starts a record inside a quoted field: the quote was left open.
            if (starts_record_) {
              size_t eol = text_.find('\n', pos_ + 1);
              std::string_view next = text_.substr(
                  pos_ + 1, eol == std::string_view::npos ? std::string_view::npos : eol - pos_ - 1);
              if (starts_record_(next, delim_)) {
                row->unterminated = true;
                ++pos_;
                return true;
              }
            }
          }
          field += c;
          ++pos_;
        }
        if (!closed) {
          // Never closed: this record is lost; resume after the line where it opened.
          row->unterminated = true;
          size_t eol = text_.find('\n', open);
          pos_ = eol == std::string_view::npos ? text_.size() : eol + 1;
          line_ = open_line + 1;
          return true;
        }
      } else {
        while (pos_ < text_.size() && text_[pos_] != delim_ && text_[pos_] != '\n' &&
               text_[pos_] != '\r')
          field += text_[pos_++];
      }
      Push(row, &field);
      if (pos_ < text_.size() && text_[pos_] == delim_) {
        ++pos_;
        if (pos_ >= text_.size()) {  // trailing delimiter at the end of the text
          row->fields.emplace_back();
          return true;
        }
        continue;
      }
      if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
      if (pos_ < text_.size() && text_[pos_] == '\n') {
        ++pos_;
        ++line_;
      }
      return true;
    }
  }

 private:
  void Push(CsvRow* row, std::string* field) {
    if (!secretum::internal::IsValidUtf8(*field)) {
      *field = Cp1252ToUtf8(*field);
      ++table_->cp1252_fields;
    }
    row->fields.push_back(std::move(*field));
  }

  std::string_view text_;
  char delim_;
  CsvTable* table_;
  const RecordStart& starts_record_;
  size_t pos_ = 0;
  size_t line_ = 1;
};

}  // namespace

std::string Cp1252ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (unsigned char b : bytes) {
    char32_t c = b;
    if (b >= 0x80 && b <= 0x9F && kCp1252High[b - 0x80]) c = kCp1252High[b - 0x80];
    secretum::internal::AppendUtf8(c, &out);
  }
  return out;
}

CsvTable ParseCsv(std::string_view bytes, const RecordStart& starts_record) {
  CsvTable table;
  std::string converted;
  std::string_view text = bytes;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
  if (bytes.size() >= 2 && byte(0) == 0xFF && byte(1) == 0xFE) {
    converted = Utf16ToUtf8(bytes.substr(2), true);
    table.encoding = "utf-16le";
  } else if (bytes.size() >= 2 && byte(0) == 0xFE && byte(1) == 0xFF) {
    converted = Utf16ToUtf8(bytes.substr(2), false);
    table.encoding = "utf-16be";
  } else if (bytes.size() >= 4 && byte(0) != 0 && byte(1) == 0 && byte(2) != 0 &&
             byte(3) == 0) {
    converted = Utf16ToUtf8(bytes, true);
    table.encoding = "utf-16le";
  } else if (bytes.size() >= 4 && byte(0) == 0 && byte(1) != 0 && byte(2) == 0 &&
             byte(3) != 0) {
    converted = Utf16ToUtf8(bytes, false);
    table.encoding = "utf-16be";
  }
  if (!converted.empty() || table.encoding != "utf-8") text = converted;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  table.delimiter = DetectDelimiter(text);
  Parser parser(text, table.delimiter, &table, starts_record);
  CsvRow row;
  bool first = true;
  while (parser.Next(&row)) {
    if (first) {
      table.header = row.fields;
      first = false;
      continue;
    }
    table.rows.push_back(row);
  }
  return table;
}

}  // namespace secretum::cli::audit
