// A one-line progress bar on stderr (only when stderr is a terminal, or when forced):
//   analyzing  ███████████████░░░░░░░░░░░░░  54%  27,000/50,000 posts · 31 flagged · 4 s left
#ifndef SECRETUM_CLI_AUDIT_PROGRESS_H_
#define SECRETUM_CLI_AUDIT_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace secretum::cli::audit {

class Progress {
 public:
  // `enabled` false makes every call a no-op.
  Progress(bool enabled, std::string label, size_t total);
  ~Progress();
  // Redraws at most every 100 ms (and always at 100 %).
  void Update(size_t done, size_t flagged);
  // Clears the line.
  void Finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::string label_;
  size_t total_;
  std::chrono::steady_clock::time_point start_, last_;
};

// True when stderr is a terminal (and TERM is not "dumb").
bool StderrIsTerminal();

}  // namespace secretum::cli::audit

#endif  // SECRETUM_CLI_AUDIT_PROGRESS_H_
