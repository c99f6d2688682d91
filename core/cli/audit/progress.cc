#include "progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "model.h"

namespace secretum::cli::audit {

bool StderrIsTerminal() {
  if (!isatty(STDERR_FILENO)) return false;
  const char* term = std::getenv("TERM");
  return !(term && std::strcmp(term, "dumb") == 0);
}

Progress::Progress(bool enabled, std::string label, size_t total)
    : enabled_(enabled && total > 0), label_(std::move(label)), total_(total) {
  start_ = last_ = std::chrono::steady_clock::now();
}

Progress::~Progress() { Finish(); }

void Progress::Update(size_t done, size_t flagged) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && done < total_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  drawn_ = true;
  int columns = 80;
  struct winsize ws;
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) columns = ws.ws_col;
  double fraction = total_ ? static_cast<double>(done) / static_cast<double>(total_) : 1.0;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  std::string tail = "  " + std::to_string(static_cast<int>(fraction * 100)) + "%  " +
                     Thousands(done) + "/" + Thousands(total_) + " posts · " +
                     Thousands(flagged) + " flagged";
  if (done > 0 && done < total_ && elapsed > 1.0) {
    double left = elapsed / static_cast<double>(done) * static_cast<double>(total_ - done);
    tail += " · " + std::to_string(static_cast<int>(left + 0.5)) + " s left";
  }
  int tail_columns = 0;
  for (unsigned char c : tail) tail_columns += (c & 0xC0) != 0x80;
  int width = columns - static_cast<int>(label_.size()) - 3 - tail_columns;
  if (width > 40) width = 40;
  std::string bar;
  if (width >= 10) {
    int full = static_cast<int>(fraction * width + 0.5);
    for (int i = 0; i < width; ++i) bar += i < full ? "█" : "░";
  }
  std::string line = "\r\033[2K" + label_ + "  " + bar + tail;
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
}

void Progress::Finish() {
  if (!enabled_ || !drawn_) return;
  std::fputs("\r\033[2K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace secretum::cli::audit
