#pragma once
// Asks what to do when a save finds that someone else changed the record
// first: keep their version (reload) or apply mine anyway. Never decides alone.

#include "core/common/result.h"

#include <QDialog>
#include <functional>

class QPushButton;

namespace hub::ui
{

enum class ConflictChoice { KeepTheirs, ApplyMine };

// Decides a conflict; pages hold one so tests can answer without a dialog.
using ConflictResolver = std::function<ConflictChoice(const Error &conflict)>;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    // `conflict` is an ErrorCode::Conflict error (its `current` names who and when);
    // `what` names the record, e.g. "The determination of VIII.4".
    ConflictDialog(const Error &conflict, const QString &what, QWidget *parent = nullptr);

    ConflictChoice choice() const { return m_choice; }

    // Shows the dialog modally; closing it without a choice keeps their version.
    static ConflictChoice ask(QWidget *parent, const Error &conflict, const QString &what = {});
    // A resolver that asks with this dialog.
    static ConflictResolver resolverFor(QWidget *parent);

    // "This record was changed by a.patel at 23/11/2026 14:05".
    static QString changedByText(const Error &conflict);

private:
    ConflictChoice m_choice = ConflictChoice::KeepTheirs;
};

} // namespace hub::ui
