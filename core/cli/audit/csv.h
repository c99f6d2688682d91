// A forgiving CSV reader for LinkedIn exports (Shares.csv, Comments.csv), including the
// copies people open and save again in a spreadsheet:
//   - RFC 4180 quoting: quoted fields span lines, "" is a quote;
//   - a quote inside a quoted field that does not end it ("He said "hi" today") is kept;
//   - delimiter ',' — or ';' / TAB when the header uses them (French Excel saves with ';');
//   - encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and fields that are not
//     valid UTF-8 read as Windows-1252;
//   - a quoted field left open costs that record only: reading resumes on the next line that
//     `starts_record` recognizes as the beginning of a record (LinkedIn rows start with their
//     date), or else on the line after the one where the field opened.
#ifndef SECRETUM_CLI_AUDIT_CSV_H_
#define SECRETUM_CLI_AUDIT_CSV_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace secretum::cli::audit {

struct CsvRow {
  std::vector<std::string> fields;  // valid UTF-8
  size_t line = 0;                  // 1-based line where the record starts
  bool unterminated = false;        // a quoted field never closed (the record is damaged)
};

struct CsvTable {
  std::vector<std::string> header;
  std::vector<CsvRow> rows;          // without the header
  char delimiter = ',';
  std::string encoding = "utf-8";    // "utf-8" | "utf-16le" | "utf-16be"
  size_t cp1252_fields = 0;          // fields re-read as Windows-1252
  size_t stray_quotes = 0;           // quotes kept as text inside quoted fields
};

using RecordStart = std::function<bool(std::string_view line, char delimiter)>;
CsvTable ParseCsv(std::string_view bytes, const RecordStart& starts_record = nullptr);

// Windows-1252 to UTF-8.
std::string Cp1252ToUtf8(std::string_view bytes);

}  // namespace secretum::cli::audit

#endif  // SECRETUM_CLI_AUDIT_CSV_H_
