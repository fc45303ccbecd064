#pragma once
// Exception used inside database/ only; services turn it into hub::Error
// before anything crosses into ui/ or app/.

#include "core/common/result.h"

#include <stdexcept>

namespace hub::db
{

class SqlError : public std::runtime_error
{
public:
    SqlError(Error error)
        : std::runtime_error(error.message.toStdString())
        , m_error(std::move(error))
    {
    }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

// Maps an SQLite result code to the error a user should see.
Error errorFromSqlite(int code, const QString &message);
[[noreturn]] void throwSqlite(int code, const QString &message);

// Runs `body`, turning any SqlError into a Result error.
template <typename F> auto guarded(F &&body) -> decltype(body())
{
    try {
        return body();
    } catch (const SqlError &e) {
        return e.error();
    }
}

} // namespace hub::db
