#pragma once
// "CCG specifications": choose a CCG (the list shows each one's status and
// current level), set each determinable activity's determination, fill in
// the sign-off block, mark it agreed (after confirming) or back to draft, and
// print or export it as PDF. Everything is read from and written through the
// page's SpecDocument; the widgets display it and push undo commands.

#include "core/specification/ccg_specification.h"
#include "ui/page.h"

#include <functional>
#include <memory>

class QComboBox;
class QListWidget;
class QStackedWidget;
class QLabel;
class QPushButton;
class QTableView;

namespace hub::ui
{

class SpecDocument;
class SpecHeaderForm;
class SpecItemsModel;
struct SpecPrintJob;

class SpecPage : public Page
{
    Q_OBJECT
public:
    explicit SpecPage(QWidget *parent = nullptr);
    ~SpecPage() override;

    void reload() override;
    void selectCcg(const QString &ccgCode);
    QString currentCcg() const;

    SpecItemsModel *itemsModel() const { return m_model; }
    // Null without an office file.
    SpecDocument *document() const { return m_doc.get(); }

    bool canPrint() const override;
    QString printWhat() const override;
    void print() override;
    void printPreview() override;
    void exportPdf() override;

    // For the page's buttons and for tests. Mark agreed asks first (confirmAgreed).
    void markAgreed();
    void backToDraft();
    // Asks "mark agreed?"; tests replace it. The default is a message box.
    void setAgreeConfirmer(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

protected:
    void officeFileChanged() override;

private:
    void refresh();
    void fillCcgLists();
    void updateEditors();
    void showMessage(const QString &text, bool warning);
    void onDeterminationEdited(const QString &activityKey, hub::Determination determination, const QString &note);
    void onHeaderEdited(const QString &field, const QVariant &value);
    bool confirmAgreed(const QString &question);
    QString statusText(const QString &ccgCode, const QHash<QString, CcgSpecification> &stored) const;

    std::unique_ptr<SpecDocument> m_doc;
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
    QString m_wanted; // the CCG chosen (kept while no file is open)
    std::function<bool(const QString &)> m_confirm;
    bool m_editorsOpen = false;
};

} // namespace hub::ui
