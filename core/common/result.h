#pragma once
// Errors cross layers as values: a message plus where the bad input was
// (file, row, field) so imports can say exactly what to fix.

#include <QString>
#include <QVariantMap>
#include <optional>
#include <utility>
#include <variant>

namespace hub
{

enum class ErrorCode {
    Invalid, // bad input from a user or a file
    NotFound,
    Conflict, // optimistic concurrency: someone else changed the record
    Busy, // the office file stayed locked past the busy timeout
    ReadOnly,
    NotHubcaseFile,
    NewerVersion,
    Corrupt,
    Io,
    Permission,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString file;
    int row = 0; // 1-based; 0 when not about a row
    QString field;
    // For Conflict: the record as it is now (updated_by, updated_at, row_version, fields).
    QVariantMap current;
    // The system's own words (SQLite's message), for a details section; never the headline.
    QString details;

    // One line a user can act on: "practices.csv row 12, field 'Contract Type': unknown value 'XYZ'".
    QString describe() const;
};

Error makeError(ErrorCode code, QString message);

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_v); }
    const T &value() const & { return std::get<T>(m_v); }
    // By value, so `for (auto &x : repo.list().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace hub
