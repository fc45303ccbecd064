#pragma once
// "CCG specifications": choose a CCG, set each determinable activity's
// determination (undoable), fill in the sign-off block, mark it agreed (or
// back to draft), and print or export it as PDF.

#include "core/specification/ccg_specification.h"
#include "ui/page.h"

class QComboBox;
class QListWidget;
class QStackedWidget;
class QLabel;
class QPushButton;
class QTableView;

namespace hub::ui
{

class SpecEditor;
class SpecHeaderForm;
class SpecItemsModel;

class SpecPage : public Page
{
    Q_OBJECT
public:
    explicit SpecPage(QWidget *parent = nullptr);

    void reload() override;
    void selectCcg(const QString &ccgCode);
    QString currentCcg() const;

    SpecItemsModel *itemsModel() const { return m_model; }
    SpecEditor *editor() const { return m_editor; }

    bool canPrint() const override;
    void print() override;
    void printPreview() override;
    void exportPdf() override;

    // Writes directly, for the page's buttons and for tests.
    void markAgreed();
    void backToDraft();

protected:
    void officeFileChanged() override;

private:
    void refresh();
    void fillCcgCombo();
    void updateEditors();
    void showMessage(const QString &text, bool warning);
    void onDeterminationEdited(const QString &activityKey, hub::Determination determination, const QString &note);
    void onHeaderEdited(const QString &field, const QVariant &value);

    SpecEditor *m_editor;
    SpecItemsModel *m_model;
    QComboBox *m_ccgCombo;
    QLabel *m_badge;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_markAgreed;
    QPushButton *m_backToDraft;
    QPushButton *m_preview;
    QPushButton *m_export;
    QTableView *m_table;
    QStackedWidget *m_body;
    QListWidget *m_chooser;
    SpecHeaderForm *m_header;
    bool m_editorsOpen = false;
};

} // namespace hub::ui
