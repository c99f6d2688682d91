// `secretum audit PATH --out DIR`: audits an account export (X/Twitter archive, Facebook JSON,
// LinkedIn CSV; a .zip or an unpacked folder) and writes DIR/report.html and DIR/report.json.
#ifndef SECRETUM_CLI_AUDIT_AUDIT_H_
#define SECRETUM_CLI_AUDIT_AUDIT_H_

namespace secretum::cli::audit {

// argv[1] is "audit". Returns the exit status: 0 when no finding reaches --fail-on, 1 when one
// does, 2 on a usage or input error (including damaged records, after the report is written).
int Main(int argc, char** argv);

}  // namespace secretum::cli::audit

#endif  // SECRETUM_CLI_AUDIT_AUDIT_H_
