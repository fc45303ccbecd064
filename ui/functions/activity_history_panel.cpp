// History of one matrix activity.
#include "ui/functions/activity_history_panel.h"

#include "ui/sync/sync_text.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

QString quoted(const QString &text)
{
    return text.isEmpty() ? ActivityHistoryPanel::tr("nothing") : u"\u201C%1\u201D"_s.arg(text);
}

QString hubMarker(const QString &code)
{
    return code.isEmpty() ? ActivityHistoryPanel::tr("no Hub marker") : code;
}

} // namespace

ActivityHistoryPanel::ActivityHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_list(new QListWidget)
{
    setObjectName(u"activityHistoryPanel"_s);
    m_title->setObjectName(u"activityHistoryTitle"_s);
    m_list->setObjectName(u"activityHistory"_s);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    clear();
}

void ActivityHistoryPanel::clear()
{
    m_title->setText(tr("<b>History</b>"));
    m_list->clear();
    auto *item = new QListWidgetItem(tr("Select an activity to see who has changed it, and when."));
    item->setForeground(QColor(0x76, 0x86, 0x92));
    m_list->addItem(item);
}

void ActivityHistoryPanel::showHistory(const QString &activityKey, const QVector<db::ActivityChange> &changes)
{
    m_title->setText(tr("<b>History of activity %1</b>").arg(activityKey.toHtmlEscaped()));
    m_list->clear();
    if (changes.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No change recorded: the wording and markers are as the MoU was agreed."));
        item->setForeground(QColor(0x42, 0x55, 0x63));
        m_list->addItem(item);
        return;
    }
    for (const db::ActivityChange &c : changes)
        m_list->addItem(describe(c));
}

QStringList ActivityHistoryPanel::lines() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

QString ActivityHistoryPanel::describe(const db::ActivityChange &c)
{
    QString what;
    if (c.field == u"text"_s)
        what = tr("changed the wording from %1 to %2").arg(quoted(c.oldValue), quoted(c.newValue));
    else if (c.field == u"subgroup"_s)
        what = tr("changed the subgroup from %1 to %2").arg(quoted(c.oldValue), quoted(c.newValue));
    else if (c.field == u"ccg_role"_s)
        what = c.newValue == u"1"_s ? tr("marked it \u2612 a CCG function") : tr("took off the CCG \u2612");
    else if (c.field == u"hub_role"_s)
        what = tr("changed the Hub marker from %1 to %2").arg(hubMarker(c.oldValue), hubMarker(c.newValue));
    else if (c.field == u"hub_qualifier"_s)
        what = tr("changed the Hub marker's qualifier from %1 to %2").arg(quoted(c.oldValue), quoted(c.newValue));
    else
        what = tr("changed %1").arg(c.field);
    const QString when = synctext::localDateTime(c.atUtc);
    return tr("%1 \u00B7 %2 %3").arg(when, c.by.isEmpty() ? tr("someone") : c.by, what);
}

} // namespace hub::ui
