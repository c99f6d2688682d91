#include "archive.h"

#include <zip.h>

#include <cstdio>
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace secretum::cli::audit {
namespace {

namespace fs = std::filesystem;

bool ReadWholeFile(const fs::path& path, std::string* out, std::string* error) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) {
    *error = "cannot read: " + ec.message();
    return false;
  }
  if (size > kMaxFileBytes) {
    *error = "too large (" + std::to_string(size >> 20) + " MB)";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot open";
    return false;
  }
  out->resize(size);
  in.read(out->data(), static_cast<std::streamsize>(size));
  out->resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) {
    *error = "read error";
    return false;
  }
  return true;
}

class FolderArchive : public Archive {
 public:
  explicit FolderArchive(fs::path root) : root_(std::move(root)) {
    std::error_code ec;
    fs::recursive_directory_iterator it(root_, fs::directory_options::skip_permission_denied, ec),
        end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code e2;
      if (!it->is_regular_file(e2)) continue;
      files_.push_back(fs::relative(it->path(), root_, e2).generic_string());
    }
    std::sort(files_.begin(), files_.end());
  }
  const char* kind() const override { return "folder"; }
  const std::vector<std::string>& files() const override { return files_; }
  bool Read(const std::string& path, std::string* out, std::string* error) const override {
    return ReadWholeFile(root_ / path, out, error);
  }

 private:
  fs::path root_;
  std::vector<std::string> files_;
};

class SingleFileArchive : public Archive {
 public:
  explicit SingleFileArchive(fs::path file) : file_(std::move(file)) {
    files_.push_back(file_.filename().generic_string());
  }
  const char* kind() const override { return "file"; }
  const std::vector<std::string>& files() const override { return files_; }
  bool Read(const std::string&, std::string* out, std::string* error) const override {
    return ReadWholeFile(file_, out, error);
  }

 private:
  fs::path file_;
  std::vector<std::string> files_;
};

std::string ZipErrorString(int code) {
  zip_error_t e;
  zip_error_init_with_code(&e, code);
  std::string s = zip_error_strerror(&e);
  zip_error_fini(&e);
  return s;
}

class ZipArchive : public Archive {
 public:
  static std::unique_ptr<Archive> Open(const std::string& path, std::string* error) {
    int code = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!z) {
      if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS || code == ZIP_ER_EOF ||
          code == ZIP_ER_SEEK || code == ZIP_ER_READ)
        *error = "not a readable zip file (" + ZipErrorString(code) +
                 "): the download may be incomplete or damaged; download the export again";
      else if (code == ZIP_ER_MULTIDISK)
        *error = "split (multi-part) zip files are not supported: unzip it first and give "
                 "the folder";
      else
        *error = "cannot open the zip file: " + ZipErrorString(code);
      return nullptr;
    }
    auto archive = std::unique_ptr<ZipArchive>(new ZipArchive(z));
    zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
      const char* name = zip_get_name(z, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
      if (!name) continue;
      std::string s = name;
      if (s.empty() || s.back() == '/') continue;  // folders
      // Windows tools sometimes store backslashes.
      for (char& c : s)
        if (c == '\\') c = '/';
      archive->files_.push_back(s);
      archive->index_.push_back(static_cast<zip_uint64_t>(i));
    }
    return archive;
  }
  ~ZipArchive() override { zip_discard(zip_); }
  const char* kind() const override { return "zip"; }
  const std::vector<std::string>& files() const override { return files_; }
  bool Read(const std::string& path, std::string* out, std::string* error) const override {
    size_t k = 0;
    while (k < files_.size() && files_[k] != path) ++k;
    if (k == files_.size()) {
      *error = "not in the zip";
      return false;
    }
    zip_uint64_t i = index_[k];
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_, i, 0, &st) != 0) {
      *error = std::string("damaged zip entry: ") + zip_strerror(zip_);
      return false;
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > kMaxFileBytes) {
      *error = "too large (" + std::to_string(st.size >> 20) + " MB uncompressed)";
      return false;
    }
    zip_file_t* f = zip_fopen_index(zip_, i, 0);
    if (!f) {
      zip_error_t* e = zip_get_error(zip_);
      int code = zip_error_code_zip(e);
      if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
        *error = "the zip entry is encrypted (password-protected)";
      else
        *error = std::string("damaged zip entry: ") + zip_error_strerror(e);
      return false;
    }
    out->clear();
    if (st.valid & ZIP_STAT_SIZE) out->reserve(static_cast<size_t>(st.size));
    char buffer[1 << 16];
    for (;;) {
      zip_int64_t got = zip_fread(f, buffer, sizeof buffer);
      if (got < 0) {
        *error = std::string("damaged zip entry: ") + zip_file_strerror(f);
        zip_fclose(f);
        return false;
      }
      if (got == 0) break;
      if (out->size() + static_cast<size_t>(got) > kMaxFileBytes) {
        *error = "too large once uncompressed";
        zip_fclose(f);
        return false;
      }
      out->append(buffer, static_cast<size_t>(got));
    }
    // zip_fclose reports a CRC mismatch detected at the end of the data.
    int rc = zip_fclose(f);
    if (rc != 0) {
      *error = "damaged zip entry: " + ZipErrorString(rc);
      return false;
    }
    return true;
  }

 private:
  explicit ZipArchive(zip_t* z) : zip_(z) {}
  zip_t* zip_;
  std::vector<std::string> files_;
  std::vector<zip_uint64_t> index_;
};

bool LooksLikeZip(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  unsigned char magic[4] = {0, 0, 0, 0};
  size_t n = std::fread(magic, 1, 4, f);
  std::fclose(f);
  return n == 4 && magic[0] == 'P' && magic[1] == 'K' &&
         ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
}

bool EndsWithZip(const std::string& path) {
  if (path.size() < 4) return false;
  std::string ext = path.substr(path.size() - 4);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".zip";
}

}  // namespace

std::unique_ptr<Archive> OpenArchive(const std::string& path, std::string* error) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    *error = "no such file or folder";
    return nullptr;
  }
  if (fs::is_directory(st)) return std::make_unique<FolderArchive>(fs::path(path));
  if (!fs::is_regular_file(st)) {
    *error = "not a file or a folder";
    return nullptr;
  }
  if (LooksLikeZip(path)) return ZipArchive::Open(path, error);
  if (EndsWithZip(path)) {
    *error = fs::file_size(path, ec) == 0
                 ? "the zip file is empty: the download did not complete; download the export again"
                 : "not a zip file (it does not start like one): the download may be damaged; "
                   "download the export again";
    return nullptr;
  }
  return std::make_unique<SingleFileArchive>(fs::path(path));
}

}  // namespace secretum::cli::audit
