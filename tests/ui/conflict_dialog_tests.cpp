// The conflict dialog's wording and the guarded write loop behind every save.
#include "ui_test_support.h"

#include "ui/dialogs/conflict_dialog.h"
#include "ui/dialogs/error_message.h"
#include "ui/session/write_with_retry.h"
#include "ui/undo/versioned_edit_command.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

using namespace hub;
using namespace hub::ui;

namespace
{

Error conflict(qint64 version, const QString &who = QStringLiteral("b.jones"))
{
    Error e = makeError(ErrorCode::Conflict, QStringLiteral("Changed"));
    const QDateTime at(QDate(2026, 11, 23), QTime(14, 5), Qt::LocalTime);
    e.current
        = { { QStringLiteral("updated_by"), who }, { QStringLiteral("updated_at"), at.toUTC().toString(Qt::ISODate) },
              { QStringLiteral("row_version"), version } };
    return e;
}

} // namespace

TEST_CASE("conflict text names who and when in dd/MM/yyyy HH:mm local time", "[ui][conflict]")
{
    CHECK(ConflictDialog::changedByText(conflict(4))
        == QStringLiteral("This record was changed by b.jones at 23/11/2026 14:05"));
    Error anonymous = makeError(ErrorCode::Conflict, QStringLiteral("x"));
    CHECK(
        ConflictDialog::changedByText(anonymous).startsWith(QStringLiteral("This record was changed by someone else")));
}

TEST_CASE("the conflict dialog's buttons return the choice - closing keeps theirs", "[ui][conflict]")
{
    {
        auto click = uitest::clickWhenShown(QStringLiteral("conflictDialog"), QStringLiteral("applyMineButton"));
        CHECK(ConflictDialog::ask(nullptr, conflict(3)) == ConflictChoice::ApplyMine);
    }
    {
        auto click = uitest::clickWhenShown(QStringLiteral("conflictDialog"), QStringLiteral("keepTheirsButton"));
        CHECK(ConflictDialog::ask(nullptr, conflict(3)) == ConflictChoice::KeepTheirs);
    }
    {
        auto close
            = uitest::clickWhenShown(QStringLiteral("conflictDialog"), QString(), [](QWidget *w) { w->close(); });
        CHECK(ConflictDialog::ask(nullptr, conflict(3)) == ConflictChoice::KeepTheirs);
    }
}

TEST_CASE("guarded write: apply mine retries with the stored version, keep theirs writes nothing", "[ui][conflict]")
{
    QVector<std::int64_t> tried;
    const VersionedWrite write = [&](std::int64_t v) -> Status {
        tried.append(v);
        if (v < 7)
            return conflict(7);
        return {};
    };
    int errors = 0;
    const ErrorHandler onError = [&](const Error &) { ++errors; };

    CHECK(writeGuarded(
              5, write, [](const Error &) { return ConflictChoice::ApplyMine; }, onError)
        == WriteOutcome::Written);
    CHECK(tried == QVector<std::int64_t> { 5, 7 });

    tried.clear();
    CHECK(writeGuarded(
              5, write, [](const Error &) { return ConflictChoice::KeepTheirs; }, onError)
        == WriteOutcome::KeptTheirs);
    CHECK(tried == QVector<std::int64_t> { 5 });
    CHECK(errors == 0);

    const VersionedWrite broken
        = [](std::int64_t) -> Status { return makeError(ErrorCode::Busy, QStringLiteral("locked")); };
    CHECK(writeGuarded(1, broken, {}, onError) == WriteOutcome::Failed);
    CHECK(errors == 1);
    CHECK(userMessage(makeError(ErrorCode::Busy, QStringLiteral("locked"))).contains(QStringLiteral("try again")));
}

TEST_CASE("changedFields and sameValues compare as stored text", "[ui][undo]")
{
    const QVariantMap before { { QStringLiteral("a"), QStringLiteral("x") }, { QStringLiteral("d"), QDate(2015, 9, 1) },
        { QStringLiteral("n"), 6 } };
    QVariantMap after = before;
    after.insert(QStringLiteral("d"), QDate());
    CHECK(changedFields(before, after) == QVariantMap { { QStringLiteral("d"), QDate() } });
    CHECK(sameValues(before,
        { { QStringLiteral("a"), QStringLiteral("x") }, { QStringLiteral("d"), QStringLiteral("2015-09-01") },
            { QStringLiteral("n"), QStringLiteral("6") } }));
    CHECK_FALSE(sameValues(before, after));
}
