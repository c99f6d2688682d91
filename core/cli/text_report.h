// The CLI's report for people: the post with numbered markers, then one block per finding.
#ifndef SECRETUM_CLI_TEXT_REPORT_H_
#define SECRETUM_CLI_TEXT_REPORT_H_

#include <string>

#include "secretum/secretum.h"

namespace secretum::cli {

// `title` names the post (its id or file name; may be empty). `color` adds ANSI colours.
std::string RenderText(const Report& report, const std::string& title, bool color);

}  // namespace secretum::cli

#endif  // SECRETUM_CLI_TEXT_REPORT_H_
