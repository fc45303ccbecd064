#pragma once
// "MoU register": the agreements with their terms and key dates (dates and
// version editable), the service standards, finance services and the
// quarterly reporting schedule.

#include "core/catalogue/catalogue.h"
#include "ui/page.h"
#include "ui/undo/versioned_edit_command.h"

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace hub::ui
{

class AgreementRecordDialog;
class KeyDatesBox;

class RegisterPage : public Page
{
    Q_OBJECT
public:
    explicit RegisterPage(QWidget *parent = nullptr);

    void reload() override;
    QTabWidget *tabs() const { return m_tabs; }
    void selectAgreement(const QString &key);
    QString currentAgreementKey() const;

    // Opens the edit dialog for the selected agreement.
    void editAgreement();
    // The write behind an agreement edit (pushed as an undoable command).
    void applyAgreementEdit(const QString &key, const QVariantMap &after);
    // Records an extension, notice or written confirmation from the values of
    // `dialog` (undoable); false, with the reason shown, when refused.
    bool recordAgreementChange(const AgreementRecordDialog &dialog);
    void openRecordDialog(int kind); // AgreementRecordDialog::Kind

private:
    QWidget *buildAgreementsTab();
    QWidget *buildFinanceTab();
    QWidget *buildReportingTab();
    void showAgreement();
    void fillFinance();
    void fillReporting();
    std::optional<RecordState> readAgreement(const QString &key);
    bool writeAgreement(const QString &key, const QVariantMap &values, std::int64_t version);

    Catalogue m_catalogue;
    QTabWidget *m_tabs;
    QListWidget *m_agreements;
    QLabel *m_agreementTitle;
    QPushButton *m_edit;
    QPushButton *m_extend;
    QPushButton *m_notice;
    QPushButton *m_confirm;
    QTextBrowser *m_detail;
    KeyDatesBox *m_keyDates;
    QTextBrowser *m_standards;
    QTreeWidget *m_finance;
    QLabel *m_ledger;
    QTableWidget *m_reporting;
    QTableWidget *m_contacts;
};

} // namespace hub::ui
