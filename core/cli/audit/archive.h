// The files of an account export: a .zip (libzip), an unpacked folder, or a single file
// (data/tweets.js, your_posts_1.json, Shares.csv given directly).
#ifndef SECRETUM_CLI_AUDIT_ARCHIVE_H_
#define SECRETUM_CLI_AUDIT_ARCHIVE_H_

#include <memory>
#include <string>
#include <vector>

namespace secretum::cli::audit {

class Archive {
 public:
  virtual ~Archive() = default;
  // "zip" | "folder" | "file"
  virtual const char* kind() const = 0;
  // Every regular file, as a relative path with '/' separators.
  virtual const std::vector<std::string>& files() const = 0;
  // Reads one file; on failure returns false with a sentence in *error.
  virtual bool Read(const std::string& path, std::string* out, std::string* error) const = 0;
};

// Opens `path`; on failure returns null and sets *error ("corrupt zip: ...", "no such file").
std::unique_ptr<Archive> OpenArchive(const std::string& path, std::string* error);

// Files larger than this are refused (a post archive is text; this guards against zip bombs).
inline constexpr size_t kMaxFileBytes = size_t{2} << 30;

}  // namespace secretum::cli::audit

#endif  // SECRETUM_CLI_AUDIT_ARCHIVE_H_
