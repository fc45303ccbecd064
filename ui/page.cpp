// Shared page plumbing.
#include "ui/page.h"

#include "database/events/change_notifier.h"
#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"

#include <QAbstractItemView>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

Page::Page(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_resolve(ConflictDialog::resolverFor(this))
{
}

void Page::setOfficeFile(db::OfficeFile *file)
{
    m_undo->clear();
    disconnect(m_changes);
    m_file = file;
    m_stale = false;
    if (file && file->changes()) {
        m_changes = connect(
            file->changes(), &db::ChangeNotifier::recordsChanged, this, [this](const db::RecordsChanged &change) {
                if (m_tables.isEmpty() || change.touchesAny(m_tables))
                    recordsChanged(change);
            });
    }
    officeFileChanged();
    reload();
    updateNoFileNotice();
    emit printableChanged();
}

void Page::recordsChanged(const db::RecordsChanged &)
{
    reloadWhenShown();
}

void Page::reloadWhenShown()
{
    emit reloadScheduled();
    // isHidden(), not isVisible(): the page in front of a window not yet shown still counts as on show.
    if (isHidden()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    reload();
}

void Page::reloadIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    reload();
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    adoptListsAndSplitters();
    updateNoFileNotice();
    reloadIfStale();
}

namespace
{

// The tab a widget sits on ("Timeline"), or empty.
QString tabTextOf(const QWidget *w, const QWidget *page)
{
    for (const QWidget *child = w; child && child != page; child = child->parentWidget()) {
        const QWidget *stack = child->parentWidget();
        const auto *tabs = stack ? qobject_cast<const QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && qobject_cast<const QStackedWidget *>(stack)) {
            const int i = tabs->indexOf(const_cast<QWidget *>(child));
            if (i >= 0)
                return tabs->tabText(i).remove(QLatin1Char('&'));
        }
    }
    return {};
}

} // namespace

void Page::setTabOrderParts(const QList<QWidget *> &parts)
{
    m_tabParts.clear();
    for (QWidget *w : parts)
        m_tabParts << w;
    if (m_adopted) {
        QList<QWidget *> now;
        for (const QPointer<QWidget> &w : std::as_const(m_tabParts))
            now << w.data();
        chainTabOrder(now);
    }
}

void Page::adoptListsAndSplitters()
{
    if (m_adopted)
        return;
    m_adopted = true;
    QList<QWidget *> parts;
    for (const QPointer<QWidget> &w : std::as_const(m_tabParts))
        parts << w.data();
    setTabOrderParts(parts);
    const QString page = windowTitle().isEmpty() ? objectName() : windowTitle();
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>()) {
        if (ListActions::of(view) && m_lists.contains(ListActions::of(view)))
            continue;
        const QString tab = tabTextOf(view, this);
        const QString title = !view->accessibleName().isEmpty() ? view->accessibleName()
            : !tab.isEmpty()                                    ? u"%1 — %2"_s.arg(page, tab)
                                                                : page;
        addList(view, ListSetup(title).opensNothing());
    }
    // Splitters keep their place per page: "<page>/<splitter>" (unnamed ones by position).
    const QString prefix = u"pages/%1/"_s.arg(objectName().isEmpty() ? page : objectName());
    int n = 0;
    for (QSplitter *split : findChildren<QSplitter *>()) {
        const QString key = prefix + (split->objectName().isEmpty() ? u"splitter%1"_s.arg(++n) : split->objectName());
        const QByteArray state = settings::value(key);
        if (!state.isEmpty())
            split->restoreState(state);
        connect(split, &QSplitter::splitterMoved, this, [split, key] { settings::setValue(key, split->saveState()); });
    }
}

void Page::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_noFile)
        m_noFile->setGeometry(rect());
}

bool Page::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (ListActions *list : std::as_const(m_lists)) {
            if (list->view() == watched) {
                m_lastList = list;
                emit printableChanged(); // File › Print now prints this list
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

ListActions *Page::addList(QAbstractItemView *view, ListSetup setup)
{
    ListActions *list = setUpList(view, std::move(setup));
    if (!m_lists.contains(list)) {
        m_lists << list;
        view->installEventFilter(this);
        connect(list, &ListActions::printRequested, this, [this, list] {
            m_lastList = list;
            printList();
        });
        connect(list, &ListActions::exportXlsxRequested, this, [this, list] {
            m_lastList = list;
            exportList(ListFormat::Xlsx);
        });
        connect(list, &ListActions::exportCsvRequested, this, [this, list] {
            m_lastList = list;
            exportList(ListFormat::Csv);
        });
    }
    return list;
}

ListActions *Page::currentList() const
{
    ListActions *shown = nullptr;
    for (ListActions *list : m_lists) {
        if (list->view() && list->view()->hasFocus())
            return list;
        if (!shown && list->view() && !list->view()->isHidden() && list->view()->isVisibleTo(const_cast<Page *>(this)))
            shown = list;
    }
    if (m_lastList && m_lastList->view() && m_lastList->view()->isVisibleTo(const_cast<Page *>(this)))
        return m_lastList;
    return shown ? shown : m_lists.value(0);
}

Page::PrintTarget Page::printTarget() const
{
    if (!m_file)
        return PrintTarget::None;
    ListActions *list = currentList();
    const bool listFocused = list && list->view() && list->view()->hasFocus();
    if (!listFocused && documentJob())
        return PrintTarget::Document;
    return list ? PrintTarget::List : PrintTarget::None;
}

bool Page::canPrint() const
{
    return printTarget() != PrintTarget::None;
}

QString Page::printWhat() const
{
    switch (printTarget()) {
    case PrintTarget::Document:
        return documentJob()->what;
    case PrintTarget::List:
        return tr("list");
    case PrintTarget::None:
        break;
    }
    return {};
}

void Page::print()
{
    if (printTarget() == PrintTarget::Document)
        printDocument(this, *documentJob());
    else
        printList();
}

void Page::printPreview()
{
    if (printTarget() == PrintTarget::Document)
        previewDocument(this, *documentJob());
    else
        previewList();
}

void Page::exportPdf()
{
    QString path;
    if (printTarget() == PrintTarget::Document)
        path = exportDocumentPdf(this, *documentJob());
    else
        path = exportList(ListFormat::Pdf);
    if (!path.isEmpty())
        emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void Page::printList()
{
    ListActions *list = currentList();
    if (!list || !m_file)
        return;
    printDocument(this, listJob(list->snapshot(), m_file->officeName(), m_file->user()));
}

void Page::previewList()
{
    ListActions *list = currentList();
    if (!list || !m_file)
        return;
    previewDocument(this, listJob(list->snapshot(), m_file->officeName(), m_file->user()));
}

QString Page::exportList(ListFormat format)
{
    ListActions *list = currentList();
    if (!list || !m_file)
        return {};
    const QString path = ui::exportList(this, list->snapshot(), format, m_file->officeName(), m_file->user());
    if (!path.isEmpty() && format != ListFormat::Pdf)
        emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return path;
}

bool Page::focusSearch()
{
    if (!m_search || !m_search->isEnabled() || !m_search->isVisibleTo(this))
        return false;
    m_search->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(m_search.data()))
        edit->selectAll();
    return true;
}

QWidget *Page::noFileNotice() const
{
    return m_noFile;
}

void Page::updateNoFileNotice()
{
    if (m_file) {
        if (m_noFile)
            m_noFile->hide();
        return;
    }
    if (!m_noFile) {
        m_noFile = new QFrame(this);
        m_noFile->setObjectName(u"noFileNotice"_s);
        m_noFile->setAutoFillBackground(true);
        m_noFile->setStyleSheet(u"QFrame#noFileNotice { background:#F0F4F5; }"_s);
        auto *title = new QLabel(tr("No office file is open"));
        title->setObjectName(u"noFileTitle"_s);
        QFont big = title->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        title->setFont(big);
        auto *text = new QLabel(tr("Open the office's .hubcase file (File › Open office file…, Ctrl+O). "
                                   "To start a new office, create one with hubcase-cli init FILE --office CODE."));
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignCenter);
        text->setMaximumWidth(520);
        auto *open = new QPushButton(tr("Open an office file…"));
        open->setObjectName(u"noFileOpenButton"_s);
        connect(open, &QPushButton::clicked, this, &Page::openFileRequested);
        auto *layout = new QVBoxLayout(m_noFile);
        layout->addStretch(1);
        layout->addWidget(title, 0, Qt::AlignHCenter);
        layout->addWidget(text, 0, Qt::AlignHCenter);
        layout->addSpacing(8);
        layout->addWidget(open, 0, Qt::AlignHCenter);
        layout->addStretch(2);
    }
    m_noFile->setGeometry(rect());
    m_noFile->raise();
    m_noFile->show();
}

bool Page::isEditable() const
{
    return m_file && !m_file->isReadOnly();
}

ConflictChoice Page::resolveConflict(const Error &conflict) const
{
    return m_resolve ? m_resolve(conflict) : ConflictChoice::KeepTheirs;
}

WriteOutcome Page::guardedWrite(std::int64_t expectedVersion, const VersionedWrite &write, const QString &action)
{
    return writeGuarded(
        expectedVersion, write, m_resolve, [this, action](const Error &e) { showError(this, action, e); });
}

void Page::pushRecordEdit(const QString &text, const QVariantMap &before, const QVariantMap &after,
    std::int64_t startVersion, RecordEditCommand::Access access)
{
    access.resolve = [this](const Error &e) { return resolveConflict(e); };
    m_undo->push(new RecordEditCommand(text, before, after, startVersion, std::move(access)));
}

void Page::pushChangedFields(const QString &text, const QVariantMap &before, const QVariantMap &after,
    std::int64_t startVersion, RecordEditCommand::Access access)
{
    const QVariantMap changed = changedFields(before, after);
    if (changed.isEmpty())
        return;
    QVariantMap was;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        was.insert(it.key(), before.value(it.key()));
    pushRecordEdit(text, was, changed, startVersion, std::move(access));
}

} // namespace hub::ui
