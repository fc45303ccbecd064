// The responsibility matrix page.
#include "ui/functions/functions_page.h"

#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"
#include "ui/functions/activity_dialog.h"
#include "ui/functions/activity_history_panel.h"
#include "ui/models/activity_tree_model.h"
#include "ui/undo/record_edit_command.h"
#include "ui/widgets/wrapping_delegate.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

using Marker = ActivityFilterProxy::Marker;

FunctionsPage::FunctionsPage(QWidget *parent)
    : Page(parent)
    , m_model(new ActivityTreeModel(this))
    , m_proxy(new ActivityFilterProxy(this))
    , m_tree(new QTreeView)
    , m_markers(new QButtonGroup(this))
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel)
    , m_edit(new QPushButton(tr("Edit activity…")))
    , m_history(new ActivityHistoryPanel)
{
    setObjectName(u"functionsPage"_s);
    setShownTables({ u"delegated_function"_s, u"activity"_s, u"finance_service"_s, u"finance_activity"_s,
        u"catalogue_text"_s, u"service_standard"_s, u"standard_exclusion"_s, u"activity_change"_s });
    m_proxy->setTreeModel(m_model);

    auto *title = new QLabel(
        tr("<span style='font-size:15pt;font-weight:600;color:#005EB8'>Functions and responsibilities</span>"));
    auto *key = new QLabel(tr("<b style='color:#005EB8'>CORE</b> key function of the Hub · "
                              "<b style='color:#8A5300'>TBC</b> for individual determination between CCG and Hub · "
                              "<b style='color:#007F3B'>SUPPORT</b> the Hub provides to the CCG · "
                              "<b>\u2612</b> CCG function. Shaded rows, marked <b>determines</b>, are settled in "
                              "each CCG's own specification: the TBC rows and the rows shared between CCG and Hub."));
    key->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:")));
    m_markers->setExclusive(true);
    const QList<QPair<Marker, QString>> filters { { Marker::All, u"filterAll"_s }, { Marker::Core, u"filterCore"_s },
        { Marker::Support, u"filterSupport"_s }, { Marker::Ccg, u"filterCcg"_s },
        { Marker::Determine, u"filterDetermine"_s } };
    for (const auto &[m, name] : filters) {
        auto *b = new QToolButton;
        b->setText(ActivityFilterProxy::markerName(m));
        b->setObjectName(name);
        b->setCheckable(true);
        b->setChecked(m == Marker::All);
        b->setMinimumWidth(70);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (m == Marker::Determine)
            b->setToolTip(tr("The activities each CCG determines in its specification: TBC rows, and rows "
                             "shared between the CCG (\u2612) and the Hub (CORE or SUPPORT)"));
        m_markers->addButton(b, int(m));
        bar->addWidget(b);
    }
    bar->addSpacing(16);
    m_search->setObjectName(u"matrixSearch"_s);
    m_search->setPlaceholderText(tr("Search activities, e.g. premises"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    bar->addWidget(m_search, 1);
    m_count->setObjectName(u"matrixCount"_s);
    m_count->setMinimumWidth(150);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(m_count);
    m_edit->setObjectName(u"editActivityButton"_s);
    bar->addSpacing(8);
    bar->addWidget(m_edit);

    m_tree->setObjectName(u"matrixTree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setAlternatingRowColors(false);
    new WrappingDelegate(m_tree, ActivityTreeModel::Text);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setIndentation(14);
    QHeaderView *h = m_tree->header();
    h->setStretchLastSection(false);
    h->resizeSection(ActivityTreeModel::Ref, 90);
    h->setSectionResizeMode(ActivityTreeModel::Text, QHeaderView::Stretch);
    h->resizeSection(ActivityTreeModel::Ccg, 55);
    h->resizeSection(ActivityTreeModel::Hub, 170);
    h->resizeSection(ActivityTreeModel::Determines, 90);
    settings::rememberHeaderState(h, u"matrix"_s);

    m_stack->setObjectName(u"matrixStack"_s);
    m_empty->setObjectName(u"matrixEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(u"color:#425563;font-size:11pt;padding:24px"_s);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"matrixSplitter"_s);
    split->addWidget(m_stack);
    split->addWidget(m_history);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 1);
    split->setSizes({ 540, 90 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(key);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_markers, &QButtonGroup::idClicked, this, [this](int id) { setMarkerFilter(static_cast<Marker>(id)); });
    connect(m_search, &QLineEdit::textChanged, this, &FunctionsPage::setSearchText);
    // A double-click only selects: changing the agreed wording takes the Edit button.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FunctionsPage::showSelected);
    connect(m_edit, &QPushButton::clicked, this, &FunctionsPage::editSelectedActivity);
    updateCount();
    showSelected();

    // The matrix is a list (context menu, print, export); Ctrl+F searches it; Tab: matrix → filters.
    addList(m_tree,
        ListSetup(tr("Functions and responsibilities"))
            .describedBy([this] { return m_count->text(); })
            .opensWith([this](const QModelIndex &idx) {
                if (const Activity *a = m_model->activityAt(m_proxy->mapToSource(idx)))
                    editActivity(a->key);
            }));
    setSearchField(m_search);
    QList<QWidget *> order { m_tree };
    for (QAbstractButton *b : m_markers->buttons())
        order << b;
    order << m_search;
    setTabOrderParts(order);
}

void FunctionsPage::reload()
{
    const QString keep = currentActivityKey();
    QVector<DelegatedFunction> functions;
    if (officeFile()) {
        Result<Catalogue> loaded = db::CatalogueRepository(*officeFile()).load();
        if (loaded)
            functions = loaded->functions;
        else
            showError(this, tr("Reading the responsibility matrix"), loaded.error());
    }
    m_model->setFunctions(functions);
    m_tree->expandAll();
    updateCount();
    if (!keep.isEmpty())
        selectActivity(keep);
    showSelected();
}

QString FunctionsPage::currentActivityKey() const
{
    const Activity *a = m_model->activityAt(m_proxy->mapToSource(m_tree->currentIndex()));
    return a ? a->key : QString();
}

bool FunctionsPage::selectActivity(const QString &key)
{
    const QModelIndex shown = m_proxy->mapFromSource(m_model->indexOfActivity(key));
    if (!shown.isValid())
        return false;
    m_tree->setCurrentIndex(shown);
    m_tree->scrollTo(shown);
    return true;
}

void FunctionsPage::showSelected()
{
    const QString key = currentActivityKey();
    m_edit->setEnabled(!key.isEmpty() && isEditable());
    if (!isEditable())
        m_edit->setToolTip(officeFile() ? tr("The office file is open read-only") : tr("Open an office file first"));
    else if (key.isEmpty())
        m_edit->setToolTip(tr("Select an activity to change its wording or markers"));
    else
        m_edit->setToolTip(
            tr("Change the wording or markers of activity %1 (asks first: it is the agreed MoU)").arg(key));
    if (key.isEmpty() || !officeFile()) {
        m_history->clear();
        return;
    }
    const Result<QVector<db::ActivityChange>> history = db::CatalogueRepository(*officeFile()).activityHistory(key);
    m_history->showHistory(key, history ? history.value() : QVector<db::ActivityChange> {});
}

void FunctionsPage::editSelectedActivity()
{
    const QString key = currentActivityKey();
    if (!key.isEmpty())
        editActivity(key);
}

void FunctionsPage::setMarkerFilter(Marker marker)
{
    if (QAbstractButton *b = m_markers->button(int(marker)))
        b->setChecked(true);
    m_proxy->setMarker(marker);
    m_tree->expandAll();
    updateCount();
}

void FunctionsPage::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_proxy->setSearchText(text);
    m_tree->expandAll();
    updateCount();
}

void FunctionsPage::updateCount()
{
    const int shown = m_proxy->shownActivityCount();
    const int all = m_proxy->totalActivityCount();
    m_count->setText(shown == all ? tr("%1 activities").arg(all) : tr("%1 of %2 activities").arg(shown).arg(all));
    const QString why = m_proxy->emptyReason();
    m_empty->setText(why);
    m_stack->setCurrentWidget(why.isEmpty() ? static_cast<QWidget *>(m_tree) : m_empty);
    showSelected(); // the selected activity may have been filtered out
}

void FunctionsPage::editActivity(const QString &key)
{
    const QModelIndex idx = m_model->indexOfActivity(key);
    const Activity *a = m_model->activityAt(idx);
    if (!a || !isEditable())
        return;
    ActivityDialog dialog(*a, this);
    if (dialog.exec() == QDialog::Accepted)
        applyActivityEdit(key, dialog.values());
}

void FunctionsPage::applyActivityEdit(const QString &key, const QVariantMap &after)
{
    const Activity *a = m_model->activityAt(m_model->indexOfActivity(key));
    if (!a || !isEditable())
        return;
    const QVariantMap before = ActivityDialog::valuesOf(*a);
    RecordEditCommand::Access access;
    access.readFresh = [this, key] { return readActivity(key); };
    access.write
        = [this, key](const QVariantMap &values, std::int64_t version) { return writeActivity(key, values, version); };
    pushChangedFields(tr("Edit activity %1").arg(key), before, after, a->meta.version, std::move(access));
}

std::optional<RecordState> FunctionsPage::readActivity(const QString &key)
{
    reload();
    const Activity *a = m_model->activityAt(m_model->indexOfActivity(key));
    if (!a)
        return std::nullopt;
    return RecordState { ActivityDialog::valuesOf(*a), a->meta };
}

bool FunctionsPage::writeActivity(const QString &key, const QVariantMap &values, std::int64_t version)
{
    const Activity *a = m_model->activityAt(m_model->indexOfActivity(key));
    if (!a || !officeFile())
        return false;
    const QString id = a->meta.id;
    const WriteOutcome outcome = guardedWrite(
        version, [&](std::int64_t v) { return db::CatalogueRepository(*officeFile()).updateActivity(id, v, values); },
        tr("Saving activity %1").arg(key));
    reload();
    selectActivity(key);
    return outcome == WriteOutcome::Written;
}

} // namespace hub::ui
