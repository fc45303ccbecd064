#pragma once
// "Which officer are you?": asked the first time an operating-system account
// opens an office file that knows officers but has no link for the account.
// The answer (an officer, or "None of these") is stored in the office file
// (db::AccountLinkRepository), so it is asked once per account, not per
// desktop; "Not now" stores nothing and asks again next time.

#include <QDialog>

class QListWidget;

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class OfficerQuestionDialog : public QDialog
{
    Q_OBJECT
public:
    OfficerQuestionDialog(
        const QString &account, const QString &officeName, const QStringList &officers, QWidget *parent = nullptr);

    // The chosen officer; empty for "None of these".
    QString chosenOfficer() const;
    bool choseNone() const;

private:
    QListWidget *m_choices;
};

// Asks when the file's account should be asked (AccountLinkRepository::shouldAsk)
// and stores the answer; true when a link was stored.
bool askWhichOfficer(QWidget *parent, db::OfficeFile &file);

} // namespace hub::ui
