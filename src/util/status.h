// Status and Result<T>: how every Wenyuan unit reports failure.
//
// A Status is either OK or a code plus a one-line message that names what
// failed and where ("samples/a.pdf: page 3: ..."). Result<T> holds either a
// value or a non-OK Status. Errors cross module borders only as these values;
// nothing in Wenyuan throws across a module border. Both types are plain
// values: copyable, movable, and safe to use from any thread.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace wenyuan {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's input is wrong (bad file, bad query)
  kNotFound,
  kAlreadyExists,
  kIOError,      // the operating system refused (open, write, fsync)
  kCorruption,   // stored data does not check out
  kUnsupported,  // a format or feature we do not handle
  kTimeout,
  kResourceExhausted,  // a limit was hit (size, memory, rate)
  kPermissionDenied,
  kInternal,
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status AlreadyExists(std::string m) { return {StatusCode::kAlreadyExists, std::move(m)}; }
  static Status IOError(std::string m) { return {StatusCode::kIOError, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status Timeout(std::string m) { return {StatusCode::kTimeout, std::move(m)}; }
  static Status ResourceExhausted(std::string m) { return {StatusCode::kResourceExhausted, std::move(m)}; }
  static Status PermissionDenied(std::string m) { return {StatusCode::kPermissionDenied, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // A copy whose message is "<context>: <message>", for adding the file or
  // place as an error travels up.
  Status WithContext(std::string_view context) const;

  // Says that the caller drops this status on purpose (a best-effort step
  // such as a rollback in a destructor, whose failure changes nothing).
  // Status is [[nodiscard]]: every other ignored status is a compile error.
  void IgnoreError() const {}

  // The code's stable name ("invalid_argument"), used in JSON errors.
  std::string_view CodeName() const;
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}  // NOLINT: must not be OK

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace wenyuan

#define WY_CONCAT_INNER(a, b) a##b
#define WY_CONCAT(a, b) WY_CONCAT_INNER(a, b)

// Returns the Status from the enclosing function if `expr` is not OK.
#define WY_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::wenyuan::Status wy_status_ = (expr);   \
    if (!wy_status_.ok()) return wy_status_; \
  } while (0)

// `WY_ASSIGN_OR_RETURN(auto x, Foo());` declares x from a Result or returns
// its Status.
#define WY_ASSIGN_OR_RETURN(lhs, expr) WY_ASSIGN_OR_RETURN_IMPL(WY_CONCAT(wy_result_, __LINE__), lhs, expr)
#define WY_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                             \
  if (!tmp.ok()) return tmp.status();            \
  lhs = std::move(tmp).value()
