// Error wording and the warning box.
#include "ui/dialogs/error_message.h"

#include <QMessageBox>

namespace hub::ui
{

namespace
{

QString advice(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Busy:
        return QStringLiteral("Someone else is saving to the office file: try again in a moment.");
    case ErrorCode::ReadOnly:
    case ErrorCode::Permission:
        return QStringLiteral("Nothing was changed.");
    case ErrorCode::NotHubcaseFile:
        break; // the message says what to do ("Choose another file or create a new one.")
    case ErrorCode::NewerVersion:
        return QStringLiteral("Install the latest Hubcase to open this file.");
    case ErrorCode::Corrupt:
        return QStringLiteral("Restore the office file from its latest backup.");
    case ErrorCode::Conflict:
        return QStringLiteral("Nothing was overwritten; refresh (F5) to see the latest version.");
    case ErrorCode::Io:
        return QStringLiteral("Check the file is reachable and the disk is not full.");
    case ErrorCode::Invalid:
    case ErrorCode::NotFound:
    case ErrorCode::Internal:
        break;
    }
    return {};
}

} // namespace

QString userMessage(const Error &error)
{
    const QString more = advice(error.code);
    return more.isEmpty() ? error.describe() : QStringLiteral("%1\n\n%2").arg(error.describe(), more);
}

void showError(QWidget *parent, const QString &action, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Hubcase"), QStringLiteral("%1 did not work.").arg(action),
        QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setInformativeText(userMessage(error));
    if (!error.details.isEmpty())
        box.setDetailedText(error.details);
    box.exec();
}

} // namespace hub::ui
