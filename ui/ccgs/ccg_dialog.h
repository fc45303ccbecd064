#pragma once
// Add CCG / Edit CCG: the CCG's name and named leads (core/catalogue/ccg_fields.h),
// and, when adding, its ODS code and the co-commissioning level it starts at.
// Save checks every field first; a refusal names the field beside it, keeps
// the typing, and the dialog stays open.

#include "core/catalogue/ccg_fields.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace hub::ui
{

class CcgDialog : public QDialog
{
    Q_OBJECT
public:
    // Runs on Save after the fields pass; an error keeps the dialog open and shows it.
    using Save = std::function<Status(const CcgDialog &)>;

    // Add: an empty form; the level starts on `asOf`'s month unless changed.
    CcgDialog(const QDate &asOf, QWidget *parent = nullptr);
    // Edit: the CCG's fields (its code cannot change).
    explicit CcgDialog(const Ccg &ccg, QWidget *parent = nullptr);

    bool isAdding() const { return m_code != nullptr; }
    // The ccgFields() values as typed (trimmed).
    QVariantMap values() const;
    static QVariantMap valuesOf(const Ccg &ccg);
    // Add only: the code, the fields and the starting level.
    NewCcg newCcg() const;

    void setSave(Save save) { m_save = std::move(save); }
    // Shows why a value was refused beside its field and puts the cursor there.
    void showProblem(const Error &error);
    QString problem() const;

    void accept() override;

private:
    void build(const Ccg &ccg, const QDate &asOf);
    Status check() const;

    QLineEdit *m_code = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_levelFrom = nullptr;
    QHash<QString, QLineEdit *> m_fields;
    QLabel *m_problem;
    Save m_save;
};

} // namespace hub::ui
