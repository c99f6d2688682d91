// The audit's two outputs.
//   report.json  one entry per post: where it comes from, the suggested action, its text, and
//                the engine's report exactly as `secretum check --format json` gives it
//                (offsets in UTF-16 code units).
//   report.html  one self-contained page (no external resource, no network; a Content Security
//                Policy forbids any): summary, charts, filters, every flagged post.
#ifndef SECRETUM_CLI_AUDIT_WRITERS_H_
#define SECRETUM_CLI_AUDIT_WRITERS_H_

#include <string>

#include "model.h"

namespace secretum::cli::audit {

std::string RenderJsonReport(const AuditResult& result);
std::string RenderHtmlReport(const AuditResult& result);

// Appends `s` as a JSON string literal.
void AppendJsonString(std::string* out, std::string_view s);

// Writes `content` to `path` through a temporary file renamed into place, readable by the user
// only (the reports quote patients' details).
bool WriteFileAtomically(const std::string& path, const std::string& content,
                         std::string* error);

}  // namespace secretum::cli::audit

#endif  // SECRETUM_CLI_AUDIT_WRITERS_H_
