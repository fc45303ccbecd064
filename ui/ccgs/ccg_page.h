#pragma once
// "CCGs & practices": the CCG table (leads editable in place, the rest in the
// Edit CCG dialog), Add CCG, the selected CCG's level history, and its
// practices with a filter box.

#include "core/catalogue/ccg_fields.h"
#include "ui/page.h"
#include "ui/undo/versioned_edit_command.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hub::ui
{

class CcgTableModel;
class LevelHistoryModel;
class PracticeTableModel;

class CcgPage : public Page
{
    Q_OBJECT
public:
    explicit CcgPage(QWidget *parent = nullptr);

    void reload() override;
    void selectCcg(const QString &code);
    QString currentCcg() const;

    // Asks for a CSV (epraccur or payments) and imports it all-or-nothing.
    void importPractices();
    // Imports one file and reports the result; true when imported.
    bool importPracticesFrom(const QString &path);
    // The Add CCG dialog; the CCG is written when Save passes (not undoable:
    // records are never deleted, and the code stays the CCG's for good).
    void addCcg();
    // Writes a new CCG (what Add CCG's Save does); the error names the field.
    Status writeNewCcg(const NewCcg &ccg);
    // The Edit CCG dialog for the selected CCG; Save pushes an undoable edit.
    void editCcg();
    void changeLevel();
    // Pushes an undoable change of one CCG's fields (ccgFields() codes).
    void applyCcgEdit(const QString &code, const QVariantMap &after);

    CcgTableModel *ccgModel() const { return m_ccgs; }

    QSortFilterProxyModel *practiceProxy() const { return m_practiceProxy; }

signals:
    // "Query log…": the monthly query log of the selected CCG (the main window opens it).
    void queryLogRequested(const QString &ccgCode);

private:
    void showSelectedCcg();
    void updatePracticeCount();
    std::optional<RecordState> readCcg(const QString &code);
    bool writeCcg(const QString &code, const QVariantMap &values, std::int64_t version);

    CcgTableModel *m_ccgs;
    QSortFilterProxyModel *m_ccgProxy;
    PracticeTableModel *m_practices;
    QSortFilterProxyModel *m_practiceProxy;
    LevelHistoryModel *m_levels;
    QTableView *m_ccgTable;
    QTableView *m_practiceTable;
    QTableView *m_levelTable;
    QLineEdit *m_filter;
    QLabel *m_practiceTitle;
    QLabel *m_practiceCount;
    QLabel *m_levelTitle;
    QPushButton *m_addCcg;
    QPushButton *m_editCcg;
    QPushButton *m_changeLevel;
    QPushButton *m_import;
    QPushButton *m_queryLog;
    QString m_shownCcg;
};

} // namespace hub::ui
