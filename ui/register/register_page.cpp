// The MoU register page.
#include "ui/register/register_page.h"

#include "database/catalogue/agreement_lifecycle_repository.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"
#include "ui/register/agreement_dialog.h"
#include "ui/register/agreement_record_dialog.h"
#include "ui/register/commands/record_agreement_change.h"
#include "ui/register/key_dates_box.h"
#include "ui/register/register_html.h"
#include "ui/undo/record_edit_command.h"
#include "ui/widgets/fit_height.h"
#include "ui/widgets/wrapping_delegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

QTableWidget *simpleTable(const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

RegisterPage::RegisterPage(QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget)
    , m_agreements(new QListWidget)
    , m_agreementTitle(new QLabel)
    , m_edit(new QPushButton(tr("Edit agreement…")))
    , m_extend(new QPushButton(tr("Record extension…")))
    , m_notice(new QPushButton(tr("Record notice…")))
    , m_confirm(new QPushButton(tr("Record confirmation…")))
    , m_detail(new QTextBrowser)
    , m_keyDates(new KeyDatesBox)
    , m_standards(new QTextBrowser)
    , m_finance(new QTreeWidget)
    , m_ledger(new QLabel)
    , m_reporting(simpleTable({ tr("Quarter"), tr("Report due") }, u"reportingTable"_s))
    , m_contacts(simpleTable({ tr("Name"), tr("Role") }, u"contactsTable"_s))
{
    setObjectName(u"registerPage"_s);
    setShownTables({ u"agreement"_s, u"agreement_item"_s, u"signatory"_s, u"escalation_stage"_s, u"panel_seat"_s,
        u"panel_form"_s, u"mou_clause"_s, u"mou_clause_block"_s, u"agreement_event"_s, u"agreement_confirmation"_s,
        u"ccg"_s, u"ccg_level"_s, u"delegated_function"_s, u"activity"_s, u"finance_service"_s, u"finance_activity"_s,
        u"catalogue_text"_s, u"service_standard"_s, u"standard_exclusion"_s, u"reporting_quarter"_s });
    m_tabs->setObjectName(u"registerTabs"_s);
    m_tabs->addTab(buildAgreementsTab(), tr("Agreements"));
    m_standards->setObjectName(u"standardsBrowser"_s);
    m_standards->setOpenLinks(false);
    m_tabs->addTab(m_standards, tr("Service standards"));
    m_tabs->addTab(buildFinanceTab(), tr("Finance services"));
    m_tabs->addTab(buildReportingTab(), tr("Reporting and contacts"));

    auto *title = new QLabel(tr("<span style='font-size:15pt;font-weight:600;color:#005EB8'>MoU register</span>"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    // Lists (context menu, print, export); Tab: agreements → what is shown of one → Edit.
    addList(m_agreements, ListSetup(tr("Agreements")).opensNothing());
    addList(m_finance, ListSetup(tr("Finance services")).opensNothing());
    addList(m_reporting, ListSetup(tr("Quarterly reporting schedule")).opensNothing());
    addList(m_contacts, ListSetup(tr("Key contacts for the MoU")).opensNothing());
    setTabOrderParts({ m_tabs->tabBar(), m_agreements, m_keyDates, m_detail, m_edit, m_extend, m_notice, m_confirm });
}

QWidget *RegisterPage::buildAgreementsTab()
{
    m_agreements->setObjectName(u"agreementList"_s);
    m_agreements->setWordWrap(true);
    m_agreements->setSpacing(5);
    m_agreements->setMinimumWidth(220);
    connect(m_agreements, &QListWidget::currentRowChanged, this, &RegisterPage::showAgreement);

    m_detail->setObjectName(u"agreementBrowser"_s);
    m_detail->setOpenLinks(false);
    m_edit->setObjectName(u"editAgreementButton"_s);
    m_edit->setToolTip(tr("Change the agreement's version, dates and notice period"));
    connect(m_edit, &QPushButton::clicked, this, &RegisterPage::editAgreement);
    m_agreementTitle->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_keyDates, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addSpacing(10);
    buttons->addWidget(m_edit);
    const QList<QPair<QPushButton *, QString>> records {
        { m_extend, tr("An extension to the agreement, agreed by the parties, with its new end date") },
        { m_notice, tr("A party's notice of withdrawal; the agreement ends after the notice period") },
        { m_confirm, tr("A party's written confirmation of the agreement (for an agreement without signatures)") },
    };
    for (int i = 0; i < records.size(); ++i) {
        QPushButton *b = records[i].first;
        b->setObjectName(
            QStringList { u"recordExtensionButton"_s, u"recordNoticeButton"_s, u"recordConfirmationButton"_s }[i]);
        b->setToolTip(records[i].second);
        connect(b, &QPushButton::clicked, this, [this, i] { openRecordDialog(i); });
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    top->addLayout(buttons);

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addLayout(top);
    innerLayout->addWidget(m_detail, 1);

    auto *outer = new QSplitter(Qt::Horizontal);
    outer->setObjectName(u"registerSplitter"_s);
    outer->addWidget(m_agreements);
    outer->addWidget(inner);
    outer->setStretchFactor(0, 1);
    outer->setStretchFactor(1, 4);
    outer->setSizes({ 240, 960 });
    return outer;
}

QWidget *RegisterPage::buildFinanceTab()
{
    m_finance->setObjectName(u"financeTree"_s);
    m_finance->setColumnCount(1);
    m_finance->setHeaderLabels({ tr("Finance service area and activities") });
    new WrappingDelegate(m_finance, 0);
    m_finance->setAlternatingRowColors(true);
    m_finance->setUniformRowHeights(false);
    m_ledger->setWordWrap(true);
    auto *w = new QWidget;
    auto *l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_finance, 1);
    l->addWidget(m_ledger);
    return w;
}

QWidget *RegisterPage::buildReportingTab()
{
    m_reporting->horizontalHeader()->resizeSection(0, 90);
    m_contacts->horizontalHeader()->resizeSection(0, 200);
    settings::rememberHeaderState(m_reporting->horizontalHeader(), u"reporting"_s);
    settings::rememberHeaderState(m_contacts->horizontalHeader(), u"contacts"_s);
    auto *w = new QWidget;
    auto *l = new QHBoxLayout(w);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Quarterly reporting schedule</b>")));
    auto *leftNote = new QLabel(tr("Each quarter's report is due by the end of the month named."));
    leftNote->setWordWrap(true);
    left->addWidget(leftNote);
    left->addWidget(m_reporting);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Key contacts for the MoU</b>")));
    auto *rightNote = new QLabel(tr("The people named in the MoU as contacts for its development (section 3.3)."));
    rightNote->setWordWrap(true);
    right->addWidget(rightNote);
    right->addWidget(m_contacts);
    right->addStretch(1);
    l->addLayout(left, 2);
    l->addSpacing(12);
    l->addLayout(right, 3);
    return w;
}

void RegisterPage::reload()
{
    const QString key = currentAgreementKey();
    m_catalogue = {};
    if (officeFile()) {
        Result<Catalogue> loaded = db::CatalogueRepository(*officeFile()).load();
        if (loaded)
            m_catalogue = std::move(loaded).value();
        else
            showError(this, tr("Reading the MoU register"), loaded.error());
    }
    {
        const QSignalBlocker block(m_agreements);
        m_agreements->clear();
        for (const Agreement &a : m_catalogue.agreements) {
            auto *item = new QListWidgetItem(u"%1\n%2 · version %3"_s.arg(a.title, a.region, a.version));
            item->setData(Qt::UserRole, a.key);
            item->setToolTip(a.title);
            m_agreements->addItem(item);
        }
    }
    selectAgreement(key);
    if (m_agreements->currentRow() < 0 && m_agreements->count() > 0)
        m_agreements->setCurrentRow(m_agreements->count() - 1); // the Hub's own MoU
    showAgreement();
    m_standards->setHtml(m_catalogue.standards.isEmpty() ? QString() : standardsHtml(m_catalogue));
    fillFinance();
    fillReporting();
}

void RegisterPage::selectAgreement(const QString &key)
{
    for (int i = 0; i < m_agreements->count(); ++i) {
        if (m_agreements->item(i)->data(Qt::UserRole).toString() == key)
            m_agreements->setCurrentRow(i);
    }
}

QString RegisterPage::currentAgreementKey() const
{
    const QListWidgetItem *item = m_agreements->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RegisterPage::showAgreement()
{
    const Agreement *a = m_catalogue.agreement(currentAgreementKey());
    for (QPushButton *b : { m_edit, m_extend, m_notice, m_confirm })
        b->setEnabled(a && isEditable());
    if (a && a->noticeMonths <= 0) {
        m_notice->setEnabled(false);
        m_notice->setToolTip(tr("This agreement sets no notice period"));
    }
    if (!a) {
        m_detail->clear();
        m_keyDates->clear();
        return;
    }
    // Keep the reader's place when the same agreement is shown again after a reload.
    const bool same = m_detail->property("agreementKey").toString() == a->key;
    const int scroll = m_detail->verticalScrollBar()->value();
    m_detail->setHtml(agreementHtml(*a, m_catalogue));
    m_detail->setProperty("agreementKey", a->key);
    if (same)
        m_detail->verticalScrollBar()->setValue(scroll);
    m_keyDates->setAgreement(*a, db::officeAsOf(officeFile()));
}

void RegisterPage::fillFinance()
{
    m_finance->clear();
    for (const FinanceService &f : m_catalogue.financeServices) {
        auto *area = new QTreeWidgetItem(m_finance, { f.area });
        QFont bold = area->font(0);
        bold.setBold(true);
        area->setFont(0, bold);
        for (const QString &activity : f.activities)
            new QTreeWidgetItem(area, { activity });
    }
    m_finance->expandAll();
    m_ledger->setText(m_catalogue.ledgerResponsibilities.isEmpty()
            ? QString()
            : tr("<b>Ledger responsibilities:</b> %1")
                  .arg(m_catalogue.ledgerResponsibilities.join(u", "_s).toHtmlEscaped()));
}

void RegisterPage::fillReporting()
{
    m_reporting->setRowCount(int(m_catalogue.reporting.size()));
    for (int r = 0; r < m_catalogue.reporting.size(); ++r) {
        const ReportingQuarter &q = m_catalogue.reporting.at(r);
        m_reporting->setItem(r, 0, new QTableWidgetItem(u"Q%1"_s.arg(q.quarter)));
        m_reporting->setItem(r, 1, new QTableWidgetItem(q.due));
    }
    m_contacts->setRowCount(int(m_catalogue.keyContacts.size()));
    for (int r = 0; r < m_catalogue.keyContacts.size(); ++r) {
        const Contact &c = m_catalogue.keyContacts.at(r);
        m_contacts->setItem(r, 0, new QTableWidgetItem(c.name));
        m_contacts->setItem(r, 1, new QTableWidgetItem(c.role));
    }
    fitHeightToRows(m_reporting);
    fitHeightToRows(m_contacts);
}

void RegisterPage::editAgreement()
{
    const Agreement *a = m_catalogue.agreement(currentAgreementKey());
    if (!a || !isEditable())
        return;
    AgreementDialog dialog(*a, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyAgreementEdit(a->key, dialog.values());
}

void RegisterPage::applyAgreementEdit(const QString &key, const QVariantMap &after)
{
    const Agreement *a = m_catalogue.agreement(key);
    if (!a || !isEditable())
        return;
    const QVariantMap before = AgreementDialog::valuesOf(*a);
    RecordEditCommand::Access access;
    access.readFresh = [this, key] { return readAgreement(key); };
    access.write
        = [this, key](const QVariantMap &values, std::int64_t version) { return writeAgreement(key, values, version); };
    pushChangedFields(tr("Edit %1").arg(a->title), before, after, a->meta.version, std::move(access));
}

std::optional<RecordState> RegisterPage::readAgreement(const QString &key)
{
    reload();
    const Agreement *a = m_catalogue.agreement(key);
    if (!a)
        return std::nullopt;
    return RecordState { AgreementDialog::valuesOf(*a), a->meta };
}

bool RegisterPage::writeAgreement(const QString &key, const QVariantMap &values, std::int64_t version)
{
    const Agreement *a = m_catalogue.agreement(key);
    if (!a || !officeFile())
        return false;
    const QString id = a->meta.id;
    const WriteOutcome outcome = guardedWrite(
        version, [&](std::int64_t v) { return db::CatalogueRepository(*officeFile()).updateAgreement(id, v, values); },
        tr("Saving the agreement"));
    reload();
    selectAgreement(key);
    return outcome == WriteOutcome::Written;
}

void RegisterPage::openRecordDialog(int kind)
{
    const Agreement *a = m_catalogue.agreement(currentAgreementKey());
    if (!a || !isEditable())
        return;
    AgreementRecordDialog dialog(AgreementRecordDialog::Kind(kind), *a, db::officeAsOf(officeFile()), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (recordAgreementChange(dialog))
            return;
    }
}

bool RegisterPage::recordAgreementChange(const AgreementRecordDialog &dialog)
{
    const Agreement *a = m_catalogue.agreement(currentAgreementKey());
    if (!a || !officeFile())
        return false;
    const QString key = a->key;
    const std::int64_t version = a->meta.version;
    db::OfficeFile *file = officeFile();
    std::function<Result<QString>()> record;
    QString text;
    const QDate on = dialog.on(), newEnd = dialog.newEnd();
    const QString party = dialog.party(), by = dialog.by(), note = dialog.note();
    QString table = u"agreement_event"_s;
    switch (dialog.kind()) {
    case AgreementRecordDialog::Kind::Extension:
        text = tr("Record extension of %1").arg(a->title);
        record = [=] { return db::AgreementLifecycleRepository(*file).recordExtension(key, on, newEnd, by, note); };
        break;
    case AgreementRecordDialog::Kind::Notice:
        text = tr("Record notice of withdrawal from %1").arg(a->title);
        record = [=] { return db::AgreementLifecycleRepository(*file).recordNotice(key, party, on, by, note); };
        break;
    case AgreementRecordDialog::Kind::Confirmation: {
        text = tr("Record written confirmation of %1").arg(a->title);
        table = u"agreement_confirmation"_s;
        AgreementConfirmation c { party, on, by, note, {} };
        record = [=] { return db::AgreementLifecycleRepository(*file).addConfirmation(key, c); };
        break;
    }
    }
    // The first write is checked against the version the user saw: someone
    // else's change in between is a conflict, not silently built on.
    auto first = std::make_shared<bool>(true);
    auto checkedRecord = [=]() -> Result<QString> {
        if (*first) {
            *first = false;
            if (const auto now = db::AgreementLifecycleRepository(*file).agreement(key);
                now && now->meta.version != version)
                return makeError(ErrorCode::Conflict,
                    tr("Someone else changed %1 since it was shown; look again before recording.").arg(now->title));
        }
        return record();
    };
    auto *command = new RecordAgreementChange(text, checkedRecord,
        [file, table](const QString &id) { return db::AgreementLifecycleRepository(*file).remove(table, id); });
    undoStack()->push(command);
    const Status outcome = command->outcome();
    reload();
    selectAgreement(key);
    if (!outcome) {
        QMessageBox::warning(this, text, outcome.error().message);
        return false;
    }
    emit statusMessage(text);
    return true;
}

} // namespace hub::ui
