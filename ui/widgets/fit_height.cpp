// Fits a table's height to its rows.
#include "ui/widgets/fit_height.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QVariant>

namespace hub::ui
{

namespace
{

void fitNow(QTableView *table)
{
    table->resizeRowsToContents();
    const QHeaderView *header = table->horizontalHeader();
    int h = header->isHidden() ? 0 : qMax(header->height(), header->sizeHint().height());
    h += table->verticalHeader()->length();
    h += 2 * table->frameWidth();
    if (table->horizontalScrollBar()->isVisible())
        h += table->horizontalScrollBar()->height();
    table->setFixedHeight(h);
}

// Re-fits on the events that change row heights (first show, style or font changes).
class Fitter : public QObject
{
public:
    explicit Fitter(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table
            && (event->type() == QEvent::Show || event->type() == QEvent::StyleChange
                || event->type() == QEvent::FontChange || event->type() == QEvent::Polish))
            fitNow(m_table);
        return false;
    }

private:
    QTableView *m_table;
};

} // namespace

void fitHeightToRows(QTableView *table)
{
    static const char *const kFitted = "hubFittedHeight";
    if (!table->property(kFitted).toBool()) {
        table->setProperty(kFitted, true);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->installEventFilter(new Fitter(table));
    }
    fitNow(table);
}

} // namespace hub::ui
