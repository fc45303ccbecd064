// The responsibility matrix page.
#include "ui/functions/functions_page.h"

#include "database/office_file.h"
#include "database/catalogue/catalogue_repository.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"
#include "ui/functions/activity_dialog.h"
#include "ui/models/activity_tree_model.h"
#include "ui/undo/record_edit_command.h"
#include "ui/widgets/wrapping_delegate.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hub::ui
{

#define S QStringLiteral

using Marker = ActivityFilterProxy::Marker;

FunctionsPage::FunctionsPage(QWidget *parent)
    : Page(parent)
    , m_model(new ActivityTreeModel(this))
    , m_proxy(new ActivityFilterProxy(this))
    , m_tree(new QTreeView)
    , m_markers(new QButtonGroup(this))
    , m_search(new QLineEdit)
    , m_count(new QLabel)
{
    setObjectName(S("functionsPage"));
    setShownTables({ S("delegated_function"), S("activity"), S("finance_service"), S("finance_activity"), S("catalogue_text"), S("service_standard"), S("standard_exclusion") });
    m_proxy->setTreeModel(m_model);

    auto *title = new QLabel(
        tr("<span style='font-size:15pt;font-weight:600;color:#005EB8'>Functions and responsibilities</span>"));
    auto *key = new QLabel(tr("<b style='color:#005EB8'>CORE</b> key function of the Hub · "
                              "<b style='color:#8A5300'>TBC</b> for individual determination between CCG and Hub · "
                              "<b style='color:#007F3B'>SUPPORT</b> the Hub provides to the CCG · "
                              "<b>\u2612</b> CCG function. Shaded rows are settled in each CCG's specification."));
    key->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:")));
    m_markers->setExclusive(true);
    for (Marker m : { Marker::All, Marker::Core, Marker::Tbc, Marker::Support, Marker::Ccg }) {
        auto *b = new QToolButton;
        const QString name = ActivityFilterProxy::markerName(m);
        b->setText(m == Marker::Ccg ? S("CCG \u2612") : name);
        b->setObjectName(S("filter%1").arg(name.at(0) + name.mid(1).toLower()));
        b->setCheckable(true);
        b->setChecked(m == Marker::All);
        b->setMinimumWidth(70);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_markers->addButton(b, int(m));
        bar->addWidget(b);
    }
    bar->addSpacing(16);
    m_search->setObjectName(S("matrixSearch"));
    m_search->setPlaceholderText(tr("Search activities, e.g. premises"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    bar->addWidget(m_search, 1);
    m_count->setObjectName(S("matrixCount"));
    m_count->setMinimumWidth(150);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(m_count);

    m_tree->setObjectName(S("matrixTree"));
    m_tree->setModel(m_proxy);
    m_tree->setAlternatingRowColors(false);
    new WrappingDelegate(m_tree, ActivityTreeModel::Text);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setIndentation(14);
    QHeaderView *h = m_tree->header();
    h->setStretchLastSection(false);
    h->resizeSection(ActivityTreeModel::Ref, 90);
    h->setSectionResizeMode(ActivityTreeModel::Text, QHeaderView::Stretch);
    h->resizeSection(ActivityTreeModel::Ccg, 55);
    h->resizeSection(ActivityTreeModel::Hub, 190);
    settings::rememberHeaderState(h, S("matrix"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(key);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_markers, &QButtonGroup::idClicked, this, [this](int id) { setMarkerFilter(static_cast<Marker>(id)); });
    connect(m_search, &QLineEdit::textChanged, this, &FunctionsPage::setSearchText);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &idx) {
        if (const Activity *a = m_model->activityAt(m_proxy->mapToSource(idx)))
            editActivity(a->key);
    });
    updateCount();
}

void FunctionsPage::reload()
{
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
    m_tree->setToolTip(isEditable() ? tr("Double-click an activity to change its wording or markers") : QString());
    updateCount();
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
    const QModelIndex shown = m_proxy->mapFromSource(m_model->indexOfActivity(key));
    if (shown.isValid()) {
        m_tree->setCurrentIndex(shown);
        m_tree->scrollTo(shown);
    }
    return outcome == WriteOutcome::Written;
}

#undef S

} // namespace hub::ui
