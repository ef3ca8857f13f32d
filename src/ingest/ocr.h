// Optical character recognition with Tesseract, run as a child process under
// time and memory limits (RunSubprocess), never linked. The languages are
// Tesseract's names joined by '+' ("chi_tra+chi_sim"); their data files come
// from Debian's tesseract-ocr-* packages installed by scripts/setup.
//
// Tesseract puts spaces between Chinese characters and leaves stray blank
// lines; the text handed back has those removed (TidyOcrText). Stateless.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "util/status.h"
#include "util/subprocess.h"

namespace wenyuan::ingest {

inline constexpr std::string_view kOcrLanguagesChinese = "chi_tra+chi_sim";
inline constexpr std::string_view kOcrLanguagesChineseEnglish = "chi_tra+chi_sim+eng";

// The text Tesseract reads in `image` (PNG, JPEG, TIFF; every page of a
// multi-page TIFF), tidied. kNotFound when tesseract is not installed;
// kInvalidArgument with Tesseract's own first line of complaint when it
// cannot read the image; kTimeout / kResourceExhausted past the limits.
// Messages do not name the image; callers add the place.
Result<std::string> RecogniseText(const std::filesystem::path& image, std::string_view languages,
                                  const SubprocessLimits& limits);

// Trims every line, removes white space between two CJK characters (Han,
// kana, CJK and full-width punctuation), drops form feeds and blank lines
// beyond one in a row, and leading and trailing blank lines.
std::string TidyOcrText(std::string_view raw);

}  // namespace wenyuan::ingest
